package cn.autogov.coc.application;

import cn.autogov.coc.domain.FrontStyleForm;
import cn.autogov.enterprise.application.EnterpriseProfile;
import cn.autogov.filing.application.Approval;
import cn.autogov.filing.application.FilingDetail;
import cn.autogov.filing.domain.FilingForm;
import cn.autogov.filing.domain.FilingType;
import cn.autogov.kernel.BusinessTime;
import cn.autogov.kernel.Checks;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * 合格证正面样式备案 (seed 000 §三): the 《合格证正面样式说明》 typed (composition with the paper number,
 * anti-counterfeiting in at most 200 characters, scope) and uploaded, and the sample image — JPG,
 * 24-bit colour, named by the enterprise's code and a sequence number (ABCD001.jpg), not registered
 * yet, over 300 KB refused, outside 100–200 KB a warning for the reviewer. Approval registers the
 * style from that day.
 */
@ApplicationScoped
public class FrontStyleDefinition extends StyleDefinition {

  private final FilingType type =
      reviewed(FilingType.define("coc-front-style").numbered("CFS").form(FrontStyleForm.class))
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
    styles.checkNew(materials, checks);
  }

  @Override
  public void approved(Approval approval) {
    var f = (FrontStyleForm) approval.form();
    styles.register(
        approval.applicant().id(),
        approval.materials(),
        approval.filing().getId(),
        approval.filing().getNumber(),
        f.styleScope(),
        BusinessTime.today(),
        null);
  }
}
