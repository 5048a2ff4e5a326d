package cn.autogov.web.identity;

import cn.autogov.identity.agent.AgentService;
import cn.autogov.identity.agent.AgentView;
import cn.autogov.web.platform.Forms;
import cn.autogov.web.platform.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** /app/agent/index.xhtml: 经办人申请, my authorisations and 切换企业. */
@Named
@ViewScoped
public class AgentBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject AgentService agents;

  private List<AgentView> mine;
  private String enterpriseName;
  private String creditCode;

  @PostConstruct
  void load() {
    mine = agents.mine();
  }

  public void apply() {
    if (Forms.call("apply", () -> agents.apply(enterpriseName, creditCode)) != null) {
      Forms.info(Texts.ui("agent.applied"));
      enterpriseName = null;
      creditCode = null;
      load();
    }
  }

  public void withdraw(Long id) {
    if (Forms.run("authorisations", () -> agents.withdraw(id))) {
      load();
    }
  }

  public String switchTo(Long enterpriseId) {
    if (Forms.run("authorisations", () -> agents.switchTo(enterpriseId))) {
      return "/app/enterprise/index?faces-redirect=true";
    }
    return null;
  }

  public List<AgentView> getMine() {
    return mine;
  }

  public String getEnterpriseName() {
    return enterpriseName;
  }

  public void setEnterpriseName(String enterpriseName) {
    this.enterpriseName = enterpriseName;
  }

  public String getCreditCode() {
    return creditCode;
  }

  public void setCreditCode(String creditCode) {
    this.creditCode = creditCode;
  }
}
