package cn.autogov.enterprise.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A code an enterprise was known by before its current one (企业代码变更: the 13-digit code an older
 * e-key carried, replaced by the unified social credit code), with what replaced it, when and by
 * which application. Searches by the old code still find the enterprise.
 */
@Entity
@Table(name = "enterprise_former_code")
@IdClass(EnterpriseFormerCode.Key.class)
@NamedQuery(
    name = "EnterpriseFormerCode.byCode",
    query = "SELECT c.enterpriseId FROM EnterpriseFormerCode c WHERE c.code = :code")
@NamedQuery(
    name = "EnterpriseFormerCode.ofEnterprise",
    query =
        "SELECT c FROM EnterpriseFormerCode c WHERE c.enterpriseId = :enterprise"
            + " ORDER BY c.replacedAt")
public class EnterpriseFormerCode {

  @Id
  @Column(name = "enterprise_id", nullable = false, updatable = false)
  private Long enterpriseId;

  @Id
  @Column(nullable = false, updatable = false, length = 18)
  private String code;

  @Column(name = "replaced_by", nullable = false, updatable = false, length = 18)
  private String replacedBy;

  @Column(name = "replaced_at", nullable = false, updatable = false)
  private LocalDateTime replacedAt;

  @Column(updatable = false, length = 40)
  private String reference;

  protected EnterpriseFormerCode() {}

  public static EnterpriseFormerCode of(
      Long enterpriseId, String code, String replacedBy, LocalDateTime at, String reference) {
    var c = new EnterpriseFormerCode();
    c.enterpriseId = enterpriseId;
    c.code = code;
    c.replacedBy = replacedBy;
    c.replacedAt = at;
    c.reference = reference;
    return c;
  }

  public String getCode() {
    return code;
  }

  public String getReplacedBy() {
    return replacedBy;
  }

  public LocalDateTime getReplacedAt() {
    return replacedAt;
  }

  public String getReference() {
    return reference;
  }

  /** The composite key: the enterprise and the code. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    private Long enterpriseId;
    private String code;

    public Key() {}

    public Key(Long enterpriseId, String code) {
      this.enterpriseId = enterpriseId;
      this.code = code;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(enterpriseId, k.enterpriseId)
          && Objects.equals(code, k.code);
    }

    @Override
    public int hashCode() {
      return Objects.hash(enterpriseId, code);
    }
  }
}
