package cn.autogov.coc.domain;

import static cn.autogov.filing.domain.FormInput.show;

import cn.autogov.filing.domain.FilingForm;
import cn.autogov.filing.domain.FormInput;
import cn.autogov.identity.enterprise.Enterprise;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 企业信息变更 (seed 000 §二): the new name, legal representative, registered and production address, and
 * whether the enterprise is in the MIIT bulletin (公告企业), which decides the materials.
 */
@Entity
@Table(name = "coc_enterprise_change")
public class EnterpriseChangeForm implements FilingForm {

  /** 公告企业 / 非公告企业. */
  public static final List<String> LISTINGS = List.of("BULLETIN", "NON_BULLETIN");

  @Id
  @Column(name = "filing_id")
  private Long filingId;

  @Column(length = 20)
  private String listing;

  @Column(name = "enterprise_name", length = 200)
  private String enterpriseName;

  @Column(name = "legal_representative", length = 100)
  private String legalRepresentative;

  @Column(name = "registered_address", length = 300)
  private String registeredAddress;

  @Column(name = "production_address", length = 300)
  private String productionAddress;

  @Column(length = 500)
  private String reason;

  protected EnterpriseChangeForm() {}

  /** Prefilled with the enterprise's current data, which the applicant edits. */
  public static EnterpriseChangeForm prefilled(Long filingId, Enterprise e) {
    var f = new EnterpriseChangeForm();
    f.filingId = filingId;
    f.enterpriseName = e.getName();
    f.legalRepresentative = e.getLegalRepresentative();
    f.registeredAddress = e.getAddress();
    f.productionAddress = e.getProductionAddress();
    return f;
  }

  /** The enterprise's data in the form's terms (the "before" of the change). */
  public static Map<String, String> current(Enterprise e) {
    Map<String, String> v = new LinkedHashMap<>();
    v.put("enterpriseName", show(e.getName()));
    v.put("legalRepresentative", show(e.getLegalRepresentative()));
    v.put("registeredAddress", show(e.getAddress()));
    v.put("productionAddress", show(e.getProductionAddress()));
    return v;
  }

  @Override
  public void read(FormInput in) {
    listing = in.choice("listing", LISTINGS, true);
    enterpriseName = in.text("enterpriseName", 200, true);
    legalRepresentative = in.text("legalRepresentative", 100, true);
    registeredAddress = in.text("registeredAddress", 300, true);
    productionAddress = in.text("productionAddress", 300, true);
    reason = in.text("changeReason", 500, false);
  }

  /** Applies the approved values to the enterprise. */
  public void applyTo(Enterprise e) {
    e.applyInfoChange(enterpriseName, legalRepresentative, registeredAddress, productionAddress);
  }

  @Override
  public Map<String, String> values() {
    Map<String, String> v = new LinkedHashMap<>();
    v.put("listing", show(listing));
    v.put("enterpriseName", show(enterpriseName));
    v.put("legalRepresentative", show(legalRepresentative));
    v.put("registeredAddress", show(registeredAddress));
    v.put("productionAddress", show(productionAddress));
    v.put("changeReason", show(reason));
    return v;
  }

  @Override
  public String category() {
    return listing;
  }

  @Override
  public Long getFilingId() {
    return filingId;
  }
}
