package cn.autogov.web.identity;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import cn.autogov.identity.domain.UserAccount.LoginOutcome;
import cn.autogov.web.platform.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** /login.xhtml: login name and password. */
@Named
@RequestScoped
public class LoginBacking {

  @Inject SecurityContext securityContext;

  @Inject LoginAttempt attempt;

  private String loginName;
  private String password;

  public void submit() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext ext = faces.getExternalContext();
    var credential = new UsernamePasswordCredential(loginName, new Password(password));
    AuthenticationStatus status =
        securityContext.authenticate(
            (HttpServletRequest) ext.getRequest(),
            (HttpServletResponse) ext.getResponse(),
            withParams().credential(credential).newAuthentication(true));
    if (status == AuthenticationStatus.SUCCESS || status == AuthenticationStatus.SEND_CONTINUE) {
      // a new session id at login, so an id planted before login (session fixation) is worth
      // nothing
      ((HttpServletRequest) ext.getRequest()).changeSessionId();
    }
    switch (status) {
      case SEND_CONTINUE -> faces.responseComplete();
      case SUCCESS -> ext.redirect(ext.getRequestContextPath() + "/app/home.xhtml");
      default -> {
        password = null;
        String key =
            attempt.outcome() == LoginOutcome.LOCKED
                ? "login.failed.locked"
                : attempt.outcome() == LoginOutcome.DISABLED
                    ? "login.failed.disabled"
                    : "login.failed.credentials";
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Texts.ui(key), null));
      }
    }
  }

  public String getLoginName() {
    return loginName;
  }

  public void setLoginName(String loginName) {
    this.loginName = loginName;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
