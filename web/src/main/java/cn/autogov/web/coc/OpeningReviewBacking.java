package cn.autogov.web.coc;

import cn.autogov.coc.application.OpeningQueries;
import cn.autogov.coc.application.OpeningView;
import cn.autogov.coc.domain.OpeningStatus;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * /review/openings.xhtml: the certification centre's list of the system openings it approved and
 * where each stands with the tax side, filtered by status.
 */
@Named
@ViewScoped
public class OpeningReviewBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject OpeningQueries queries;

  private OpeningStatus status;
  private List<OpeningView> openings;

  @PostConstruct
  void load() {
    search();
  }

  public void search() {
    openings = queries.openings(status);
  }

  public List<OpeningView> getOpenings() {
    return openings;
  }

  public OpeningStatus getStatus() {
    return status;
  }

  public void setStatus(OpeningStatus status) {
    this.status = status;
  }

  public OpeningStatus[] getStatuses() {
    return OpeningStatus.values();
  }
}
