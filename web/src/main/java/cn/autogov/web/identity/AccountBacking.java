package cn.autogov.web.identity;

import cn.autogov.identity.application.AccountService;
import cn.autogov.identity.session.SessionRegistry;
import cn.autogov.identity.session.SessionView;
import cn.autogov.web.platform.Forms;
import cn.autogov.web.platform.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;

/** /app/account/index.xhtml: my account — details, 手机号修改 with an SMS code, active sessions. */
@Named
@ViewScoped
public class AccountBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject AccountService accounts;

  @Inject SessionRegistry sessions;

  private String newMobile;
  private String code;
  private List<SessionView> active;

  @PostConstruct
  void load() {
    active = sessions.mine(currentToken());
  }

  public void sendCode() {
    HttpServletRequest req = request();
    if (Forms.run(
        "phone",
        () -> {
          try {
            accounts.sendPhoneChangeCode(newMobile, req.getRemoteAddr());
          } catch (cn.autogov.kernel.identifier.InvalidIdentifierException e) {
            throw e.onField("mobile");
          }
        })) {
      Forms.info(Texts.domain("verification.sent"));
    }
  }

  public void changeMobile() {
    if (Forms.call("phone", () -> accounts.changeMobile(newMobile, code)) != null) {
      Forms.info(Texts.ui("account.mobile.changed"));
      newMobile = null;
      code = null;
    }
  }

  public void end(String id) {
    if (Forms.run("sessions", () -> sessions.endMine(id))) {
      load();
    }
  }

  private static HttpServletRequest request() {
    return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
  }

  private static String currentToken() {
    var s = request().getSession(false);
    return s == null ? null : (String) s.getAttribute(PlatformAuthenticationMechanism.TOKEN);
  }

  public List<SessionView> getActive() {
    return active;
  }

  public String getNewMobile() {
    return newMobile;
  }

  public void setNewMobile(String newMobile) {
    this.newMobile = newMobile;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }
}
