package cn.autogov.web.identity;

import cn.autogov.identity.application.AccountService;
import cn.autogov.identity.domain.PasswordRejectedException;
import cn.autogov.web.platform.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/** /app/account/password.xhtml: the signed-in user changes its own password. */
@Named
@RequestScoped
public class ChangePasswordBacking {

  @Inject AccountService accounts;

  @Inject CurrentUser currentUser;

  private String currentPassword;
  private String newPassword;
  private String confirmation;

  public void submit() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (!newPassword.equals(confirmation)) {
      error(faces, "password:confirmation", Texts.ui("password.confirmation.mismatch"));
      return;
    }
    try {
      currentUser.replace(accounts.changeOwnPassword(currentPassword, newPassword));
    } catch (PasswordRejectedException e) {
      for (String problem : e.problems()) {
        String field =
            problem.equals(PasswordRejectedException.WRONG_CURRENT)
                ? "password:current"
                : "password:newPassword";
        error(faces, field, Texts.domain(problem));
      }
      return;
    }
    ExternalContext ext = faces.getExternalContext();
    ext.getFlash().setKeepMessages(true);
    faces.addMessage(
        null, new FacesMessage(FacesMessage.SEVERITY_INFO, Texts.ui("password.changed"), null));
    ext.redirect(ext.getRequestContextPath() + "/app/home.xhtml");
  }

  private static void error(FacesContext faces, String clientId, String text) {
    faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    faces.validationFailed();
  }

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
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
