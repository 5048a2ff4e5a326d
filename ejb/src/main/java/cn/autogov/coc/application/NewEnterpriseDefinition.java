package cn.autogov.coc.application;

import static cn.autogov.document.inspection.UploadRules.REAL_NAME_SCAN;
import static cn.autogov.filing.domain.MaterialSlot.required;

import cn.autogov.access.Role;
import cn.autogov.coc.domain.NewEnterpriseForm;
import cn.autogov.enterprise.application.Listing;
import cn.autogov.enterprise.application.NewManufacturers;
import cn.autogov.filing.application.Approval;
import cn.autogov.filing.application.FilingDefinition;
import cn.autogov.filing.domain.FilingForm;
import cn.autogov.filing.domain.FilingType;
import cn.autogov.identity.application.Contacts;
import cn.autogov.identity.application.VerifiedPerson;
import cn.autogov.kernel.Checks;
import cn.autogov.notification.Inbox;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * 新增企业备案 (seed 000 §一): a real-name-verified natural person files a manufacturer new to the
 * certificate business, with stamped copies — 公告内企业: the MIIT bulletin's first page and the page
 * with the enterprise; all: the business licence, the letter of authorisation, the legal person's
 * and the authorised person's ID cards. The authorised person must be the filer. The certification
 * centre reviews; approval registers the manufacturer with its 合格证企业代码 and opens its account of the
 * certificate system: the login name is shown to the filer (inbox and SMS), the one-time password
 * goes by SMS to the filer's verified number, to be changed at first sign-in.
 */
@ApplicationScoped
public class NewEnterpriseDefinition implements FilingDefinition {

  private final FilingType type =
      FilingType.define("coc-new-enterprise")
          .numbered("NEF")
          .form(NewEnterpriseForm.class)
          .filedByAccounts(Role.AGENT)
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

  @Inject Contacts contacts;

  @Inject NewManufacturers manufacturers;

  @EJB Inbox inbox;

  @Override
  public FilingType type() {
    return type;
  }

  /**
   * The filer is a verified natural person and the person the form authorises; the credit code and
   * the certificate code are nobody's yet.
   */
  @Override
  public void checkAccount(Long accountId, FilingForm form, Checks checks) {
    var f = (NewEnterpriseForm) form;
    VerifiedPerson filer = contacts.verifiedPerson(accountId).orElse(null);
    if (filer == null) {
      checks.add("type", "coc.filer-not-verified");
    } else {
      if (f.authorisedIdNumber() != null && !f.authorisedIdNumber().equals(filer.idNumber())) {
        checks.add("authorisedIdNumber", "coc.authorised-not-filer");
      }
      if (f.authorisedName() != null && !f.authorisedName().equals(filer.realName())) {
        checks.add("authorisedName", "coc.authorised-name-not-filer", "name", filer.realName());
      }
    }
    manufacturers.check(
        f.creditCode(), "creditCode", f.certificateCode(), "certificateCode", checks);
  }

  @Override
  public void approved(Approval approval) {
    var f = (NewEnterpriseForm) approval.form();
    VerifiedPerson filer = contacts.verifiedPerson(approval.accountId()).orElseThrow();
    String login = manufacturers.register(f.manufacturer(filer.mobile(), filer.email()));
    inbox.put(
        filer.accountId(),
        approval.filing().getId(),
        "inbox.coc.enterprise-opened",
        List.of(approval.filing().getNumber(), approval.filing().getTypeCode(), login));
  }
}
