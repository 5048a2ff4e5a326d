package cn.autogov.export.domain;

import static cn.autogov.filing.domain.Input.Origin.ACCOUNT;

import cn.autogov.enterprise.application.EnterpriseProfile;
import cn.autogov.filing.domain.FormEntity;
import cn.autogov.filing.domain.FormInput;
import cn.autogov.filing.domain.Input;
import cn.autogov.kernel.BusinessTime;
import cn.autogov.kernel.identifier.IdentifierKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * 二手车出口备案 基本信息 and 联系人 (seed 001), each field declared once, in the order the form shows it. The
 * credit code comes from the enterprise's verified identity and nobody alters it; 营业期限 blank means
 * 长期.
 */
@Entity
@Table(name = "export_filing_form")
public class ExportFilingForm extends FormEntity {

  /** 企业类别: 生产企业 or 流通企业, which decides the material checklist. */
  public enum Category {
    PRODUCER,
    DISTRIBUTOR
  }

  /** 企业性质. */
  public enum Nature {
    STATE_OWNED,
    COLLECTIVE,
    PRIVATE,
    JOINT_STOCK,
    FOREIGN_INVESTED,
    HMT_INVESTED,
    OTHER_NATURE
  }

  /** 企业规模 (by the national SME classification). */
  public enum Scale {
    LARGE,
    MEDIUM,
    SMALL,
    MICRO
  }

  private static final int MOST_PEOPLE = 10_000_000;

  @Input
  @Column(name = "enterprise_name", length = 200)
  private String enterpriseName;

  @Input
  @Column(name = "address", length = 300)
  private String businessAddress;

  @Input(identifier = IdentifierKind.USCC, origin = ACCOUNT)
  @Column(name = "credit_code", length = 18)
  private String creditCode;

  @Input(identifier = IdentifierKind.CUSTOMS_CODE)
  @Column(name = "customs_code", length = 10)
  private String customsCode;

  @Input(options = Nature.class)
  @Column(name = "enterprise_nature", length = 30)
  private String enterpriseNature;

  @Input(options = Category.class, category = true)
  @Column(name = "category", length = 20)
  private String exportCategory;

  @Input
  @Column(name = "legal_representative", length = 100)
  private String legalRepresentative;

  @Input
  @Column(name = "registered_capital", precision = 14, scale = 2)
  private BigDecimal registeredCapital;

  @Input
  @Column(name = "business_area", precision = 10, scale = 2)
  private BigDecimal businessArea;

  @Input(options = Scale.class)
  @Column(name = "enterprise_scale", length = 20)
  private String enterpriseScale;

  @Input(max = MOST_PEOPLE)
  @Column(name = "employees")
  private Integer employees;

  /** 二手车出口从业人员数量: at most the 从业人数. */
  @Input(max = MOST_PEOPLE)
  @Column(name = "export_staff")
  private Integer exportStaff;

  @Input
  @Column(name = "established_on")
  private LocalDate establishedOn;

  /** 营业期限: the licence's last day; null: 长期 (no end). */
  @Input(openEnded = true)
  @Column(name = "business_term_until")
  private LocalDate businessTermUntil;

  @Input(paragraph = true)
  @Column(name = "business_scope", length = 1000)
  private String businessScope;

  @Input
  @Column(name = "contact_name", length = 100)
  private String contactName;

  @Input
  @Column(name = "contact_position", length = 100)
  private String contactPosition;

  @Input(identifier = IdentifierKind.MOBILE)
  @Column(name = "contact_mobile", length = 11)
  private String contactMobile;

  @Input(identifier = IdentifierKind.EMAIL)
  @Column(name = "contact_email", length = 254)
  private String contactEmail;

  protected ExportFilingForm() {}

  private ExportFilingForm(Long filingId) {
    super(filingId);
  }

  /** A new form, prefilled from the enterprise's verified identity. */
  public static ExportFilingForm prefilled(Long filingId, EnterpriseProfile e) {
    var f = new ExportFilingForm(filingId);
    f.enterpriseName = e.name();
    f.creditCode = e.creditCode();
    f.legalRepresentative = e.legalRepresentative();
    f.businessAddress = e.address();
    return f;
  }

  /** What the fields say of each other: head counts, the licence's dates. */
  @Override
  public void check(FormInput in) {
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
}
