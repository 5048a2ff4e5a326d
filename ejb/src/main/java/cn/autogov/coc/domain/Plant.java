package cn.autogov.coc.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.regex.Pattern;

/**
 * A plant (生产厂) of a manufacturer, as the tax-linked systems know it: added by an approved 配置信息系统开通
 * or 免税图册系统开通, changed by a later 配置信息系统开通 (seed 000 §九, §十). Its code (P01, P02, …) is given by
 * the platform, unique within the enterprise; tax systems name a plant by the enterprise's credit
 * code and this code.
 */
@Entity
@Table(name = "coc_plant")
@NamedQuery(
    name = "Plant.ofEnterprise",
    query = "SELECT p FROM Plant p WHERE p.enterpriseId = :enterpriseId ORDER BY p.code")
public class Plant {

  private static final Pattern CODE = Pattern.compile("P\\d{2}");

  /** The most plants an enterprise holds (its codes P01–P99). */
  public static final int MOST = 99;

  @Id
  @SequenceGenerator(name = "coc_plant_seq", sequenceName = "coc_plant_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "coc_plant_seq")
  private Long id;

  @Column(name = "enterprise_id", nullable = false, updatable = false)
  private Long enterpriseId;

  @Column(name = "code", length = 3, nullable = false, updatable = false)
  private String code;

  @Column(name = "name", length = 200, nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "province", length = 2, nullable = false)
  private Province province;

  @Column(name = "address", length = 300)
  private String address;

  /** The filing that added it, then the one that last changed it. */
  @Column(name = "filing_number", length = 30, nullable = false)
  private String filingNumber;

  @Column(name = "changed_at", nullable = false)
  private LocalDateTime changedAt;

  protected Plant() {}

  /** Whether a text has a plant code's form (P01–P99). */
  public static boolean isCode(String s) {
    return s != null && CODE.matcher(s).matches() && !"P00".equals(s);
  }

  /** The code of the enterprise's plant after the one with {@code last} (null: its first). */
  public static String codeAfter(String last) {
    int n = last == null ? 1 : Integer.parseInt(last.substring(1)) + 1;
    if (n > MOST) {
      throw new cn.autogov.kernel.RefusedException("coc.plants-full", "max", MOST);
    }
    return String.format("P%02d", n);
  }

  public static Plant added(
      Long enterpriseId, String code, PlantRow row, String filingNumber, LocalDateTime now) {
    var p = new Plant();
    p.enterpriseId = enterpriseId;
    p.code = code;
    p.change(row, filingNumber, now);
    return p;
  }

  /** The row's data (name, province, address) from now on. */
  public void change(PlantRow row, String filingNumber, LocalDateTime now) {
    name = row.plantName();
    province = row.province();
    if (row.address() != null) {
      address = row.address();
    }
    this.filingNumber = filingNumber;
    changedAt = now;
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

  public String getName() {
    return name;
  }

  public Province getProvince() {
    return province;
  }

  public String getAddress() {
    return address;
  }

  public String getFilingNumber() {
    return filingNumber;
  }

  public LocalDateTime getChangedAt() {
    return changedAt;
  }
}
