package cn.autogov.audit.application;

import cn.autogov.audit.domain.AuditEntry;
import java.io.Serializable;
import java.time.LocalDateTime;

/** One audit entry as administrators and readers of a filing see it. */
public record AuditView(
    long seq,
    LocalDateTime at,
    String actor,
    Long actingFor,
    String action,
    String subject,
    String origin,
    String before,
    String after)
    implements Serializable {

  static AuditView of(AuditEntry e) {
    return new AuditView(
        e.getSeq(),
        e.getRecordedAt(),
        e.getActor(),
        e.getActingFor(),
        e.getAction(),
        e.getSubject(),
        e.getOrigin(),
        e.getBefore(),
        e.getAfter());
  }
}
