package cn.autogov.identity.client;

/**
 * What a system client may call through the system exchange, granted per client and operation (as
 * X-Road's access rights). {@link #code()} is the name the contracts (WSDL documentation, REST
 * OpenAPI) give the right.
 */
public enum ClientRight {
  /** 海关: whether an enterprise holds a valid used-car export filing */
  CUSTOMS_VERIFY("customs.verify"),
  /** 海关: one export filing by its number */
  CUSTOMS_GET("customs.get"),
  /** 海关: export filings changed since a time (syncing) */
  CUSTOMS_CHANGES("customs.changes"),
  /** 税务: the tax-linked system openings approved since a time (syncing; callbacks) */
  TAX_OPENINGS("tax.openings"),
  /** 税务: confirm an opening: opened, or refused with a reason */
  TAX_OPENING_CONFIRM("tax.opening-confirm"),
  /** 税务: an enterprise's plants and openings by its credit code */
  TAX_ENTERPRISE("tax.enterprise"),
  /** 税务: whether a certificate number or VIN is in an approved 合格证电子信息批量变更 */
  TAX_BATCH_CHANGE("tax.batch-change"),
  /** read certificate-of-conformity e-data (tax: vehicle purchase tax) */
  CERTIFICATE_READ("tax.certificate-read"),
  /** report export declarations back (customs) */
  EXPORT_DECLARATION_WRITE("customs.declaration-write"),
  /** 电子钥匙服务商: the applications waiting for the provider (复核, 制作, 解锁, 寄出) */
  EKEY_APPLICATIONS("ekey.applications"),
  /** 电子钥匙服务商: report 复核 (通过 / 未通过 with a remark) */
  EKEY_RECHECK("ekey.recheck"),
  /** 电子钥匙服务商: 制作 — submit the token's certificate request, receive the certificate */
  EKEY_CERTIFICATE("ekey.certificate"),
  /** 电子钥匙服务商: report 解锁 and 寄出 (with the tracking number) */
  EKEY_STEP("ekey.step"),
  /** 电子钥匙服务商: revoke a certificate (a token lost, broken or compromised) */
  EKEY_REVOCATION("ekey.revocation"),
  /** report invoices linked to certificates (tax) */
  INVOICE_WRITE("tax.invoice-write");

  private final String code;

  ClientRight(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  /**
   * The rights of their codes, as clients of the API spell them; an unknown code is refused under
   * {@code field}, named.
   */
  public static java.util.Set<ClientRight> ofCodes(
      String field, java.util.Collection<String> codes) {
    var rights = java.util.EnumSet.noneOf(ClientRight.class);
    if (codes == null) {
      return rights;
    }
    var checks = new cn.autogov.kernel.Checks();
    for (String c : codes) {
      java.util.Arrays.stream(values())
          .filter(r -> r.code.equals(c))
          .findFirst()
          .ifPresentOrElse(
              rights::add,
              () -> checks.add(field, "client.unknown-right", "right", String.valueOf(c)));
    }
    checks.throwIfAny();
    return rights;
  }

  /** The codes of the rights, in the enum's order. */
  public static java.util.List<String> codes(java.util.Collection<ClientRight> rights) {
    return rights.stream().sorted().map(ClientRight::code).toList();
  }
}
