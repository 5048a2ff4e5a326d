package cn.autogov.audit.domain;

/**
 * What happened, as the caller tells it: who (login name), acting for which enterprise, what
 * (action code), about what (e.g. a filing number), from where (address or client), and the value
 * before and after where there is one.
 */
public record AuditEvent(
    String actor,
    Long actingFor,
    String action,
    String subject,
    String origin,
    String before,
    String after) {

  /** The same event, from {@code where}. */
  public AuditEvent from(String where) {
    return new AuditEvent(actor, actingFor, action, subject, where, before, after);
  }

  /** A file handed out: which one ({@code what}) and its digest. */
  public static AuditEvent downloaded(
      String actor, Long actingFor, String subject, String what, String sha256) {
    return new AuditEvent(
        actor, actingFor, "file.downloaded", subject, null, null, what + " sha256:" + sha256);
  }

  /** A file refused to someone who may not read it. */
  public static AuditEvent downloadRefused(
      String actor, Long actingFor, String subject, String what) {
    return new AuditEvent(actor, actingFor, "file.download-refused", subject, null, null, what);
  }

  public static AuditEvent of(String actor, String action, String subject) {
    return new AuditEvent(actor, null, action, subject, null, null, null);
  }
}
