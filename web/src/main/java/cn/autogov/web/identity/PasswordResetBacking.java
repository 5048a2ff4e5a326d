package cn.autogov.web.identity;

import cn.autogov.identity.application.PasswordResets;
import cn.autogov.web.platform.Forms;
import cn.autogov.web.platform.Texts;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;

/**
 * /forgot-password.xhtml (忘记密码, seed 002's sign-in page): the login name (or credit code, or ID
 * number), then the code the bound mobile received and a new password. The page says the same
 * whether or not the account exists; after the reset the user signs in anew.
 */
@Named
@ViewScoped
public class PasswordResetBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject PasswordResets resets;

  private String identifier;
  private String code;
  private String newPassword;
  private String confirmation;
  private boolean codeStep;

  /** Step 1: the code goes to the bound mobile, if there is such an account. */
  public void sendCode() {
    var req =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    if (Forms.run("reset", () -> resets.requestPasswordReset(identifier, req.getRemoteAddr()))) {
      codeStep = true;
      Forms.info(Texts.domain("password-reset.code-sent"));
    }
  }

  /** Step 2: the new password; then to the sign-in page. */
  public String reset() {
    if (!Forms.run(
        "reset", () -> resets.resetPassword(identifier, code, newPassword, confirmation))) {
      newPassword = null;
      confirmation = null;
      return null;
    }
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    Forms.info(Texts.domain("password-reset.done"));
    return "/login.xhtml?faces-redirect=true";
  }

  public boolean isCodeStep() {
    return codeStep;
  }

  public String getIdentifier() {
    return identifier;
  }

  public void setIdentifier(String identifier) {
    this.identifier = identifier;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public String getConfirmation() {
    return confirmation;
  }

  public void setConfirmation(String confirmation) {
    this.confirmation = confirmation;
  }
}
