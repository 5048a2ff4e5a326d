package cn.autogov.web.notification;

import cn.autogov.notification.Inbox;
import cn.autogov.notification.InboxView;
import cn.autogov.web.platform.Forms;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * /app/inbox.xhtml: 站内消息 — the caller's messages, newest first; and the unread count in the menu.
 */
@Named
@RequestScoped
public class InboxBacking {

  @Inject Inbox inbox;

  private List<InboxView> messages;
  private Long unread;

  public List<InboxView> getMessages() {
    if (messages == null) {
      messages = inbox.mine(200);
    }
    return messages;
  }

  public long getUnread() {
    if (unread == null) {
      unread =
          FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal() == null
              ? 0L
              : inbox.unread();
    }
    return unread;
  }

  public void read(Long id) {
    Forms.run("inbox", () -> inbox.read(id));
    messages = null;
    unread = null;
  }

  public void readAll() {
    Forms.run("inbox", inbox::readAll);
    messages = null;
    unread = null;
  }
}
