package cn.autogov.audit.application;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What an administrator looks for: any of who (login name), what (action, or its start such as
 * "filing."), about what (subject, e.g. a filing number), and a span of days; newest first.
 */
public record AuditQuery(
    String actor, String action, String subject, LocalDate from, LocalDate to, int page, int size)
    implements Serializable {

  public AuditQuery {
    actor = blankToNull(actor);
    action = blankToNull(action);
    subject = blankToNull(subject);
    page = Math.max(page, 0);
    size = size <= 0 ? 50 : Math.min(size, 500);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
