package cn.autogov.identity.verification;

import jakarta.ejb.ApplicationException;
import java.util.Map;

/**
 * A code was not issued or not accepted; {@link #key()} names the message, {@link #params()} its
 * values.
 */
@ApplicationException(rollback = false)
public class VerificationRefusedException extends RuntimeException {

  private final String key;
  private final transient Map<String, Object> params;

  public VerificationRefusedException(String key, Map<String, Object> params) {
    super(key + " " + params);
    this.key = key;
    this.params = Map.copyOf(params);
  }

  public String key() {
    return key;
  }

  public Map<String, Object> params() {
    return params;
  }
}
