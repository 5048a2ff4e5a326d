package cn.autogov.web.admin;

import cn.autogov.identity.realname.RealNameService;
import cn.autogov.identity.realname.RealNameView;
import cn.autogov.web.platform.Forms;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** /admin/real-name.xhtml: 人工实名认证 — approve, or reject with a reason the applicant sees. */
@Named
@ViewScoped
public class RealNameQueueBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject RealNameService realName;

  private List<RealNameView> queue;
  private String remark;

  @PostConstruct
  void load() {
    queue = realName.queue();
  }

  public void approve(Long id) {
    if (Forms.run("queue", () -> realName.approve(id))) {
      load();
    }
  }

  public void reject(Long id) {
    if (Forms.run("queue", () -> realName.reject(id, remark))) {
      remark = null;
      load();
    }
  }

  public List<RealNameView> getQueue() {
    return queue;
  }

  public String getRemark() {
    return remark;
  }

  public void setRemark(String remark) {
    this.remark = remark;
  }
}
