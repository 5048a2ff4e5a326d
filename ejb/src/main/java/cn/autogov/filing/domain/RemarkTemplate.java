package cn.autogov.filing.domain;

import cn.autogov.access.Role;
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

/**
 * A reusable review remark (e.g. "营业执照副本影像不清晰，请重新上传"): a reviewer's own, or shared with every
 * reviewer of the same role.
 */
@Entity
@Table(name = "remark_template")
@NamedQuery(
    name = "RemarkTemplate.visibleTo",
    query =
        "SELECT t FROM RemarkTemplate t WHERE t.role = :role AND (t.shared = TRUE OR t.owner ="
            + " :owner) ORDER BY t.shared DESC, t.id")
public class RemarkTemplate {

  @Id
  @SequenceGenerator(
      name = "remark_template_seq",
      sequenceName = "remark_template_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "remark_template_seq")
  private Long id;

  @Column(nullable = false, updatable = false, length = 64)
  private String owner;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 30)
  private Role role;

  @Column(nullable = false)
  private boolean shared;

  @Column(name = "remark_text", nullable = false, length = 500)
  private String text;

  @Column(name = "created_at", nullable = false, updatable = false)
  private LocalDateTime createdAt;

  protected RemarkTemplate() {}

  public static RemarkTemplate of(
      String owner, Role role, boolean shared, String text, LocalDateTime now) {
    var t = new RemarkTemplate();
    t.owner = owner;
    t.role = role;
    t.shared = shared;
    t.text = text;
    t.createdAt = now;
    return t;
  }

  public Long getId() {
    return id;
  }

  public String getOwner() {
    return owner;
  }

  public Role getRole() {
    return role;
  }

  public boolean isShared() {
    return shared;
  }

  public String getText() {
    return text;
  }
}
