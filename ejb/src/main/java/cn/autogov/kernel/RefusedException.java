package cn.autogov.kernel;

import jakarta.ejb.ApplicationException;
import java.util.Map;

/**
 * An operation the current state does not allow (already decided, not found in the caller's scope,
 * ...): a message key in {@code ValidationMessages} with named parameters. Rolls back.
 */
@ApplicationException(rollback = true)
public class RefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String key;
  private final transient Map<String, Object> params;

  public RefusedException(String key, Object... nameValuePairs) {
    super(key);
    this.key = key;
    this.params = Problem.error(key, nameValuePairs).params();
  }

  public String key() {
    return key;
  }

  public Map<String, Object> params() {
    return params;
  }

  /** Not found, or not in the caller's scope: the two are answered alike (ids can be guessed). */
  public static RefusedException notFound() {
    return new NotFoundException();
  }

  /**
   * The record exists but is not the caller's to read (another enterprise's file): answered 404
   * like a record that does not exist (ids can be guessed), and the attempt is in the audit trail.
   */
  public static RefusedException forbidden() {
    return new ForbiddenException();
  }

  /** The REST layer and the download servlet answer 404 for this one too. */
  public static class ForbiddenException extends RefusedException {
    private static final long serialVersionUID = 1L;

    ForbiddenException() {
      super("state.forbidden");
    }
  }

  /** The REST layer answers 404 for this one. */
  public static class NotFoundException extends RefusedException {
    private static final long serialVersionUID = 1L;

    NotFoundException() {
      super("state.not-found");
    }
  }
}
