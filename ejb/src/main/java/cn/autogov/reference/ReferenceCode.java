package cn.autogov.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One entry of a code list (category + code), e.g. use_nature A 非营运. Retired entries stay,
 * inactive.
 */
@Entity
@Table(name = "reference_code")
@NamedQuery(
    name = "ReferenceCode.active",
    query =
        "SELECT c FROM ReferenceCode c WHERE c.category = :category AND c.active = TRUE"
            + " ORDER BY c.sortOrder, c.code")
@NamedQuery(
    name = "ReferenceCode.find",
    query = "SELECT c FROM ReferenceCode c WHERE c.category = :category AND c.code = :code")
@NamedQuery(
    name = "ReferenceCode.categories",
    query = "SELECT DISTINCT c.category FROM ReferenceCode c ORDER BY c.category")
public class ReferenceCode {

  @Id
  @SequenceGenerator(
      name = "reference_code_seq",
      sequenceName = "reference_code_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reference_code_seq")
  private Long id;

  @Column(nullable = false, length = 40)
  private String category;

  @Column(nullable = false, length = 20)
  private String code;

  @Column(name = "name_zh", nullable = false, length = 100)
  private String nameZh;

  @Column(name = "name_en", nullable = false, length = 100)
  private String nameEn;

  @Column(length = 40)
  private String extra;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  @Column(nullable = false)
  private boolean active = true;

  @Version private long version;

  protected ReferenceCode() {}

  public ReferenceCode(String category, String code, String nameZh, String nameEn, int sortOrder) {
    this.category = category;
    this.code = code;
    this.nameZh = nameZh;
    this.nameEn = nameEn;
    this.sortOrder = sortOrder;
  }

  public void rename(String nameZh, String nameEn) {
    this.nameZh = nameZh;
    this.nameEn = nameEn;
  }

  public void retire() {
    this.active = false;
  }

  public String getCategory() {
    return category;
  }

  public String getCode() {
    return code;
  }

  public String getNameZh() {
    return nameZh;
  }

  public String getNameEn() {
    return nameEn;
  }

  public String getExtra() {
    return extra;
  }

  public boolean isActive() {
    return active;
  }
}
