package cn.autogov.coc.domain;

import static cn.autogov.filing.domain.FormInput.show;

import cn.autogov.enterprise.application.EnterpriseProfile;
import cn.autogov.enterprise.application.Enterprises;
import cn.autogov.enterprise.application.Listing;
import cn.autogov.filing.domain.FormEntity;
import cn.autogov.filing.domain.Input;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An enterprise's registered details as a change states them (企业信息变更 §二, 子企业信息变更 §七): whether it is
 * in the MIIT bulletin (公告企业, which decides the materials), the new name, legal representative,
 * registered and production address, and why.
 */
@MappedSuperclass
public abstract class EnterpriseInfoForm extends FormEntity {

  /** The fields an approval applies to the enterprise (the keys of {@link #current}). */
  private static final List<String> CHANGED =
      List.of("enterpriseName", "legalRepresentative", "registeredAddress", "productionAddress");

  @Input(options = Listing.class, category = true)
  @Column(name = "listing", length = 20)
  private String listing;

  @Input
  @Column(name = "enterprise_name", length = 200)
  private String enterpriseName;

  @Input
  @Column(name = "legal_representative", length = 100)
  private String legalRepresentative;

  @Input
  @Column(name = "registered_address", length = 300)
  private String registeredAddress;

  @Input
  @Column(name = "production_address", length = 300)
  private String productionAddress;

  @Input(required = false, paragraph = true)
  @Column(name = "reason", length = 500)
  private String changeReason;

  protected EnterpriseInfoForm() {}

  protected EnterpriseInfoForm(Long filingId) {
    super(filingId);
  }

  /** The enterprise's current data, which the applicant edits. */
  protected void prefill(EnterpriseProfile e) {
    enterpriseName = e.name();
    legalRepresentative = e.legalRepresentative();
    registeredAddress = e.address();
    productionAddress = e.productionAddress();
  }

  /** The enterprise's data in the form's terms (the "before" of the change). */
  public static Map<String, String> current(EnterpriseProfile e) {
    Map<String, String> v = new LinkedHashMap<>();
    v.put("enterpriseName", show(e.name()));
    v.put("legalRepresentative", show(e.legalRepresentative()));
    v.put("registeredAddress", show(e.address()));
    v.put("productionAddress", show(e.productionAddress()));
    return v;
  }

  /**
   * The values the approval applies (the "after" of the change), in the terms of {@link #current}.
   */
  public Map<String, String> changed() {
    Map<String, String> all = values();
    Map<String, String> after = new LinkedHashMap<>();
    for (String field : CHANGED) {
      after.put(field, all.get(field));
    }
    return after;
  }

  /** Applies the approved values to the enterprise. */
  public void applyTo(EnterpriseProfile e, Enterprises enterprises) {
    enterprises.applyInfoChange(
        e.id(), enterpriseName, legalRepresentative, registeredAddress, productionAddress);
  }
}
