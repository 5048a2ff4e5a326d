package cn.autogov.web.filing;

import cn.autogov.filing.application.FilingDetail;
import cn.autogov.filing.application.FilingView;
import cn.autogov.filing.application.IntakeService;
import cn.autogov.web.platform.Forms;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * /review/filings/intake.xhtml: 线下申请 — staff enter a paper application for an enterprise of their
 * division (types that take them, for the caller's role), then fill it in on the filing page.
 */
@Named
@ViewScoped
public class IntakeBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject IntakeService intake;

  private List<String> types;
  private List<FilingView> entered;
  private String type;
  private String creditCode;

  @PostConstruct
  void load() {
    types = intake.intakeTypes();
    entered = intake.enteredByMe();
  }

  public String start() {
    FilingDetail d = Forms.call("intake", () -> intake.startOffline(type, creditCode));
    return d == null ? null : Pages.redirect("/app/filings/edit.xhtml?id=" + d.filing().id());
  }

  public List<String> getTypes() {
    return types;
  }

  public List<FilingView> getEntered() {
    return entered;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public String getCreditCode() {
    return creditCode;
  }

  public void setCreditCode(String creditCode) {
    this.creditCode = creditCode;
  }
}
