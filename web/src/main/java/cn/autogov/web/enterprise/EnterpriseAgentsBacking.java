package cn.autogov.web.enterprise;

import cn.autogov.account.application.AgentApplications;
import cn.autogov.enterprise.agent.AgentService;
import cn.autogov.enterprise.agent.AgentView;
import cn.autogov.web.platform.Forms;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * /app/enterprise/agents.xhtml: the legal person's agents, each revocable (撤销授权), and how many
 * applications wait on the workbench (经办人审核).
 */
@Named
@ViewScoped
public class EnterpriseAgentsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject AgentService agents;

  @Inject AgentApplications applications;

  private List<AgentView> all;
  private long waiting;
  private String remark;

  @PostConstruct
  void load() {
    all = agents.ofMyEnterprise();
    waiting = applications.waiting();
  }

  public void revoke(Long id) {
    if (Forms.run("agents", () -> applications.revoke(id, remark))) {
      remark = null;
      load();
    }
  }

  public List<AgentView> getAll() {
    return all;
  }

  public long getWaiting() {
    return waiting;
  }

  public String getRemark() {
    return remark;
  }

  public void setRemark(String remark) {
    this.remark = remark;
  }
}
