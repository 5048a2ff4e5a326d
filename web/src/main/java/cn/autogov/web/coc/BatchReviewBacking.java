package cn.autogov.web.coc;

import cn.autogov.coc.application.BatchChangeReview;
import cn.autogov.coc.application.BatchChangeReview.Approved;
import cn.autogov.coc.application.BatchChangeReview.Exclusion;
import cn.autogov.web.platform.Forms;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The batch-change panel of a 合格证电子信息批量变更's pages (WEB-INF/coc/batch-change.xhtml): the reviewer
 * leaves certificates out with their reasons, or takes them back; everyone reads what was left out
 * and, once approved, downloads the approved list.
 */
@Named
@ViewScoped
public class BatchReviewBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject BatchChangeReview review;

  private Long id;
  private List<Exclusion> exclusions;
  private List<Approved> approved;
  private final Map<String, String> reasons = new HashMap<>();

  private Long id() {
    if (id == null) {
      id =
          Long.valueOf(
              FacesContext.getCurrentInstance()
                  .getExternalContext()
                  .getRequestParameterMap()
                  .get("id"));
    }
    return id;
  }

  public List<Exclusion> getExclusions() {
    if (exclusions == null) {
      exclusions = review.exclusions(id());
    }
    return exclusions;
  }

  public List<Approved> getApproved() {
    if (approved == null) {
      approved = review.approvedList(id());
    }
    return approved;
  }

  /** The listed certificates (column → value) of the filing shown. */
  public List<Map<String, String>> rows(cn.autogov.filing.application.FilingDetail d) {
    return d == null
        ? List.of()
        : d.fields().stream()
            .filter(f -> f.name().equals("certificates") && f.rows() != null)
            .findFirst()
            .map(cn.autogov.filing.application.FilingDetail.Field::rows)
            .orElse(List.of());
  }

  public boolean excluded(String number) {
    return getExclusions().stream().anyMatch(x -> x.certificateNumber().equals(number));
  }

  public Map<String, String> getReasons() {
    return reasons;
  }

  public void exclude(String number) {
    List<Exclusion> now =
        Forms.call("batch", () -> review.exclude(id(), number, reasons.get(number)));
    if (now != null) {
      exclusions = now;
      reasons.remove(number);
    }
  }

  public void include(String number) {
    List<Exclusion> now = Forms.call("batch", () -> review.include(id(), number));
    if (now != null) {
      exclusions = now;
    }
  }
}
