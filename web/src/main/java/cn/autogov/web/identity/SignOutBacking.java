package cn.autogov.web.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** The layout's sign-out button. */
@Named
@RequestScoped
public class SignOutBacking {

  public void signOut() throws ServletException, IOException {
    ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
    ((HttpServletRequest) ext.getRequest()).logout();
    ext.invalidateSession();
    ext.redirect(ext.getRequestContextPath() + "/index.xhtml");
  }
}
