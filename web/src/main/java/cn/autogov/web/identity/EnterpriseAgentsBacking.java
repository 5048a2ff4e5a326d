package cn.autogov.web.identity;

import cn.autogov.identity.agent.AgentService;
import cn.autogov.identity.agent.AgentView;
import cn.autogov.web.platform.Forms;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** /app/enterprise/agents.xhtml: 经办人审核 — the legal person approves, rejects, revokes. */
@Named
@ViewScoped
public class EnterpriseAgentsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject AgentService agents;

  private List<AgentView> all;
  private String remark;

  @PostConstruct
  void load() {
    all = agents.ofMyEnterprise();
  }

  public void approve(Long id) {
    if (Forms.run("agents", () -> agents.approve(id))) {
      load();
    }
  }

  public void reject(Long id) {
    if (Forms.run("agents", () -> agents.reject(id, remark))) {
      remark = null;
      load();
    }
  }

  public void revoke(Long id) {
    if (Forms.run("agents", () -> agents.revoke(id, remark))) {
      remark = null;
      load();
    }
  }

  public List<AgentView> getAll() {
    return all;
  }

  public String getRemark() {
    return remark;
  }

  public void setRemark(String remark) {
    this.remark = remark;
  }
}
