package cn.autogov.usedcar.domain;

import static cn.autogov.filing.domain.Input.Origin.ACCOUNT;

import cn.autogov.filing.domain.FormEntity;
import cn.autogov.filing.domain.FormInput;
import cn.autogov.filing.domain.Input;
import cn.autogov.kernel.BusinessTime;
import cn.autogov.kernel.identifier.IdentifierKind;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.OrderColumn;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * 二手车经营主体信息备案登记表 (seed 003 §2.3.1–2.3.5), each field declared once, in the order the seed's form
 * shows it: the enterprise's name and codes as registered (nobody types them); the foreign share
 * and 进出口企业代码 of a foreign-invested enterprise; representative, capital (万元), area (㎡), dates,
 * 分支机构数量 and — per kind — its head counts; scope, 住所 and 经营地址 (picked, then the street); 填报人; the
 * branches, as many rows as the count says.
 */
@MappedSuperclass
public abstract class UsedCarFilingForm extends FormEntity {

  private static final BigDecimal HUNDRED = new BigDecimal("100");

  /** The most branches one filing lists. */
  public static final int MOST_BRANCHES = 500;

  @Input(origin = ACCOUNT)
  @Column(name = "enterprise_name", length = 200)
  private String enterpriseName;

  @Input(origin = ACCOUNT, required = false)
  @Column(name = "credit_code", length = 18)
  private String creditCode;

  @Input(origin = ACCOUNT, required = false)
  @Column(name = "licence_number", length = 15)
  private String licenceNumber;

  @Input(origin = ACCOUNT, required = false)
  @Column(name = "tax_number", length = 20)
  private String taxNumber;

  @Input(origin = ACCOUNT, required = false)
  @Column(name = "org_code", length = 10)
  private String orgCode;

  /** 外商投资企业进出口企业代码: a foreign-invested enterprise's; blank for others. */
  @Input(required = false)
  @Column(name = "import_export_code", length = 20)
  private String importExportCode;

  @Input
  @Column(name = "chinese_share", precision = 5, scale = 2)
  private BigDecimal chineseShare;

  @Input
  @Column(name = "foreign_share", precision = 5, scale = 2)
  private BigDecimal foreignShare;

  @Input
  @Column(name = "legal_representative", length = 100)
  private String legalRepresentative;

  @Input
  @Column(name = "registered_capital", precision = 14, scale = 2)
  private BigDecimal registeredCapital;

  @Input
  @Column(name = "business_area", precision = 12, scale = 2)
  private BigDecimal businessArea;

  @Input
  @Column(name = "established_on")
  private LocalDate establishedOn;

  @Input
  @Column(name = "term_from")
  private LocalDate termFrom;

  /** 营业期限至: blank for 长期. */
  @Input(openEnded = true)
  @Column(name = "term_until")
  private LocalDate termUntil;

  @Input(max = MOST_BRANCHES)
  @Column(name = "branch_count")
  private Integer branchCount;

  @Input(paragraph = true)
  @Column(name = "business_scope", length = 1000)
  private String businessScope;

  /** 住所, as on the licence (picked, then the street). */
  @Input
  @Column(name = "domicile_address", length = 300)
  private String domicileAddress;

  /** 经营地址: where it actually trades. */
  @Input
  @Column(name = "business_address", length = 300)
  private String businessAddress;

  @Input
  @Column(name = "filler_name", length = 50)
  private String fillerName;

  @Input(identifier = IdentifierKind.MOBILE)
  @Column(name = "filler_mobile", length = 11)
  private String fillerMobile;

  @Input(identifier = IdentifierKind.EMAIL)
  @Column(name = "filler_email", length = 254)
  private String fillerEmail;

  @Input(required = false, max = MOST_BRANCHES)
  @ElementCollection
  @CollectionTable(name = "uc_filing_branch", joinColumns = @JoinColumn(name = "filing_id"))
  @OrderColumn(name = "row_no")
  private List<BranchRow> branches = new ArrayList<>();

  protected UsedCarFilingForm() {}

  /** A new form with what the registration and the enterprise say already. */
  public void prefill(
      String name,
      String creditCode,
      UsedCarBusiness registered,
      String domicile,
      String legalRepresentative) {
    this.enterpriseName = name;
    this.creditCode = creditCode;
    this.licenceNumber = registered.getLicenceNumber();
    this.taxNumber = registered.getTaxNumber();
    this.orgCode = registered.getOrgCode();
    this.domicileAddress = domicile;
    this.legalRepresentative = legalRepresentative;
    this.fillerName = registered.getFillerName();
    this.fillerMobile = registered.getFillerMobile();
    this.chineseShare = HUNDRED;
    this.foreignShare = BigDecimal.ZERO;
    this.branchCount = 0;
  }

  /** Shares add up to 100; dates in order; as many branch rows as 分支机构数量 says. */
  @Override
  public void check(FormInput in) {
    var checks = in.checks();
    inRange(checks, "chineseShare", chineseShare);
    inRange(checks, "foreignShare", foreignShare);
    if (chineseShare != null
        && foreignShare != null
        && chineseShare.add(foreignShare).compareTo(HUNDRED) != 0
        && !checks.has("chineseShare")
        && !checks.has("foreignShare")) {
      checks.add(
          "foreignShare",
          "usedcar.shares-sum",
          "sum",
          chineseShare.add(foreignShare).toPlainString());
    }
    if (foreignShare != null
        && foreignShare.signum() > 0
        && (importExportCode == null || importExportCode.isBlank())) {
      checks.add("importExportCode", "usedcar.import-export-code-needed");
    }
    if (establishedOn != null && establishedOn.isAfter(BusinessTime.today())) {
      checks.add("establishedOn", "usedcar.established-ahead");
    }
    if (termFrom != null && establishedOn != null && termFrom.isBefore(establishedOn)) {
      checks.add("termFrom", "usedcar.term-before-establishment");
    }
    if (termUntil != null && termFrom != null && !termUntil.isAfter(termFrom)) {
      checks.add("termUntil", "usedcar.term-order");
    } else if (termUntil != null && termUntil.isBefore(BusinessTime.today())) {
      checks.add("termUntil", "usedcar.term-ended");
    }
    for (int i = 0; i < branches.size(); i++) {
      branches.get(i).check("branches." + i + ".", checks);
    }
    if (branchCount != null && branchCount != branches.size()) {
      checks.add(
          "branchCount", "usedcar.branch-count", "count", branchCount, "rows", branches.size());
    }
  }

  private static void inRange(cn.autogov.kernel.Checks checks, String field, BigDecimal share) {
    if (share != null && (share.signum() < 0 || share.compareTo(HUNDRED) > 0)) {
      checks.add(field, "usedcar.share-range");
    }
  }

  public String enterpriseName() {
    return enterpriseName;
  }

  public List<BranchRow> branches() {
    return List.copyOf(branches);
  }
}
