package cn.autogov.usedcar.application;

import cn.autogov.access.Role;
import cn.autogov.enterprise.application.EnterpriseProfile;
import cn.autogov.filing.application.Approval;
import cn.autogov.filing.application.FilingDefinition;
import cn.autogov.filing.application.FilingDefinitions;
import cn.autogov.filing.domain.FilingForm;
import cn.autogov.filing.domain.FilingType;
import cn.autogov.filing.domain.PrintSection;
import cn.autogov.kernel.Checks;
import cn.autogov.usedcar.domain.BusinessFilingForm;
import cn.autogov.usedcar.domain.BusinessKind;
import cn.autogov.usedcar.domain.MarketFilingForm;
import cn.autogov.usedcar.domain.UsedCarFilingForm;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The five used-car business filings of seed 003 §2.3 and their changes, one pair per {@link
 * BusinessKind}: filed by a business that registered that kind, confirmed (确认) by the commerce
 * authority of its 住所's county — or of the city, where the county has no reviewer of its own — with
 * a remark; no materials (the seed asks for none). A change keeps the enterprise confirmed for what
 * it had until the authority confirms the new values, which then apply to the confirmed filing.
 */
@ApplicationScoped
public class UsedCarFilingCatalogue implements FilingDefinitions {

  /** The stage every one of them goes through. */
  static final String CONFIRMATION = "commerce-confirm";

  private static final Map<BusinessKind, String> PREFIXES =
      Map.of(
          BusinessKind.MARKET, "UCM",
          BusinessKind.APPRAISER, "UCA",
          BusinessKind.DEALER, "UCD",
          BusinessKind.BROKER, "UCB",
          BusinessKind.AUCTIONEER, "UCP");

  /** The 备案登记表 as the seed's form lays it out (a kind's own head counts where it has them). */
  private static final PrintSection[] PRINTED = {
    PrintSection.of(
        "ucPrint.basic",
        "enterpriseName",
        "creditCode",
        "licenceNumber",
        "taxNumber",
        "orgCode",
        "importExportCode",
        "chineseShare",
        "foreignShare",
        "legalRepresentative",
        "registeredCapital",
        "businessArea",
        "establishedOn",
        "termFrom",
        "termUntil",
        "branchCount",
        "residentDealers",
        "marketStaff",
        "professionalStaff",
        "businessScope"),
    PrintSection.of("ucPrint.addresses", "domicileAddress", "businessAddress"),
    PrintSection.of("ucPrint.filler", "fillerName", "fillerMobile", "fillerEmail"),
    PrintSection.of("ucPrint.branches", "branches")
  };

  @Inject UsedCarBusinesses businesses;

  private List<FilingDefinition> definitions;

  @Override
  public synchronized List<FilingDefinition> definitions() {
    if (definitions == null) {
      var all = new ArrayList<FilingDefinition>();
      for (BusinessKind kind : BusinessKind.values()) {
        all.add(new Filing(kind, false));
        all.add(new Filing(kind, true));
      }
      definitions = List.copyOf(all);
    }
    return definitions;
  }

  /** One kind's filing, or its change. */
  private final class Filing implements FilingDefinition {

    private final BusinessKind kind;
    private final FilingType type;

    Filing(BusinessKind kind, boolean change) {
      this.kind = kind;
      var b =
          FilingType.define(change ? kind.changeType() : kind.filingType())
              .numbered(PREFIXES.get(kind) + (change ? "C" : ""))
              .form(kind == BusinessKind.MARKET ? MarketFilingForm.class : BusinessFilingForm.class)
              .stage(CONFIRMATION, Role.COMMERCE_AUTHORITY, true, 10)
              .worded()
              .oneOpenWith(kind.filingType(), kind.changeType())
              .printedIn(PRINTED);
      this.type = (change ? b.changes(kind.filingType()) : b).build();
    }

    @Override
    public FilingType type() {
      return type;
    }

    /** A new filing starts from the registration; a change from the confirmed filing. */
    @Override
    public FilingForm newForm(Long filingId, EnterpriseProfile applicant, FilingForm changed) {
      FilingForm form = FilingDefinition.super.newForm(filingId, applicant, changed);
      if (changed == null) {
        businesses
            .registered(applicant.id())
            .ifPresent(
                r ->
                    ((UsedCarFilingForm) form)
                        .prefill(
                            applicant.name(),
                            applicant.creditCode(),
                            r,
                            applicant.address(),
                            applicant.legalRepresentative()));
      }
      return form;
    }

    /** Only a business that registered this kind files it. */
    @Override
    public void checkApplicant(EnterpriseProfile applicant, Checks checks) {
      var r = businesses.registered(applicant.id());
      if (r.isEmpty() || !r.get().businessKinds().contains(kind)) {
        checks.add("type", "usedcar.kind-not-registered");
      }
    }

    @Override
    public void approved(Approval approval) {
      if (type.isChange()) {
        approval.applyChange();
      }
    }
  }
}
