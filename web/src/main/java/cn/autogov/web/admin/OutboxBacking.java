package cn.autogov.web.admin;

import cn.autogov.notification.Outbox;
import cn.autogov.notification.OutboxMessage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** /admin/outbox.xhtml: the latest messages, and how their delivery went. */
@Named
@RequestScoped
public class OutboxBacking {

  @Inject Outbox outbox;

  private List<OutboxMessage> messages;

  public List<OutboxMessage> getMessages() {
    if (messages == null) {
      messages = outbox.latest(200);
    }
    return messages;
  }
}
