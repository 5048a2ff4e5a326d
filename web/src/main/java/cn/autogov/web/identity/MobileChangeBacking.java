package cn.autogov.web.identity;

import cn.autogov.account.application.MobileChangeFiling;
import cn.autogov.web.platform.Forms;
import cn.autogov.web.platform.Texts;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import org.primefaces.model.file.UploadedFile;

/**
 * /mobile-change.xhtml (手机号修改, seed 002's sign-in page) for someone who lost the old number and so
 * cannot sign in: the account, its verified identity again with a scan, the new number and its
 * code, filed for the administrators' workbench. What was typed stays when something is refused.
 */
@Named
@ViewScoped
public class MobileChangeBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject MobileChangeFiling changes;

  private String loginName;
  private String password;
  private String name;
  private String idNumber;
  private String newMobile;
  private String code;
  private transient UploadedFile idScan;
  private boolean submitted;

  /** A code to the new number. */
  public void sendCode() {
    if (Forms.run("change", () -> changes.sendCode(newMobile, clientAddress()))) {
      Forms.info(Texts.domain("verification.sent"));
    }
  }

  public void submit() {
    var form = new MobileChangeFiling.Form(loginName, password, name, idNumber, newMobile, code);
    password = null;
    var filed =
        Forms.call("change", () -> changes.submit(form, Uploads.of(idScan), clientAddress()));
    if (filed != null) {
      submitted = true;
      Forms.info(Texts.ui("mobileChange.submitted", filed.number()));
    }
  }

  private static String clientAddress() {
    return ((HttpServletRequest)
            FacesContext.getCurrentInstance().getExternalContext().getRequest())
        .getRemoteAddr();
  }

  public boolean isSubmitted() {
    return submitted;
  }

  public String getLoginName() {
    return loginName;
  }

  public void setLoginName(String v) {
    loginName = v;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String v) {
    password = v;
  }

  public String getName() {
    return name;
  }

  public void setName(String v) {
    name = v;
  }

  public String getIdNumber() {
    return idNumber;
  }

  public void setIdNumber(String v) {
    idNumber = v;
  }

  public String getNewMobile() {
    return newMobile;
  }

  public void setNewMobile(String v) {
    newMobile = v;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String v) {
    code = v;
  }

  public UploadedFile getIdScan() {
    return idScan;
  }

  public void setIdScan(UploadedFile v) {
    idScan = v;
  }
}
