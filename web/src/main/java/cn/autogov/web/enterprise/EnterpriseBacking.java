package cn.autogov.web.enterprise;

import cn.autogov.access.Role;
import cn.autogov.enterprise.application.ActionView;
import cn.autogov.enterprise.application.EnterpriseService;
import cn.autogov.enterprise.application.EnterpriseView;
import cn.autogov.web.identity.CurrentUser;
import cn.autogov.web.platform.Forms;
import cn.autogov.web.platform.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * /app/enterprise/index.xhtml: the enterprise the caller acts for — its details, contact address,
 * sub-enterprises (legal person) and the record of who did what for it.
 */
@Named
@ViewScoped
public class EnterpriseBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject EnterpriseService enterprises;

  private EnterpriseView enterprise;
  private List<EnterpriseView> children;
  private List<ActionView> activity;
  private String address;

  @Inject CurrentUser currentUser;

  @PostConstruct
  void load() {
    if (!currentUser.isActingForEnterprise()) {
      // an agent who has not switched to an enterprise (or whose authorisation was revoked)
      enterprise = null;
      children = List.of();
      activity = List.of();
      return;
    }
    enterprise = enterprises.mine();
    address = enterprise.address();
    boolean legalPerson =
        FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Role.Names.ENTERPRISE);
    children = legalPerson ? enterprises.children() : List.of();
    activity = enterprises.activity();
  }

  public void saveAddress() {
    if (Forms.call("enterprise", () -> enterprises.changeAddress(address)) != null) {
      Forms.info(Texts.ui("enterprise.saved"));
      load();
    }
  }

  public EnterpriseView getEnterprise() {
    return enterprise;
  }

  public List<EnterpriseView> getChildren() {
    return children;
  }

  public List<ActionView> getActivity() {
    return activity;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }
}
