package cn.autogov.account.application;

import static cn.autogov.document.inspection.UploadRules.REAL_NAME_SCAN;
import static cn.autogov.filing.domain.MaterialSlot.required;

import cn.autogov.access.Role;
import cn.autogov.account.domain.RecoveryRequestForm;
import cn.autogov.enterprise.application.Listing;
import cn.autogov.filing.application.Approval;
import cn.autogov.filing.application.FilingDefinition;
import cn.autogov.filing.domain.FilingForm;
import cn.autogov.filing.domain.FilingType;
import cn.autogov.identity.recovery.AccountRecoveries;
import cn.autogov.kernel.Checks;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * 合格证系统用户信息找回 (seed 000 §八): a natural person (or an agent) who lost the enterprise's login files
 * the request with stamped copies — the business licence, the letter of authorisation, both ID
 * cards, and for a 公告企业 the bulletin's first page and the page naming it; the certification centre
 * (装备中心) reviews; on approval the enterprise's legal-person account gets a one-time password by SMS
 * to the requester's number.
 */
@ApplicationScoped
public class RecoveryDefinition implements FilingDefinition {

  public static final String CODE = "account-recovery";

  private final FilingType type =
      FilingType.define(CODE)
          .numbered("ARC")
          .form(RecoveryRequestForm.class)
          .filedByAccounts(Role.REGISTERED, Role.AGENT)
          .materials(
              FilingType.ANY,
              required("licence", REAL_NAME_SCAN),
              required("letter", REAL_NAME_SCAN),
              required("legalPersonIdScan", REAL_NAME_SCAN),
              required("authorisedIdScan", REAL_NAME_SCAN))
          .materials(
              Listing.BULLETIN.name(),
              required("announcementFront", REAL_NAME_SCAN),
              required("announcementPage", REAL_NAME_SCAN))
          .stage("centre-review", Role.CERTIFICATION_CENTRE, false, 5)
          .build();

  @EJB AccountRecoveries recoveries;

  @Override
  public FilingType type() {
    return type;
  }

  @Override
  public void checkAccount(Long accountId, FilingForm form, Checks checks) {
    var f = (RecoveryRequestForm) form;
    recoveries.check(accountId, f.creditCode(), f.requesterIdNumber(), checks);
  }

  @Override
  public void approved(Approval approval) {
    var f = (RecoveryRequestForm) approval.form();
    recoveries.recover(approval.accountId(), f.creditCode(), f.enterpriseName());
  }
}
