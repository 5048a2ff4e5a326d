package cn.autogov.notification;

import java.time.LocalDateTime;
import java.util.List;

/** A message in the reader's inbox: key and arguments, rendered in the reader's language. */
public record InboxView(
    Long id, Long filingId, String key, List<String> args, LocalDateTime at, boolean read) {

  static InboxView of(InboxMessage m) {
    return new InboxView(
        m.getId(),
        m.getFilingId(),
        m.getKey(),
        m.getArgs(),
        m.getCreatedAt(),
        m.getReadAt() != null);
  }
}
