package cn.autogov.account.application;

import static cn.autogov.document.inspection.UploadRules.REAL_NAME_SCAN;
import static cn.autogov.filing.domain.MaterialSlot.required;

import cn.autogov.access.Role;
import cn.autogov.account.domain.MobileChangeForm;
import cn.autogov.filing.application.Approval;
import cn.autogov.filing.application.FilingDefinition;
import cn.autogov.filing.domain.FilingForm;
import cn.autogov.filing.domain.FilingType;
import cn.autogov.identity.mobile.MobileChanges;
import cn.autogov.kernel.Checks;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * 手机号修改 (seed 002's sign-in page) by someone who lost the old number and so cannot sign in: filed
 * from the signed-out page ({@link MobileChangeFiling}) with the verified identity again and a scan
 * of the ID document; an administrator compares the scan and approves (the new number is bound) or
 * rejects. The applicant hears of it at the new number. Approved or rejected, never sent back: the
 * applicant cannot sign in to amend it.
 */
@ApplicationScoped
public class MobileChangeDefinition implements FilingDefinition {

  public static final String CODE = "mobile-change";

  private final FilingType type =
      FilingType.define(CODE)
          .numbered("MCH")
          .form(MobileChangeForm.class)
          .filedByAccounts(Role.ENTERPRISE, Role.AGENT, Role.REGISTERED)
          .filedSignedOut()
          .materials(FilingType.ANY, required("idScan", REAL_NAME_SCAN))
          .stage("identity-check", Role.ADMIN, false, 3)
          .decidedOnly()
          .build();

  @EJB MobileChanges mobileChanges;

  @Override
  public FilingType type() {
    return type;
  }

  @Override
  public void checkAccount(Long accountId, FilingForm form, Checks checks) {
    var f = (MobileChangeForm) form;
    mobileChanges.check(accountId, f.name(), f.idNumber(), checks);
  }

  @Override
  public void approved(Approval approval) {
    mobileChanges.change(approval.accountId(), ((MobileChangeForm) approval.form()).newMobile());
  }

  @Override
  public String textedAt(FilingForm form) {
    return ((MobileChangeForm) form).newMobile();
  }
}
