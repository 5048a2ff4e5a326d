package cn.autogov.web.enterprise;

import cn.autogov.account.application.AgentApplications;
import cn.autogov.enterprise.agent.AgentService;
import cn.autogov.enterprise.agent.AgentView;
import cn.autogov.web.platform.Forms;
import cn.autogov.web.platform.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * /app/agent/index.xhtml: 经办人申请 (filed at once), my applications (each a filing: 撤回 on its own
 * page), the enterprises I act for and 切换企业.
 */
@Named
@ViewScoped
public class AgentBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject AgentApplications applications;

  @Inject AgentService agents;

  private List<AgentApplications.Mine> mine;
  private List<AgentView> actingFor;
  private String enterpriseName;
  private String creditCode;

  @PostConstruct
  void load() {
    mine = applications.mine();
    actingFor = agents.mine();
  }

  public void apply() {
    var filed = Forms.call("apply", () -> applications.apply(enterpriseName, creditCode));
    if (filed != null) {
      Forms.info(Texts.ui("agent.applied", filed.number()));
      enterpriseName = null;
      creditCode = null;
      load();
    }
  }

  public String switchTo(Long enterpriseId) {
    if (Forms.run("actingFor", () -> agents.switchTo(enterpriseId))) {
      return "/app/enterprise/index?faces-redirect=true";
    }
    return null;
  }

  public List<AgentApplications.Mine> getMine() {
    return mine;
  }

  public List<AgentView> getActingFor() {
    return actingFor;
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
