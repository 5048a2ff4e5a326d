package cn.autogov.web.kernel;

import cn.autogov.kernel.identifier.IdentifierKind;
import cn.autogov.kernel.identifier.ValidIdentifier;
import cn.autogov.web.platform.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * /tools/identifiers.xhtml: anyone checks a credit code, VIN or plate before filing, with the same
 * rules and words as every form and the REST pre-check (Bean Validation on normalised input).
 */
@Named
@RequestScoped
public class CheckIdentifiersBacking {

  @ValidIdentifier(IdentifierKind.USCC)
  private String creditCode;

  @ValidIdentifier(IdentifierKind.VIN)
  private String vin;

  @ValidIdentifier(IdentifierKind.PLATE)
  private String plate;

  public void submit() {
    FacesContext faces = FacesContext.getCurrentInstance();
    confirm(faces, "check:creditCode", creditCode);
    confirm(faces, "check:vin", vin);
    confirm(faces, "check:plate", plate);
    if (creditCode == null && vin == null && plate == null) {
      faces.addMessage(
          null,
          new FacesMessage(FacesMessage.SEVERITY_WARN, Texts.ui("tools.identifiers.empty"), null));
    }
  }

  private static void confirm(FacesContext faces, String clientId, String value) {
    if (value != null) {
      faces.addMessage(
          clientId,
          new FacesMessage(
              FacesMessage.SEVERITY_INFO, Texts.ui("tools.identifiers.valid", value), null));
    }
  }

  public String getCreditCode() {
    return creditCode;
  }

  public void setCreditCode(String creditCode) {
    this.creditCode = creditCode;
  }

  public String getVin() {
    return vin;
  }

  public void setVin(String vin) {
    this.vin = vin;
  }

  public String getPlate() {
    return plate;
  }

  public void setPlate(String plate) {
    this.plate = plate;
  }
}
