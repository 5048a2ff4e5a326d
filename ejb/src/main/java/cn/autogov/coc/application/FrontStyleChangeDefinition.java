package cn.autogov.coc.application;

import cn.autogov.coc.domain.FrontStyleChangeForm;
import cn.autogov.enterprise.application.EnterpriseProfile;
import cn.autogov.filing.application.Approval;
import cn.autogov.filing.application.FilingDetail;
import cn.autogov.filing.domain.FilingForm;
import cn.autogov.filing.domain.FilingType;
import cn.autogov.kernel.Checks;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * 合格证正面样式变更 (seed 000 §四): the style replaced (its code), why, the differences, the switch-over
 * date, and the new style's description and sample image as in §三. Approval registers the new style
 * from the switch-over date and ends the old one the day before.
 */
@ApplicationScoped
public class FrontStyleChangeDefinition extends StyleDefinition {

  private final FilingType type =
      reviewed(
              FilingType.define("coc-front-style-change")
                  .numbered("CFC")
                  .form(FrontStyleChangeForm.class))
          .build();

  @Override
  public FilingType type() {
    return type;
  }

  @Override
  public void checkForm(
      EnterpriseProfile applicant,
      FilingForm form,
      List<FilingDetail.Material> materials,
      Checks checks) {
    var f = (FrontStyleChangeForm) form;
    styles.checkReplaced(applicant.id(), f.replacedStyle(), f.switchOverDate(), checks);
    styles.checkNew(materials, checks);
  }

  @Override
  public void approved(Approval approval) {
    var f = (FrontStyleChangeForm) approval.form();
    styles.register(
        approval.applicant().id(),
        approval.materials(),
        approval.filing().getId(),
        approval.filing().getNumber(),
        f.styleScope(),
        f.switchOverDate(),
        f.replacedStyle());
  }
}
