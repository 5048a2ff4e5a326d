package cn.autogov.ekey.application;

import cn.autogov.access.Role;
import cn.autogov.ekey.domain.CodeChangeForm;
import cn.autogov.ekey.domain.Ekey;
import cn.autogov.ekey.domain.EkeyFlow;
import cn.autogov.ekey.domain.KeyApplicationForm;
import cn.autogov.enterprise.application.EnterpriseProfile;
import cn.autogov.filing.application.Approval;
import cn.autogov.filing.application.FilingDefinition;
import cn.autogov.filing.application.FilingDefinitions;
import cn.autogov.filing.application.FilingDetail;
import cn.autogov.filing.domain.FilingForm;
import cn.autogov.filing.domain.FilingType;
import cn.autogov.filing.domain.MaterialSlot;
import cn.autogov.kernel.Checks;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * The eight e-key flows of seed 004 on the engine, one type each ({@link EkeyFlow}): the issuing
 * authority of the enterprise's division checks (核验, 2 working days: 核验通过 / 核验未通过), the e-key
 * provider re-reviews (复核, 5 working days, 2 for 注销: 复核通过 / 复核未通过); then, for a key to hand over,
 * the provider makes it (制作: the certificate issued from the token's request, {@link EkeyIssuance})
 * or unlocks it, ships it to the authority with the tracking number (寄出), the authority has it
 * ready (待领取) and records the hand-over (已领取: collected on site after checking the paper materials,
 * or couriered). Paper applications are entered by the issuing authority at its counter (线下申请); 更新
 * only online, from the key's own session.
 */
@ApplicationScoped
public class EkeyCatalogue implements FilingDefinitions {

  /** The issuing authority's stage, then the provider's. */
  public static final String CHECK = "ekey-check";

  public static final String RECHECK = "ekey-recheck";

  /** The fulfilment steps' codes (labels {@code fulfilment.<code>}). */
  public static final String MADE = "made";

  public static final String UNLOCKED = "unlocked";

  /** 寄出: the provider sends the key to the issuing authority (tracking number). */
  public static final String SHIPPED = "shipped";

  /** 申请表 as the seed's form lays it out; a flow's own fields where it has them. */
  private static final cn.autogov.filing.domain.PrintSection[] PRINTED = {
    cn.autogov.filing.domain.PrintSection.of(
        "ekeyPrint.enterprise", "enterpriseName", "creditCode"),
    cn.autogov.filing.domain.PrintSection.of(
        "ekeyPrint.request", "userName", "newCreditCode", "applicationReason"),
    cn.autogov.filing.domain.PrintSection.of(
        "ekeyPrint.authorised", "authorisedPerson", "authorisedPersonId", "authorisedPersonMobile"),
    cn.autogov.filing.domain.PrintSection.of("ekeyPrint.delivery", "delivery", "deliveryAddress")
  };

  @Inject KeyRecords keys;

  @Inject cn.autogov.enterprise.application.Enterprises enterprises;

  @EJB EkeyRegistry registry;

  @EJB cn.autogov.identity.application.Actors actors;

  private List<FilingDefinition> definitions;

  @Override
  public synchronized List<FilingDefinition> definitions() {
    if (definitions == null) {
      var all = new ArrayList<FilingDefinition>();
      for (EkeyFlow flow : EkeyFlow.values()) {
        all.add(new Flow(flow));
      }
      definitions = List.copyOf(all);
    }
    return definitions;
  }

  /** The type of a flow, as the engine knows it. */
  static FilingType typeOf(EkeyFlow flow) {
    var b =
        FilingType.define(flow.typeCode())
            .numbered(flow.numberPrefix())
            .form(flow.form())
            .materials(FilingType.ANY, flow.materials().toArray(MaterialSlot[]::new))
            .printedIn(PRINTED)
            .refusalReturnsAll()
            .stage(CHECK, Role.ISSUING_AUTHORITY, true, 2)
            .worded()
            .stage(RECHECK, Role.EKEY_PROVIDER, false, flow.recheckDays())
            .worded();
    if (flow != EkeyFlow.RENEWAL) {
      b.intakeBy(Role.ISSUING_AUTHORITY);
    }
    if (flow == EkeyFlow.FIRST || flow == EkeyFlow.FIRST_ON_PAPER) {
      b.oneOpenWith(EkeyFlow.FIRST.typeCode(), EkeyFlow.FIRST_ON_PAPER.typeCode()); // one first key
    }
    switch (flow.outcome()) {
      case CERTIFICATE -> b.then(MADE, Role.EKEY_PROVIDER, 5, "certificateSerial");
      case UNLOCK -> b.then(UNLOCKED, Role.EKEY_PROVIDER, 5);
      case REVOCATION -> {
        return b.build(); // revoked at 复核通过; nothing is shipped
      }
    }
    return b.then(SHIPPED, Role.EKEY_PROVIDER, 2, "trackingNumber")
        .then("awaitingCollection", Role.ISSUING_AUTHORITY, 3)
        .then("collected", Role.ISSUING_AUTHORITY, 20, "handover")
        .build();
  }

  /** One flow's definition. */
  private final class Flow implements FilingDefinition {

    private final EkeyFlow flow;
    private final FilingType type;

    Flow(EkeyFlow flow) {
      this.flow = flow;
      this.type = typeOf(flow);
    }

    @Override
    public FilingType type() {
      return type;
    }

    @Override
    public FilingForm newForm(Long filingId, EnterpriseProfile applicant, FilingForm changed) {
      FilingForm form = FilingDefinition.super.newForm(filingId, applicant, changed);
      if (applicant != null) {
        var f = (KeyApplicationForm) form;
        f.prefill(applicant.name(), applicant.creditCode());
        Ekey signedIn = flow == EkeyFlow.RENEWAL ? registry.signedInKey(applicant.id()) : null;
        if (signedIn != null) {
          f.nameKey(signedIn.getUserName());
        }
      }
      return form;
    }

    /**
     * 首次申领 only by an enterprise that never held a key; the others by one that holds one; 更新 from a
     * session signed in with the key itself; a paper application only by the issuing authority.
     */
    @Override
    public void checkApplicant(EnterpriseProfile applicant, Checks checks) {
      if (!flow.online() && actors.current().role().isEnterpriseSide()) {
        checks.add("type", "ekey.paper-only"); // entered by the issuing authority at its counter
        return;
      }
      if (flow == EkeyFlow.RENEWAL && registry.signedInKey(applicant.id()) == null) {
        checks.add("type", "ekey.renewal-needs-key-session");
        return;
      }
      List<Ekey> held = keys.ofEnterprise(applicant.id()); // one query: the list asks each flow
      boolean holds = held.stream().anyMatch(Ekey::inUse);
      boolean first = flow == EkeyFlow.FIRST || flow == EkeyFlow.FIRST_ON_PAPER;
      if (first && !held.isEmpty()) {
        checks.add("type", "ekey.first-but-held");
      } else if (!first && flow != EkeyFlow.ADDITIONAL && !holds) {
        checks.add("type", "ekey.none-held");
      } else if (flow == EkeyFlow.ADDITIONAL && !holds) {
        checks.add("type", "ekey.additional-needs-one");
      }
    }

    /** The user name: new and clashing with no key's, or one of the enterprise's keys in use. */
    @Override
    public void checkForm(
        EnterpriseProfile applicant,
        FilingForm form,
        List<FilingDetail.Material> materials,
        Checks checks) {
      var f = (KeyApplicationForm) form;
      if (f.userName() == null) {
        return;
      }
      Ekey key = keys.byUserName(f.userName());
      if (flow.names() == EkeyFlow.Names.NEW) {
        if (key != null) {
          checks.add("userName", "ekey.user-name-taken", "userName", f.userName());
        }
        return;
      }
      if (key == null || !key.getEnterpriseId().equals(applicant.id()) || !key.inUse()) {
        checks.add("userName", "ekey.user-name-not-held", "userName", f.userName());
        return;
      }
      if (flow == EkeyFlow.RENEWAL) {
        Ekey signedIn = registry.signedInKey(applicant.id());
        if (signedIn == null || !signedIn.getId().equals(key.getId())) {
          checks.add("userName", "ekey.renewal-other-key", "userName", f.userName());
        }
      }
      if (form instanceof CodeChangeForm c && c.newCreditCode() != null) {
        if (key.getCode().length() != 13) {
          checks.add("newCreditCode", "ekey.code-already-changed", "code", key.getCode());
        } else if (applicant.creditCode() != null
            && !applicant.creditCode().equals(c.newCreditCode())) {
          checks.add(
              "newCreditCode",
              "ekey.code-not-registered",
              "code",
              c.newCreditCode(),
              "registered",
              applicant.creditCode());
        } else if (!enterprises.idsWithCode(c.newCreditCode()).stream()
            .allMatch(applicant.id()::equals)) {
          checks.add("newCreditCode", "ekey.code-of-another", "code", c.newCreditCode());
        }
      }
    }

    /** 注销: the key's certificate is revoked at 复核通过. */
    @Override
    public void approved(Approval approval) {
      if (flow.outcome() == EkeyFlow.Outcome.REVOCATION) {
        keys.revoke(
            ((KeyApplicationForm) approval.form()).userName(),
            approval.filing().getId(),
            approval.filing().getReview().getDecidedBy());
      }
    }
  }
}
