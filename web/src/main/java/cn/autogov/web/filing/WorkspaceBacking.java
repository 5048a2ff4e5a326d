package cn.autogov.web.filing;

import cn.autogov.filing.application.FilingService;
import cn.autogov.filing.application.FilingView;
import cn.autogov.filing.application.QueuePage;
import cn.autogov.filing.application.QueueQuery;
import cn.autogov.filing.application.ReviewService;
import cn.autogov.filing.domain.FilingStatus;
import cn.autogov.kernel.BusinessTime;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The counts on the signed-in user's workspace (/app/home.xhtml), each a shortcut to its list: for
 * an enterprise 待办 (being filled in), 退回 (sent back), 即将到期 (valid for 30 days or less); for a
 * reviewer 待受理 (the queue), 我的待办 (taken), 已超期 (overdue). Counted up to 100 ("100+").
 */
@Named
@RequestScoped
public class WorkspaceBacking {

  @Inject FilingService filings;

  @Inject ReviewService review;

  private List<FilingView> mine;

  public boolean isEnterprise() {
    var ext = FacesContext.getCurrentInstance().getExternalContext();
    return ext.isUserInRole("enterprise") || ext.isUserInRole("agent");
  }

  public boolean isReviewer() {
    var ext = FacesContext.getCurrentInstance().getExternalContext();
    return ext.isUserInRole("certification-centre")
        || ext.isUserInRole("commerce-authority")
        || ext.isUserInRole("issuing-authority")
        || ext.isUserInRole("ekey-provider");
  }

  public long getToDo() {
    return mine().stream()
        .filter(f -> f.can("edit") && f.status() != FilingStatus.RETURNED)
        .count();
  }

  public long getReturned() {
    return mine().stream().filter(f -> f.status() == FilingStatus.RETURNED).count();
  }

  public long getExpiring() {
    var soon = BusinessTime.today().plusDays(30);
    return mine().stream()
        .filter(f -> f.status() == FilingStatus.APPROVED && f.validUntil() != null)
        .filter(f -> !f.validUntil().isAfter(soon))
        .count();
  }

  public String getQueue() {
    return counted(false, false);
  }

  public String getTaken() {
    return counted(true, false);
  }

  public String getOverdue() {
    return counted(false, true);
  }

  private String counted(boolean mineOnly, boolean overdueOnly) {
    QueuePage p =
        review.queue(
            new QueueQuery(
                null, null, null, null, null, overdueOnly, mineOnly, "due", 1, 1, null, null));
    return p.totalCapped() ? QueuePage.COUNT_CAP + "+" : String.valueOf(p.total());
  }

  private List<FilingView> mine() {
    if (mine == null) {
      try {
        mine = isEnterprise() ? filings.mine() : List.of();
      } catch (cn.autogov.kernel.RefusedException notActing) {
        mine = List.of(); // an agent not acting for an enterprise yet has no filings to count
      }
    }
    return mine;
  }
}
