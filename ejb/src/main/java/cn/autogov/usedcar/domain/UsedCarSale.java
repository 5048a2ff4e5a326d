package cn.autogov.usedcar.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One vehicle's sale as a used-car business recorded it (二手车销售基本情况, seed 003 §2.4.1): buyer, seller
 * and agent, the vehicle, the transaction; when and by whom it was entered (报表时间), and from which
 * import, if any. Its fingerprint tells the same sale entered again from another sale of the same
 * vehicle on the same day (a duplicate, refused).
 */
@Entity
@Table(name = "uc_sale")
public class UsedCarSale {

  @Id
  @SequenceGenerator(name = "uc_sale_seq", sequenceName = "uc_sale_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "uc_sale_seq")
  private Long id;

  @Column(name = "enterprise_id", nullable = false, updatable = false)
  private Long enterpriseId;

  @Column(name = "entered_on", nullable = false)
  private LocalDate enteredOn;

  @Column(name = "entered_at", nullable = false)
  private LocalDateTime enteredAt;

  @Column(name = "entered_by", nullable = false, length = 64)
  private String enteredBy;

  @Column(name = "import_id", updatable = false)
  private Long importId;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "kind", column = @Column(name = "buyer_kind")),
    @AttributeOverride(name = "name", column = @Column(name = "buyer_name")),
    @AttributeOverride(name = "idNumber", column = @Column(name = "buyer_id_number")),
    @AttributeOverride(name = "address", column = @Column(name = "buyer_address")),
    @AttributeOverride(name = "mobile", column = @Column(name = "buyer_mobile"))
  })
  private SaleParty buyer;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "kind", column = @Column(name = "seller_kind")),
    @AttributeOverride(name = "name", column = @Column(name = "seller_name")),
    @AttributeOverride(name = "idNumber", column = @Column(name = "seller_id_number")),
    @AttributeOverride(name = "address", column = @Column(name = "seller_address")),
    @AttributeOverride(name = "mobile", column = @Column(name = "seller_mobile"))
  })
  private SaleParty seller;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "kind", column = @Column(name = "agent_kind")),
    @AttributeOverride(name = "name", column = @Column(name = "agent_name")),
    @AttributeOverride(name = "idNumber", column = @Column(name = "agent_id_number")),
    @AttributeOverride(name = "address", column = @Column(name = "agent_address")),
    @AttributeOverride(name = "mobile", column = @Column(name = "agent_mobile"))
  })
  private SaleParty agent;

  @Column(name = "plate_number", nullable = false, length = 10)
  private String plateNumber;

  @Column(name = "registration_number", nullable = false, length = 20)
  private String registrationNumber;

  @Column(nullable = false, length = 17)
  private String vin;

  @Column(name = "brand_model", nullable = false, length = 100)
  private String brandModel;

  @Enumerated(EnumType.STRING)
  @Column(name = "vehicle_class", nullable = false, length = 20)
  private VehicleClass vehicleClass;

  @Column(name = "transfer_office", nullable = false, length = 100)
  private String transferOffice;

  @Column(nullable = false, precision = 14, scale = 2)
  private BigDecimal price;

  @Column(name = "dealing_unit", nullable = false, length = 200)
  private String dealingUnit;

  @Column(name = "sold_on", nullable = false)
  private LocalDate soldOn;

  @Column(nullable = false, length = 64)
  private String fingerprint;

  @Version private long version;

  protected UsedCarSale() {}

  /** A sale entered by hand now. */
  public static UsedCarSale entered(Long enterpriseId, Sale sale, String by, LocalDateTime now) {
    var s = new UsedCarSale();
    s.enterpriseId = enterpriseId;
    s.enteredOn = now.toLocalDate();
    s.enteredAt = now;
    s.enteredBy = by;
    s.apply(sale);
    return s;
  }

  /** 编辑: the new values; the entry date stays. */
  public void correct(Sale sale) {
    apply(sale);
  }

  private void apply(Sale sale) {
    buyer = sale.buyer();
    seller = sale.seller();
    agent = sale.agent();
    plateNumber = sale.plateNumber();
    registrationNumber = sale.registrationNumber();
    vin = sale.vin();
    brandModel = sale.brandModel();
    vehicleClass = sale.vehicleClass();
    transferOffice = sale.transferOffice();
    price = sale.price();
    dealingUnit = sale.dealingUnit();
    soldOn = sale.soldOn();
    fingerprint = sale.fingerprint();
  }

  /** What it records, as checked. */
  public Sale sale() {
    return new Sale(
        buyer,
        seller,
        agent == null || agent.kind() == null ? null : agent,
        plateNumber,
        registrationNumber,
        vin,
        brandModel,
        vehicleClass,
        transferOffice,
        price,
        dealingUnit,
        soldOn);
  }

  public Long getId() {
    return id;
  }

  public Long getEnterpriseId() {
    return enterpriseId;
  }

  public LocalDate getEnteredOn() {
    return enteredOn;
  }

  public Long getImportId() {
    return importId;
  }

  public String getFingerprint() {
    return fingerprint;
  }

  public long getVersion() {
    return version;
  }
}
