package cn.autogov.ekey.domain;

import cn.autogov.kernel.RefusedException;
import java.util.Arrays;

/**
 * Why an e-key certificate was revoked, as the CRL and OCSP say it (RFC 5280 CRLReason): the
 * reasons the provider may give, by name, and the code each carries.
 */
public enum RevocationReason {
  KEY_COMPROMISE(EkeyCertificate.KEY_COMPROMISE),
  AFFILIATION_CHANGED(3),
  SUPERSEDED(EkeyCertificate.SUPERSEDED),
  CESSATION_OF_OPERATION(EkeyCertificate.CESSATION_OF_OPERATION);

  private final int code;

  RevocationReason(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }

  /** The reason of that name; refused (the exchange's INVALID_REQUEST) for any other. */
  public static RevocationReason of(String name) {
    return Arrays.stream(values())
        .filter(r -> r.name().equals(name == null ? "" : name.strip()))
        .findFirst()
        .orElseThrow(() -> new RefusedException("exchange.bad-parameter.reason"));
  }

  /**
   * The reason of a CRL code. The platform writes no other codes than these; one it did not (a
   * certificate revoked without a reason) reads as KEY_COMPROMISE, the strictest.
   */
  public static RevocationReason ofCode(Integer code) {
    return Arrays.stream(values())
        .filter(r -> code != null && r.code == code)
        .findFirst()
        .orElse(KEY_COMPROMISE);
  }
}
