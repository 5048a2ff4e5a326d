package cn.autogov.coc.domain;

import cn.autogov.kernel.RefusedException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * 系统开通: a tax-linked system opened for a manufacturer by an approved filing (seed 000 §九–§十一),
 * known by the filing's number. The centre's approval makes it 待开通; the tax system then confirms it
 * opened (已开通) or refused (开通失败, with its reason) — a refused opening may still be opened later; an
 * opened one stays opened.
 */
@Entity
@Table(name = "coc_system_opening")
@NamedQuery(
    name = "SystemOpening.byNumber",
    query = "SELECT o FROM SystemOpening o WHERE o.number = :number")
@NamedQuery(
    name = "SystemOpening.ofEnterprise",
    query = "SELECT o FROM SystemOpening o WHERE o.enterpriseId = :enterpriseId ORDER BY o.id DESC")
@NamedQuery(
    name = "SystemOpening.approvedSince",
    query =
        "SELECT o FROM SystemOpening o WHERE o.approvedAt > :since"
            + " OR (o.approvedAt = :since AND o.number > :after)"
            + " ORDER BY o.approvedAt, o.number")
@NamedQuery(name = "SystemOpening.all", query = "SELECT o FROM SystemOpening o ORDER BY o.id DESC")
@NamedQuery(
    name = "SystemOpening.withStatus",
    query = "SELECT o FROM SystemOpening o WHERE o.status = :status ORDER BY o.id DESC")
public class SystemOpening {

  /** The longest refusal reason a tax system gives. */
  public static final int REASON_MAX = 500;

  @Id
  @SequenceGenerator(
      name = "coc_system_opening_seq",
      sequenceName = "coc_system_opening_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "coc_system_opening_seq")
  private Long id;

  @Version private long version;

  @Column(name = "number", length = 30, nullable = false, updatable = false, unique = true)
  private String number;

  @Column(name = "filing_id", nullable = false, updatable = false)
  private Long filingId;

  @Enumerated(EnumType.STRING)
  @Column(name = "system_code", length = 20, nullable = false, updatable = false)
  private TaxSystem system;

  @Column(name = "enterprise_id", nullable = false, updatable = false)
  private Long enterpriseId;

  @Column(name = "credit_code", length = 18, nullable = false, updatable = false)
  private String creditCode;

  @Column(name = "enterprise_name", length = 200, nullable = false, updatable = false)
  private String enterpriseName;

  @Column(name = "contact_person", length = 50, updatable = false)
  private String contactPerson;

  @Column(name = "contact_mobile", length = 20, updatable = false)
  private String contactMobile;

  @Column(name = "tax_office", length = 200, updatable = false)
  private String taxOffice;

  @ElementCollection
  @CollectionTable(
      name = "coc_system_opening_plant",
      joinColumns = @JoinColumn(name = "opening_id"))
  @OrderColumn(name = "row_no")
  private List<OpeningPlant> plants = new ArrayList<>();

  @Column(name = "approved_at", nullable = false, updatable = false)
  private LocalDateTime approvedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", length = 10, nullable = false)
  private OpeningStatus status;

  @Column(name = "confirmed_at")
  private LocalDateTime confirmedAt;

  /** The tax system's client that confirmed it. */
  @Column(name = "confirmed_by", length = 64)
  private String confirmedBy;

  @Column(name = "refusal_reason", length = REASON_MAX)
  private String refusalReason;

  protected SystemOpening() {}

  /** Approved by the centre: 待开通 until the tax side confirms. */
  public static SystemOpening approved(
      TaxSystem system,
      Long filingId,
      String number,
      Long enterpriseId,
      String creditCode,
      String enterpriseName,
      OpeningForm form,
      List<OpeningPlant> plants,
      LocalDateTime now) {
    var o = new SystemOpening();
    o.system = system;
    o.filingId = filingId;
    o.number = number;
    o.enterpriseId = enterpriseId;
    o.creditCode = creditCode;
    o.enterpriseName = enterpriseName;
    o.contactPerson = form.contactPerson();
    o.contactMobile = form.contactMobile();
    o.taxOffice = form.taxOffice();
    o.plants.addAll(plants);
    o.approvedAt = now;
    o.status = OpeningStatus.AWAITING;
    return o;
  }

  /**
   * The tax system's word: opened, or refused with its reason. Saying again what it said is no
   * change (false); an opened system is not refused afterwards.
   */
  public boolean confirm(boolean opened, String reason, String client, LocalDateTime now) {
    String why = reason == null ? "" : reason.strip();
    if (!opened && why.isEmpty()) {
      throw new RefusedException("exchange.opening-reason-needed", "number", number);
    }
    if (why.length() > REASON_MAX) {
      throw new RefusedException("exchange.opening-reason-long", "max", REASON_MAX);
    }
    OpeningStatus to = opened ? OpeningStatus.OPENED : OpeningStatus.REFUSED;
    if (status == OpeningStatus.OPENED && !opened) {
      throw new RefusedException("exchange.conflict.opening-opened", "number", number);
    }
    if (status == to && (opened || why.equals(refusalReason))) {
      return false;
    }
    status = to;
    refusalReason = opened ? null : why;
    confirmedAt = now;
    confirmedBy = client;
    return true;
  }

  public Long getId() {
    return id;
  }

  public String getNumber() {
    return number;
  }

  public Long getFilingId() {
    return filingId;
  }

  public TaxSystem getSystem() {
    return system;
  }

  public Long getEnterpriseId() {
    return enterpriseId;
  }

  public String getCreditCode() {
    return creditCode;
  }

  public String getEnterpriseName() {
    return enterpriseName;
  }

  public String getContactPerson() {
    return contactPerson;
  }

  public String getContactMobile() {
    return contactMobile;
  }

  public String getTaxOffice() {
    return taxOffice;
  }

  public List<OpeningPlant> getPlants() {
    return List.copyOf(plants);
  }

  public LocalDateTime getApprovedAt() {
    return approvedAt;
  }

  public OpeningStatus getStatus() {
    return status;
  }

  public LocalDateTime getConfirmedAt() {
    return confirmedAt;
  }

  public String getConfirmedBy() {
    return confirmedBy;
  }

  public String getRefusalReason() {
    return refusalReason;
  }
}
