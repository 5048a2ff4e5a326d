package cn.autogov.enterprise.domain;

import cn.autogov.access.Actor;
import cn.autogov.kernel.identifier.CreditCode;
import cn.autogov.kernel.identifier.CreditCodeConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/**
 * An enterprise known to the platform, with its one legal-person account (unique per credit code).
 * A sub-enterprise (子企业, seed 000 §六) has a parent and an account of its own; the parent sees its
 * children. The region is the registration division embedded in the credit code (positions 3–8),
 * which decides which regional authority sees the enterprise.
 */
@Entity
@Table(name = "enterprise")
@NamedQuery(
    name = "Enterprise.byCreditCode",
    query = "SELECT e FROM Enterprise e WHERE e.creditCode = :creditCode")
@NamedQuery(
    name = "Enterprise.idByCreditCode",
    query = "SELECT e.id FROM Enterprise e WHERE e.creditCode = :creditCode")
@NamedQuery(
    name = "Enterprise.children",
    query = "SELECT e FROM Enterprise e WHERE e.parentId = :parentId ORDER BY e.name")
@NamedQuery(
    name = "Enterprise.inRegion",
    query =
        "SELECT e FROM Enterprise e WHERE e.regionCode LIKE :prefix ORDER BY e.regionCode, e.name")
@NamedQuery(name = "Enterprise.all", query = "SELECT e FROM Enterprise e ORDER BY e.name")
@NamedQuery(
    name = "Enterprise.countWithCertificateCode",
    query = "SELECT COUNT(e) FROM Enterprise e WHERE e.certificateCode = :code")
public class Enterprise {

  @Id
  @SequenceGenerator(name = "enterprise_seq", sequenceName = "enterprise_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "enterprise_seq")
  private Long id;

  /**
   * Null for a used-car business registered by its licence number before it had one (seed 003); set
   * once by {@link #adoptCreditCode} (企业代码变更), never changed after.
   */
  @Column(name = "credit_code", length = 18)
  @Convert(converter = CreditCodeConverter.class)
  private CreditCode creditCode;

  @Column(nullable = false, length = 200)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "enterprise_type", nullable = false, length = 40)
  private EnterpriseType enterpriseType;

  @Enumerated(EnumType.STRING)
  @Column(name = "legal_person_type", nullable = false, length = 40)
  private LegalPersonType legalPersonType;

  @Column(name = "legal_representative", length = 100)
  private String legalRepresentative;

  @Column(name = "region_code", nullable = false, length = 6)
  private String regionCode;

  @Column(length = 300)
  private String address;

  /** 生产地址 (seed 000): where a vehicle manufacturer produces. */
  @Column(name = "production_address", length = 300)
  private String productionAddress;

  @Column(name = "parent_id")
  private Long parentId;

  @Column(name = "account_id", nullable = false)
  private Long accountId;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  /** 合格证企业代码: set for an enterprise of the certificate business only (seed 000). */
  @Column(name = "certificate_code", length = 4)
  private String certificateCode;

  @Version private long version;

  protected Enterprise() {}

  public static Enterprise register(
      CreditCode creditCode,
      String name,
      EnterpriseType type,
      LegalPersonType legalPersonType,
      String legalRepresentative,
      String address,
      Long accountId,
      LocalDateTime now) {
    var e = new Enterprise();
    e.creditCode = creditCode;
    e.name = name;
    e.enterpriseType = type;
    e.legalPersonType = legalPersonType;
    e.legalRepresentative = legalRepresentative;
    e.address = address;
    e.regionCode = regionOf(creditCode);
    e.accountId = accountId;
    e.createdAt = now;
    return e;
  }

