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

  public static AuditEvent of(String actor, String action, String subject) {
    return new AuditEvent(actor, null, action, subject, null, null, null);
  }
}
