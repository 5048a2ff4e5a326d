package cn.autogov.web.identity;

import cn.autogov.identity.application.AccountService;
import cn.autogov.identity.application.AccountView;
import cn.autogov.identity.application.RegistrationForm;
import cn.autogov.identity.verification.Purpose;
import cn.autogov.identity.verification.VerificationCodes;
import cn.autogov.notification.Channel;
import cn.autogov.web.platform.Forms;
import cn.autogov.web.platform.Texts;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;

/** /register.xhtml: 用户注册 (seed 002). */
@Named
@ViewScoped
public class RegisterBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject AccountService accounts;

  @Inject VerificationCodes codes;

  private String loginName;
  private String password;
  private String confirmation;
  private String email;
  private String mobile;
  private String smsCode;
  private AccountView registered;

  /** 获取验证码 for the mobile number typed so far. */
  public void sendCode() {
    HttpServletRequest req =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    if (Forms.run(
        "register",
        () -> {
          try {
            codes.issue(Channel.SMS, mobile, Purpose.REGISTRATION, req.getRemoteAddr());
          } catch (cn.autogov.kernel.identifier.InvalidIdentifierException e) {
            throw e.onField("mobile");
          }
        })) {
      Forms.info(Texts.domain("verification.sent"));
    }
  }

  public void register() {
    registered =
        Forms.call(
            "register",
            () ->
                accounts.register(
                    new RegistrationForm(
                        loginName, password, confirmation, email, mobile, smsCode)));
    password = null;
    confirmation = null;
  }

  public AccountView getRegistered() {
    return registered;
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

  public String getConfirmation() {
    return confirmation;
  }

  public void setConfirmation(String confirmation) {
    this.confirmation = confirmation;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getMobile() {
    return mobile;
  }

  public void setMobile(String mobile) {
    this.mobile = mobile;
  }

  public String getSmsCode() {
    return smsCode;
  }

  public void setSmsCode(String smsCode) {
    this.smsCode = smsCode;
  }
}
