package cn.autogov.web.ekey;

import cn.autogov.ekey.application.EkeyIssuance;
import cn.autogov.kernel.InputRejectedException;
import cn.autogov.web.platform.Forms;
import cn.autogov.web.platform.PublicUrl;
import cn.autogov.web.platform.Texts;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;

/**
 * 制作 on the workbench's filing page, for the e-key provider: the token's certificate request,
 * chosen as a file (.csr, .pem, .req) or pasted, goes to the CA; the page then shows the step
 * recorded with the serial.
 */
@Named
@ViewScoped
public class EkeyMakeBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The largest request file read (a PEM request is 1–2 KB). */
  static final int MOST_BYTES = 16 * 1024;

  @Inject EkeyIssuance issuance;

  private String csr;
  private transient Part file;

  public String make(Long filingId) {
    String pem = csr;
    if (file != null && file.getSize() > 0) {
      if (file.getSize() > MOST_BYTES) {
        pem = "";
        Forms.call(
            "make",
            () -> {
              throw InputRejectedException.of("csr", "ekey.csr-unreadable");
            });
        return null;
      }
      try (InputStream in = file.getInputStream()) {
        pem = new String(in.readNBytes(MOST_BYTES), StandardCharsets.US_ASCII);
      } catch (IOException e) {
        pem = "";
      }
    }
    String request = pem;
    var req =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    EkeyIssuance.Issued issued =
        Forms.call("make", () -> issuance.make(filingId, request, PublicUrl.of(req)));
    if (issued == null) {
      return null;
    }
    Forms.info(Texts.ui("ekey.made", issued.serial()));
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    return "/review/filings/view.xhtml?id=" + filingId + "&faces-redirect=true";
  }

  public String getCsr() {
    return csr;
  }

  public void setCsr(String csr) {
    this.csr = csr;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }
}