  /**
   * An enterprise that registered itself on the portal (a used-car business, seed 003 §2.1.2): its
   * division is that of its 住所 as picked, not the credit code's (which it may not have).
   */
  public static Enterprise registerOwn(
      CreditCode creditCode,
      String name,
      String regionCode,
      String address,
      Long accountId,
      LocalDateTime now) {
    var e = new Enterprise();
    e.creditCode = creditCode;
    e.name = name;
    e.enterpriseType = EnterpriseType.ENTERPRISE;
    e.legalPersonType = LegalPersonType.CORPORATE;
    e.address = address;
    e.regionCode = regionCode;
    e.accountId = accountId;
    e.createdAt = now;
    return e;
  }

  /** A sub-enterprise under this one (its own account; same type as the parent unless given). */
  public Enterprise subEnterprise(
      CreditCode code, String subName, String address, Long subAccountId, LocalDateTime now) {
    if (parentId != null) {
      throw new IllegalStateException("a sub-enterprise has no sub-enterprises of its own");
    }
    Enterprise sub =
        register(
            code,
            subName,
            enterpriseType,
            legalPersonType,
            legalRepresentative,
            address,
            subAccountId,
            now);
    sub.parentId = id;
    return sub;
  }

  /**
   * The enterprise takes part in the certificate business under its 合格证企业代码 (four capital letters).
   */
  public void joinCertificateBusiness(String code) {
    if (code == null || !code.matches("[A-Z]{4}")) {
      throw new IllegalArgumentException("a certificate code is four capital letters: " + code);
    }
    this.certificateCode = code;
  }

  /** Whether the enterprise takes part in the certificate business (合格证业务). */
  public boolean inCertificateBusiness() {
    return certificateCode != null;
  }

  public String getCertificateCode() {
    return certificateCode;
  }

  /** 联系地址: the enterprise's contact address, changed by its legal person or an agent. */
  public void changeAddress(String newAddress) {
    this.address = newAddress;
  }

  /**
   * 企业信息变更 (seed 000 §二), on the certification centre's approval: name, legal representative,
   * registered and production address. The credit code never changes.
   */
  public void applyInfoChange(
      String newName, String newLegalRepresentative, String newAddress, String newProduction) {
    this.name = newName;
    this.legalRepresentative = newLegalRepresentative;
    this.address = newAddress;
    this.productionAddress = newProduction;
  }

  public String getProductionAddress() {
    return productionAddress;
  }

  /** The enterprise of a checked, normalised credit code (one a reviewer may still confirm). */
  public static java.util.Optional<Enterprise> withCreditCode(
      jakarta.persistence.EntityManager em, String creditCode) {
    return em.createNamedQuery("Enterprise.byCreditCode", Enterprise.class)
        .setParameter("creditCode", CreditCode.reviewed(creditCode))
        .getResultStream()
        .findFirst();
  }

  /**
   * 企业代码变更: the enterprise takes the credit code its new e-key certificate carries. One without a
   * code takes it; one with that code keeps it; another code is refused (the register is not
   * rewritten by an e-key application).
   */
  public void adoptCreditCode(CreditCode code) {
    if (creditCode == null) {
      creditCode = code;
    } else if (!creditCode.equals(code)) {
      throw new cn.autogov.kernel.RefusedException(
          "ekey.code-not-registered", "code", code.value(), "registered", creditCode.value());
    }
  }

  /** The registration division in positions 3–8 of the credit code. */
  public static String regionOf(CreditCode code) {
    return code.value().substring(2, 8);
  }

  /** Whether the caller may see this enterprise's data (its data scope). */
  public boolean visibleTo(Actor actor) {
    return actor.canSee(id, parentId, regionCode);
  }

  public Long getId() {
    return id;
  }

  public CreditCode getCreditCode() {
    return creditCode;
  }

  public String getName() {
    return name;
  }

  public EnterpriseType getEnterpriseType() {
    return enterpriseType;
  }

  public LegalPersonType getLegalPersonType() {
    return legalPersonType;
  }

  public String getLegalRepresentative() {
    return legalRepresentative;
  }

  public String getRegionCode() {
    return regionCode;
  }

  public String getAddress() {
    return address;
  }

  public Long getParentId() {
    return parentId;
  }

  public Long getAccountId() {
    return accountId;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }
}
