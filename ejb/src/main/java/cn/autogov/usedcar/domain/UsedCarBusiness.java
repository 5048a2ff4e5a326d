package cn.autogov.usedcar.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A used-car business as it registered itself (seed 003 §2.1.2), beside its enterprise: the codes
 * it had before the credit code (when it has none), the kinds it sells new cars as and does
 * used-car business as, its 住所 (the division picked and the street), and who filled it in. Name,
 * codes and kinds are never changed here: a change goes through a filing.
 */
@Entity
@Table(name = "uc_business")
@NamedQuery(
    name = "UsedCarBusiness.countWithLicence",
    query = "SELECT COUNT(b) FROM UsedCarBusiness b WHERE b.licenceNumber = :licence")
public class UsedCarBusiness {

  @Id
  @Column(name = "enterprise_id")
  private Long enterpriseId;

  @Column(name = "licence_number", length = 15, updatable = false)
  private String licenceNumber;

  @Column(name = "org_code", length = 10, updatable = false)
  private String orgCode;

  @Column(name = "tax_number", length = 20, updatable = false)
  private String taxNumber;

  @Column(name = "seller_kinds", length = 100, updatable = false)
  private String sellerKinds;

  @Column(name = "business_kinds", nullable = false, length = 100, updatable = false)
  private String businessKinds;

  @Column(name = "domicile_region", nullable = false, length = 6)
  private String domicileRegion;

  @Column(name = "domicile_street", nullable = false, length = 200)
  private String domicileStreet;

  @Column(name = "filler_name", nullable = false, length = 50)
  private String fillerName;

  @Column(name = "filler_mobile", nullable = false, length = 11)
  private String fillerMobile;

  @Column(name = "registered_at", nullable = false)
  private LocalDateTime registeredAt;

  protected UsedCarBusiness() {}

  /** What a registration states, for the enterprise registered with it. */
  public static UsedCarBusiness of(Long enterpriseId, UsedCarRegistration r, LocalDateTime now) {
    var b = new UsedCarBusiness();
    b.enterpriseId = enterpriseId;
    if (!r.hasCreditCode()) {
      b.licenceNumber = r.licenceNumber();
      b.orgCode = r.orgCode();
      b.taxNumber = r.taxNumber();
    }
    b.sellerKinds =
        r.sellerKinds().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    b.businessKinds = BusinessKind.join(r.businessKinds());
    b.domicileRegion = r.county();
    b.domicileStreet = r.street();
    b.fillerName = r.fillerName();
    b.fillerMobile = r.fillerMobile();
    b.registeredAt = now;
    return b;
  }

  public Long getEnterpriseId() {
    return enterpriseId;
  }

  public String getLicenceNumber() {
    return licenceNumber;
  }

  public String getOrgCode() {
    return orgCode;
  }

  public String getTaxNumber() {
    return taxNumber;
  }

  public Set<CarSellerKind> sellerKinds() {
    Set<CarSellerKind> kinds = EnumSet.noneOf(CarSellerKind.class);
    if (sellerKinds != null && !sellerKinds.isBlank()) {
      for (String k : sellerKinds.split(",")) {
        kinds.add(CarSellerKind.valueOf(k));
      }
    }
    return kinds;
  }

  public Set<BusinessKind> businessKinds() {
    return BusinessKind.split(businessKinds);
  }

  public String getDomicileRegion() {
    return domicileRegion;
  }

  public String getDomicileStreet() {
    return domicileStreet;
  }

  public String getFillerName() {
    return fillerName;
  }

  public String getFillerMobile() {
    return fillerMobile;
  }

  public LocalDateTime getRegisteredAt() {
    return registeredAt;
  }
}
