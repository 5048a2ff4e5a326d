package cn.autogov.coc.domain;

import cn.autogov.kernel.RefusedException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A certificate front style (合格证正面样式) in the register, known by its sample image's name (ABCD001:
 * the enterprise's 合格证企业代码 and a sequence number), with its period: from its approval (§三) or its
 * switch-over date (§四) until the day before the style that replaces it starts.
 */
@Entity
@Table(name = "coc_front_style")
@NamedQuery(
    name = "FrontStyle.ofEnterprise",
    query =
        "SELECT s FROM FrontStyle s WHERE s.enterpriseId = :enterpriseId"
            + " ORDER BY s.validFrom DESC, s.code")
@NamedQuery(name = "FrontStyle.byCode", query = "SELECT s FROM FrontStyle s WHERE s.code = :code")
@NamedQuery(
    name = "FrontStyle.all",
    query = "SELECT s FROM FrontStyle s ORDER BY s.validFrom DESC, s.code")
public class FrontStyle {

  @Id
  @SequenceGenerator(
      name = "coc_front_style_seq",
      sequenceName = "coc_front_style_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "coc_front_style_seq")
  private Long id;

  @Version private long version;

  @Column(name = "enterprise_id", nullable = false, updatable = false)
  private Long enterpriseId;

  @Column(name = "code", length = 20, nullable = false, updatable = false, unique = true)
  private String code;

  /** The filing that registered it; its materials hold the description and the sample image. */
  @Column(name = "filing_id", nullable = false, updatable = false)
  private Long filingId;

  @Column(name = "filing_number", length = 30, nullable = false, updatable = false)
  private String filingNumber;

  @Column(name = "style_scope", length = 500, updatable = false)
  private String scope;

  @Column(name = "valid_from", nullable = false, updatable = false)
  private LocalDate validFrom;

  @Column(name = "valid_to")
  private LocalDate validTo;

  @Column(name = "replaced_by", length = 20)
  private String replacedBy;

  protected FrontStyle() {}

  /** The style's code from its sample image's file name: ABCD001.jpg → ABCD001. */
  public static String codeOf(String sampleFileName) {
    if (sampleFileName == null) {
      return null;
    }
    int dot = sampleFileName.lastIndexOf('.');
    return (dot < 0 ? sampleFileName : sampleFileName.substring(0, dot)).toUpperCase(Locale.ROOT);
  }

  public static FrontStyle registered(
      Long enterpriseId,
      String code,
      Long filingId,
      String filingNumber,
      String scope,
      LocalDate validFrom) {
    var s = new FrontStyle();
    s.enterpriseId = enterpriseId;
    s.code = code;
    s.filingId = filingId;
    s.filingNumber = filingNumber;
    s.scope = scope;
    s.validFrom = validFrom;
    return s;
  }

  /** Whether the style is in use on the day (started, not ended). */
  public boolean currentOn(LocalDate day) {
    return !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
  }

  /** Whether a later style can still replace it (it has not been replaced). */
  public boolean replaceable() {
    return replacedBy == null;
  }

  /** Replaced by {@code next} from {@code switchOver}: this style's last day is the day before. */
  public void replacedBy(String next, LocalDate switchOver) {
    if (!replaceable()) {
      throw new RefusedException("coc.style-replaced", "code", code, "by", replacedBy);
    }
    LocalDate last = switchOver.minusDays(1);
    validTo = last.isBefore(validFrom) ? validFrom : last;
    replacedBy = next;
  }

  public Long getId() {
    return id;
  }

  public Long getEnterpriseId() {
    return enterpriseId;
  }

  public String getCode() {
    return code;
  }

  public Long getFilingId() {
    return filingId;
  }

  public String getFilingNumber() {
    return filingNumber;
  }

  public String getScope() {
    return scope;
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public LocalDate getValidTo() {
    return validTo;
  }

  public String getReplacedBy() {
    return replacedBy;
  }
}
