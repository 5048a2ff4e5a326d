package cn.autogov.exchange.domain;

import cn.autogov.identity.client.ClientRight;
import java.util.Arrays;
import java.util.Optional;

/**
 * The operations partner systems may call, each with the client right it needs. The SOAP name is
 * the request element (document/literal wrapped); the REST twin is logged under the same code.
 */
public enum ExchangeOperation {
  CUSTOMS_VERIFY("VerifyExportFiling", ClientRight.CUSTOMS_VERIFY),
  CUSTOMS_GET("GetExportFiling", ClientRight.CUSTOMS_GET),
  CUSTOMS_CHANGES("ListChangedExportFilings", ClientRight.CUSTOMS_CHANGES),
  TAX_OPENINGS("ListApprovedOpenings", ClientRight.TAX_OPENINGS),
  TAX_OPENING_CONFIRM("ConfirmOpening", ClientRight.TAX_OPENING_CONFIRM),
  TAX_ENTERPRISE("GetEnterpriseOpenings", ClientRight.TAX_ENTERPRISE),
  TAX_BATCH_CHANGE("CheckBatchChange", ClientRight.TAX_BATCH_CHANGE),
  EKEY_APPLICATIONS("ListAwaitingApplications", ClientRight.EKEY_APPLICATIONS),
  EKEY_RECHECK("ReportRecheck", ClientRight.EKEY_RECHECK),
  EKEY_CERTIFICATE("IssueCertificate", ClientRight.EKEY_CERTIFICATE),
  EKEY_STEP("ReportStep", ClientRight.EKEY_STEP),
  EKEY_REVOCATION("RevokeCertificate", ClientRight.EKEY_REVOCATION);

  private final String soapName;
  private final ClientRight right;

  ExchangeOperation(String soapName, ClientRight right) {
    this.soapName = soapName;
    this.right = right;
  }

  public String soapName() {
    return soapName;
  }

  public ClientRight right() {
    return right;
  }

  /** The code the log and the contracts use: the right's code, e.g. {@code customs.verify}. */
  public String code() {
    return right.code();
  }

  public static Optional<ExchangeOperation> bySoapName(String localName) {
    return Arrays.stream(values()).filter(o -> o.soapName.equals(localName)).findFirst();
  }
}
