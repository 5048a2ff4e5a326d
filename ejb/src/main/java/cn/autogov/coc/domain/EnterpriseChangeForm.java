package cn.autogov.coc.domain;

import static cn.autogov.filing.domain.FormInput.show;

import cn.autogov.enterprise.application.EnterpriseProfile;
import cn.autogov.enterprise.application.Enterprises;
import cn.autogov.enterprise.application.Listing;
import cn.autogov.filing.domain.FormEntity;
import cn.autogov.filing.domain.Input;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * 企业信息变更 (seed 000 §二): the new name, legal representative, registered and production address, and
 * whether the enterprise is in the MIIT bulletin (公告企业), which decides the materials.
 */
@Entity
@Table(name = "coc_enterprise_change")
public class EnterpriseChangeForm extends FormEntity {

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

  protected EnterpriseChangeForm() {}

  private EnterpriseChangeForm(Long filingId) {
    super(filingId);
  }

  /** Prefilled with the enterprise's current data, which the applicant edits. */
  public static EnterpriseChangeForm prefilled(Long filingId, EnterpriseProfile e) {
    var f = new EnterpriseChangeForm(filingId);
    f.enterpriseName = e.name();
    f.legalRepresentative = e.legalRepresentative();
    f.registeredAddress = e.address();
    f.productionAddress = e.productionAddress();
    return f;
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

  /** The values the approval applies (the "after" of the change). */
  public Map<String, String> changed() {
    Map<String, String> after = new LinkedHashMap<>(values());
    after.remove("listing");
    after.remove("changeReason");
    return after;
  }

  /** Applies the approved values to the enterprise. */
  public void applyTo(EnterpriseProfile e, Enterprises enterprises) {
    enterprises.applyInfoChange(
        e.id(), enterpriseName, legalRepresentative, registeredAddress, productionAddress);
  }
}
