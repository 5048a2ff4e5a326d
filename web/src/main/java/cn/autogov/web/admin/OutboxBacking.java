package cn.autogov.web.admin;

import cn.autogov.notification.Outbox;
import cn.autogov.notification.OutboxView;
import cn.autogov.web.platform.Forms;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * /admin/outbox.xhtml: the latest messages and how their delivery went, and the dead letters (given
 * up after the last attempt) with a button to send each again.
 */
@Named
@RequestScoped
public class OutboxBacking {

  @Inject Outbox outbox;

  private List<OutboxView> messages;
  private List<OutboxView> dead;

  public List<OutboxView> getMessages() {
    if (messages == null) {
      messages = outbox.latest(200);
    }
    return messages;
  }

  public List<OutboxView> getDead() {
    if (dead == null) {
      dead = outbox.dead(200);
    }
    return dead;
  }

  public void resend(long id) {
    if (Forms.call("outbox", () -> outbox.resend(id)) != null) {
      Forms.info(cn.autogov.web.platform.Texts.ui("admin.outbox.resent"));
      messages = null;
      dead = null;
    }
  }
}
