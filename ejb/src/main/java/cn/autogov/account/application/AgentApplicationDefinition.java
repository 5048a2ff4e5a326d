package cn.autogov.account.application;

import cn.autogov.access.Role;
import cn.autogov.account.domain.AgentApplicationForm;
import cn.autogov.enterprise.agent.AgentGrants;
import cn.autogov.filing.application.FilingDefinition;
import cn.autogov.filing.application.FilingStepped;
import cn.autogov.filing.domain.FilingForm;
import cn.autogov.filing.domain.FilingStatus;
import cn.autogov.filing.domain.FilingType;
import cn.autogov.kernel.Checks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * 经办人申请 → 经办人审核 (seed 002 steps 2–3): a verified natural person files the enterprise's name and
 * credit code; the filing goes to that enterprise, whose legal person approves (同意) or rejects (拒绝)
 * it on its workbench and may later revoke the approval (撤销: 无效). What identity keeps of it — whom
 * the agent acts for — follows the filing's steps: granted when it is approved, gone when it
 * becomes 无效. One waiting application per enterprise; several enterprises at once.
 */
@ApplicationScoped
public class AgentApplicationDefinition implements FilingDefinition {

  public static final String CODE = "agent-application";

  private final FilingType type =
      FilingType.define(CODE)
          .numbered("AGA")
          .form(AgentApplicationForm.class)
          .filedByAccounts(Role.AGENT)
          .stage("legal-person-consent", Role.ENTERPRISE, false, 5)
          .worded() // the seed: 同意 or 拒绝, not 审核通过 / 审核不通过
          .decidedOnly()
          .revocable()
          .build();

  @Inject AgentGrants grants;

  @Override
  public FilingType type() {
    return type;
  }

  /** The enterprise named by both its name and its credit code, not one the agent acts for. */
  @Override
  public Long addressee(Long accountId, FilingForm form, Checks checks) {
    var f = (AgentApplicationForm) form;
    Long enterprise = grants.enterpriseNamed(f.enterpriseName(), f.creditCode(), checks);
    grants.requireNotGranted(accountId, enterprise, checks);
    return enterprise;
  }

  /** Approved: the agent acts for the enterprise; 无效 (revoked): no more. */
  void decided(@Observes FilingStepped e) {
    var f = e.filing();
    if (!CODE.equals(f.getTypeCode()) || !e.changesStatus()) {
      return;
    }
    Long agent = f.getApplicant().getAccountId();
    if (e.to() == FilingStatus.APPROVED) {
      grants.grant(e.actor(), agent, f.getAddresseeId(), f.getId(), f.getNumber());
    } else if (e.from() == FilingStatus.APPROVED) {
      grants.revoke(e.actor(), agent, f.getAddresseeId());
    }
  }
}
