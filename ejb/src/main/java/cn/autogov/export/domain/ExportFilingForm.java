package cn.autogov.export.domain;

import static cn.autogov.filing.domain.FormInput.show;

import cn.autogov.filing.domain.FilingForm;
import cn.autogov.filing.domain.FormInput;
import cn.autogov.identity.enterprise.Enterprise;
import cn.autogov.kernel.BusinessTime;
import cn.autogov.kernel.identifier.IdentifierKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 二手车出口备案 基本信息 and 联系人 (seed 001). The credit code comes from the enterprise's verified identity
 * and a change may not alter it; 营业期限 blank means 长期.
 */
@Entity
@Table(name = "export_filing_form")
public class ExportFilingForm implements FilingForm {

  /** 企业类别: 生产企业 or 流通企业, which decides the material checklist. */
  public static final List<String> CATEGORIES = List.of("PRODUCER", "DISTRIBUTOR");

  /** 企业性质. */
  public static final List<String> NATURES =
      List.of(
          "STATE_OWNED",
          "COLLECTIVE",
          "PRIVATE",
          "JOINT_STOCK",
          "FOREIGN_INVESTED",
          "HMT_INVESTED",
          "OTHER_NATURE");

  /** 企业规模 (by the national SME classification). */
  public static final List<String> SCALES = List.of("LARGE", "MEDIUM", "SMALL", "MICRO");

  private static final BigDecimal MAX_CAPITAL = new BigDecimal("999999999999.99");
  private static final BigDecimal MAX_AREA = new BigDecimal("99999999.99");

  @Id
  @Column(name = "filing_id")
  private Long filingId;

  @Column(name = "enterprise_name", length = 200)
  private String enterpriseName;

  @Column(length = 300)
  private String address;

  @Column(name = "credit_code", length = 18)
  private String creditCode;

  @Column(name = "customs_code", length = 10)
  private String customsCode;

  @Column(length = 20)
  private String category;

  @Column(name = "legal_representative", length = 100)
  private String legalRepresentative;

  @Column(name = "registered_capital", precision = 14, scale = 2)
  private BigDecimal registeredCapital;

  private Integer employees;

  @Column(name = "enterprise_nature", length = 30)
  private String nature;

  @Column(name = "business_area", precision = 14, scale = 2)
  private BigDecimal businessArea;

  @Column(name = "enterprise_scale", length = 20)
  private String scale;

  /** 二手车出口从业人员数量: at most the 从业人数. */
  @Column(name = "export_staff")
  private Integer exportStaff;

  /** 营业期限: the licence's last day; null: 长期 (no end). */
  @Column(name = "business_term_until")
  private LocalDate businessTermUntil;

  @Column(name = "established_on")
  private LocalDate establishedOn;

  @Column(name = "business_scope", length = 1000)
  private String businessScope;

  @Column(name = "contact_name", length = 100)
  private String contactName;

  @Column(name = "contact_position", length = 100)
  private String contactPosition;

  @Column(name = "contact_mobile", length = 11)
  private String contactMobile;

  @Column(name = "contact_email", length = 254)
  private String contactEmail;

  protected ExportFilingForm() {}

  /** A new form, prefilled from the enterprise's verified identity. */
  public static ExportFilingForm prefilled(Long filingId, Enterprise e) {
    var f = new ExportFilingForm();
    f.filingId = filingId;
    f.enterpriseName = e.getName();
    f.creditCode = e.getCreditCode().value();
    f.legalRepresentative = e.getLegalRepresentative();
    f.address = e.getAddress();
    return f;
  }

  /** A change's form: a copy of the approved filing's. */
  public static ExportFilingForm copyOf(Long filingId, ExportFilingForm approved) {
    var f = new ExportFilingForm();
    f.filingId = filingId;
    var checks = new cn.autogov.kernel.Checks();
    f.read(new FormInput(approved.values(), checks, false));
    return f;
  }

  @Override
  public void read(FormInput in) {
    enterpriseName = in.text("enterpriseName", 200, true);
    address = in.text("businessAddress", 300, true);
    creditCode = in.identifier("creditCode", IdentifierKind.USCC, true);
    customsCode = in.identifier("customsCode", IdentifierKind.CUSTOMS_CODE, true);
    category = in.choice("exportCategory", CATEGORIES, true);
    legalRepresentative = in.text("legalRepresentative", 100, true);
    nature = in.choice("enterpriseNature", NATURES, true);
    registeredCapital = in.amount("registeredCapital", MAX_CAPITAL, true);
    businessArea = in.amount("businessArea", MAX_AREA, true);
    scale = in.choice("enterpriseScale", SCALES, true);
    employees = in.count("employees", 10_000_000, true);
    exportStaff = in.count("exportStaff", 10_000_000, true);
    establishedOn = in.date("establishedOn", true);
    businessTermUntil = in.date("businessTermUntil", false, true);
    businessScope = in.text("businessScope", 1000, true);
    contactName = in.text("contactName", 100, true);
    contactPosition = in.text("contactPosition", 100, true);
    contactMobile = in.identifier("contactMobile", IdentifierKind.MOBILE, true);
    contactEmail = in.identifier("contactEmail", IdentifierKind.EMAIL, true);
    crossCheck(in);
  }

  /** What the fields say of each other: head counts, the licence's dates. */
  private void crossCheck(FormInput in) {
    if (exportStaff != null && employees != null && exportStaff > employees) {
      in.checks().add("exportStaff", "export.staff-exceeds-employees", "employees", employees);
    }
    if (businessArea != null && businessArea.signum() == 0) {
      in.checks().add("businessArea", "export.area-zero");
    }
    if (businessTermUntil != null) {
      if (establishedOn != null && !businessTermUntil.isAfter(establishedOn)) {
        in.checks().add("businessTermUntil", "export.term-before-establishment");
      } else if (businessTermUntil.isBefore(BusinessTime.today())) {
        in.checks().add("businessTermUntil", "export.term-ended");
      }
    }
  }

  @Override
  public Map<String, String> values() {
    Map<String, String> v = new LinkedHashMap<>();
    v.put("enterpriseName", show(enterpriseName));
    v.put("businessAddress", show(address));
    v.put("creditCode", show(creditCode));
    v.put("customsCode", show(customsCode));
    v.put("exportCategory", show(category));
    v.put("enterpriseNature", show(nature));
    v.put("legalRepresentative", show(legalRepresentative));
    v.put("registeredCapital", show(registeredCapital));
    v.put("businessArea", show(businessArea));
    v.put("enterpriseScale", show(scale));
    v.put("employees", show(employees));
    v.put("exportStaff", show(exportStaff));
    v.put("establishedOn", show(establishedOn));
    v.put("businessTermUntil", show(businessTermUntil));
    v.put("businessScope", show(businessScope));
    v.put("contactName", show(contactName));
    v.put("contactPosition", show(contactPosition));
    v.put("contactMobile", show(contactMobile));
    v.put("contactEmail", show(contactEmail));
    return v;
  }

  @Override
  public String category() {
    return category;
  }

  @Override
  public Long getFilingId() {
    return filingId;
  }
}
