package cn.autogov.filing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/**
 * 申请人: who a filing is for — the enterprise — and its name and division as they were when it was
 * filed (the reviewers' queues filter on the division and show the name).
 */
@Embeddable
public class Applicant implements Serializable {

  private static final long serialVersionUID = 1L;

  @Column(name = "enterprise_id", nullable = false, updatable = false)
  private Long enterpriseId;

  @Column(name = "applicant_name", length = 200)
  private String name;

  @Column(name = "region_code", length = 6)
  private String regionCode;

  protected Applicant() {}

  static Applicant enterprise(Long id) {
    var a = new Applicant();
    a.enterpriseId = id;
    return a;
  }

  void describe(String name, String regionCode) {
    this.name = name;
    this.regionCode = regionCode;
  }

  public Long getEnterpriseId() {
    return enterpriseId;
  }

  public String getName() {
    return name;
  }

  public String getRegionCode() {
    return regionCode;
  }
}
