package cn.autogov.filing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/**
 * 申请人: who a filing is for — an enterprise, or, for an account's own affairs (实名认证, 账号找回), the
 * account itself — and its name and division as they were when it was filed (the reviewers' queues
 * filter on the division and show the name; an account has no division).
 */
@Embeddable
public class Applicant implements Serializable {

  private static final long serialVersionUID = 1L;

  @Column(name = "enterprise_id", updatable = false)
  private Long enterpriseId;

  @Column(name = "account_id", updatable = false)
  private Long accountId;

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

  static Applicant account(Long id) {
    var a = new Applicant();
    a.accountId = id;
    return a;
  }

  void describe(String name, String regionCode) {
    this.name = name;
    this.regionCode = regionCode;
  }

  public Long getEnterpriseId() {
    return enterpriseId;
  }

  /**
   * An id for a query that matches an enterprise's or an account's filings: never null ({@code =
   * NULL} would become {@code IS NULL} and match every account's filings), -1 for none.
   */
  public static long key(Long id) {
    return id == null ? -1L : id;
  }

  public long enterpriseKey() {
    return key(enterpriseId);
  }

  public long accountKey() {
    return key(accountId);
  }

  /** The account, where the filing is an account's own; else null. */
  public Long getAccountId() {
    return accountId;
  }

  public String getName() {
    return name;
  }

  public String getRegionCode() {
    return regionCode;
  }
}
