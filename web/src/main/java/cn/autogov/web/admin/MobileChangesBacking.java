package cn.autogov.web.admin;

import cn.autogov.identity.mobile.MobileChangeView;
import cn.autogov.identity.mobile.MobileChanges;
import cn.autogov.web.platform.Forms;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * /admin/mobile-changes.xhtml: 手机号修改审核 — the scan beside the verified identity; approve (the new
 * number is bound), or reject with a reason the applicant reads by SMS.
 */
@Named
@ViewScoped
public class MobileChangesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject MobileChanges changes;

  private List<MobileChangeView> queue;
  private String remark;

  @PostConstruct
  void load() {
    queue = changes.queue();
  }

  public void approve(Long id) {
    if (Forms.run("queue", () -> changes.approve(id))) {
      load();
    }
  }

  public void reject(Long id) {
    if (Forms.run("queue", () -> changes.reject(id, remark))) {
      remark = null;
      load();
    }
  }

  public List<MobileChangeView> getQueue() {
    return queue;
  }

  public String getRemark() {
    return remark;
  }

  public void setRemark(String remark) {
    this.remark = remark;
  }
}
