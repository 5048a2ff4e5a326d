package cn.autogov.web.identity;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import cn.autogov.identity.application.AccountService;
import cn.autogov.identity.application.LoginStep;
import cn.autogov.identity.domain.LoginOutcome;
import cn.autogov.identity.session.AccountSession.SessionChannel;
import cn.autogov.identity.session.SessionRequest;
import cn.autogov.kernel.DomainText;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.Map;

/**
 * /login.xhtml in two steps (seed 002): login name, credit code or ID number with the password;
 * then the SMS code sent to the account's mobile number. Only the login name of a passed password
 * step is kept between the steps, never the password.
 */
@Named
@ViewScoped
public class LoginBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject SecurityContext securityContext;

  @Inject LoginAttempt attempt;

  @Inject AccountService accounts;

  private String identifier;
  private String password;
  private String code;
  private String pendingLogin;
  private String maskedMobile;
  private String demoCode;
  private int resendIn;

  /** Step 1: the password; sends the SMS code, or signs in an account without a mobile. */
  public void checkPassword() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    HttpServletRequest req = (HttpServletRequest) faces.getExternalContext().getRequest();
    LoginStep step = accounts.checkPassword(identifier, password, req.getRemoteAddr());
    if (!step.passwordAccepted()) {
      password = null;
      error(faces, refusal(step.outcome()));
      return;
    }
    if (!step.needsCode()) {
      authenticate(new Credentials.PasswordOnly(identifier, password, session(req)));
      password = null;
      return;
    }
    password = null;
    pendingLogin = step.loginName();
    maskedMobile = step.maskedMobile();
    demoCode = step.demoCode();
    resendIn = step.resendInSeconds();
    if (step.refusalKey() != null) {
      // a code went out less than a minute ago: that one is entered here; a new one after the wait
      info(
          faces,
          DomainText.render(
              faces.getViewRoot().getLocale(),
              "verification.enter-sent",
              Map.of("seconds", Math.max(1, resendIn))));
    }
  }

  /** Step 2: the SMS code. */
  public void submitCode() throws IOException {
    if (pendingLogin == null) {
      return;
    }
    HttpServletRequest req =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    authenticate(new Credentials.SmsCode(pendingLogin, code, session(req)));
  }

  /** Back to step 1 (e.g. for a new code). */
  public void restart() {
    pendingLogin = null;
    maskedMobile = null;
    demoCode = null;
    code = null;
  }

  private void authenticate(Credential credential) throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext ext = faces.getExternalContext();
    AuthenticationStatus status =
        securityContext.authenticate(
            (HttpServletRequest) ext.getRequest(),
            (HttpServletResponse) ext.getResponse(),
            withParams().credential(credential).newAuthentication(true));
    switch (status) {
      case SEND_CONTINUE -> faces.responseComplete();
      case SUCCESS -> {
        Object back = ext.getSessionMap().remove(PlatformAuthenticationMechanism.RETURN_TO);
        String target =
            back instanceof String s && s.startsWith("/") && !s.startsWith("//")
                ? s
                : "/app/home.xhtml";
        ext.redirect(ext.getRequestContextPath() + target);
      }
      default -> {
        code = null;
        if (attempt.outcome() == LoginOutcome.WRONG_CODE) {
          String key = attempt.refusalKey() == null ? "verification.wrong" : attempt.refusalKey();
          error(faces, DomainText.render(faces.getViewRoot().getLocale(), key, Map.of()));
          if (!"verification.wrong".equals(key)) {
            restart();
          }
        } else {
          error(faces, refusal(attempt.outcome()));
        }
      }
    }
  }

  /** The same words the API uses (ValidationMessages), in the page's language. */
  private static String refusal(LoginOutcome outcome) {
    return DomainText.text(
        FacesContext.getCurrentInstance().getViewRoot().getLocale(),
        outcome == LoginOutcome.LOCKED
            ? "login.locked"
            : outcome == LoginOutcome.DISABLED ? "login.disabled" : "login.credentials");
  }

  private static SessionRequest session(HttpServletRequest req) {
    return new SessionRequest(SessionChannel.WEB, req.getRemoteAddr(), req.getHeader("User-Agent"));
  }

  private static void error(FacesContext faces, String text) {
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  private static void info(FacesContext faces, String text) {
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
  }

  public boolean isCodeStep() {
    return pendingLogin != null;
  }

  public String getIdentifier() {
    return identifier;
  }

  public void setIdentifier(String identifier) {
    this.identifier = identifier;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getMaskedMobile() {
    return maskedMobile;
  }

  public String getDemoCode() {
    return demoCode;
  }

  /** Seconds until a new code may be asked for (the page counts them down). */
  public int getResendIn() {
    return resendIn;
  }
}
