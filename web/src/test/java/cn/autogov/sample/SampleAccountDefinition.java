package cn.autogov.sample;

import static cn.autogov.document.inspection.UploadRules.PDF_ONLY;
import static cn.autogov.filing.domain.MaterialSlot.required;

import cn.autogov.access.Role;
import cn.autogov.filing.application.FilingDefinition;
import cn.autogov.filing.domain.FilingType;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Deployed with its tests only: a filing of an account's own (as 实名认证 and 账号找回 will be), filed by
 * the signed-in account — a natural person, an agent or a legal-person account — not for an
 * enterprise, and decided by the certification centre.
 */
@ApplicationScoped
public class SampleAccountDefinition implements FilingDefinition {

  public static final String CODE = "it-account";

  private final FilingType type =
      FilingType.define(CODE)
          .numbered("ITA")
          .form(SampleAccountForm.class)
          .filedByAccounts(Role.REGISTERED, Role.AGENT, Role.ENTERPRISE)
          .materials(FilingType.ANY, required("licenceCopy", PDF_ONLY))
          .stage("centre-review", Role.CERTIFICATION_CENTRE, false, 5)
          .build();

  @Override
  public FilingType type() {
    return type;
  }
}
