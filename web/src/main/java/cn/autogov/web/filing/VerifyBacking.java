package cn.autogov.web.filing;

import cn.autogov.filing.application.FilingVerification;
import cn.autogov.kernel.BusinessTime;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * /verify.xhtml?n=&c=: 备案核验, public — the QR code on a filing's PDFs leads here. Shows type,
 * status, validity and the enterprise's name; nothing about any person.
 */
@Named
@RequestScoped
public class VerifyBacking {

  @Inject FilingVerification verification;

  private String number;
  private String code;
  private FilingVerification.Result result;
  private boolean asked;

  @PostConstruct
  void load() {
    var params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    number = params.get("n");
    code = params.get("c");
    if (number != null && code != null && !number.isBlank() && !code.isBlank()) {
      asked = true;
      result = verification.verify(number, code).orElse(null);
    }
  }

  /** Valid today: approved, and within its validity. */
  public boolean isValid() {
    return result != null
        && "APPROVED".equals(result.status())
        && (result.validUntil() == null || !result.validUntil().isBefore(BusinessTime.today()));
  }

  public String getNumber() {
    return number;
  }

  public String getCode() {
    return code;
  }

  public boolean isAsked() {
    return asked;
  }

  public FilingVerification.Result getResult() {
    return result;
  }
}
