package cn.autogov.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** An administrative division: province (level 1), city (2) or county (3), with its parent. */
@Entity
@Table(name = "region")
@NamedQuery(
    name = "Region.provinces",
    query = "SELECT r FROM Region r WHERE r.level = 1 ORDER BY r.code")
@NamedQuery(
    name = "Region.children",
    query = "SELECT r FROM Region r WHERE r.parentCode = :parent ORDER BY r.code")
public class Region {

  @Id
  @Column(length = 6)
  private String code;

  @Column(name = "name_zh", nullable = false)
  private String nameZh;

  @Column(name = "name_en", nullable = false)
  private String nameEn;

  @Column(nullable = false)
  private short level;

  @Column(name = "parent_code", length = 6)
  private String parentCode;

  @Column(name = "statistical_only", nullable = false)
  private boolean statisticalOnly;

  protected Region() {}

  public String getCode() {
    return code;
  }

  public String getNameZh() {
    return nameZh;
  }

  public String getNameEn() {
    return nameEn;
  }

  public int getLevel() {
    return level;
  }

  public String getParentCode() {
    return parentCode;
  }

  /** An NBS functional zone (county part 71-79), not a GB/T 2260 code. */
  public boolean isStatisticalOnly() {
    return statisticalOnly;
  }
}
