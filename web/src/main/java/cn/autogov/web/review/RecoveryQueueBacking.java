package cn.autogov.web.review;

import cn.autogov.identity.recovery.RecoveryService;
import cn.autogov.identity.recovery.RecoveryView;
import cn.autogov.web.platform.Forms;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** /review/recovery.xhtml: the certification centre's account-recovery queue. */
@Named
@ViewScoped
public class RecoveryQueueBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject RecoveryService recovery;

  private List<RecoveryView> queue;
  private String remark;

  @PostConstruct
  void load() {
    queue = recovery.queue();
  }

  public void approve(Long id) {
    if (Forms.run("queue", () -> recovery.approve(id))) {
      load();
    }
  }

  public void reject(Long id) {
    if (Forms.run("queue", () -> recovery.reject(id, remark))) {
      remark = null;
      load();
    }
  }

  public List<RecoveryView> getQueue() {
    return queue;
  }

  public String getRemark() {
    return remark;
  }

  public void setRemark(String remark) {
    this.remark = remark;
  }
}
