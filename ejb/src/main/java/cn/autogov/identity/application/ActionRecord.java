package cn.autogov.identity.application;

import cn.autogov.access.Actor;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One thing a person did, and the enterprise they did it for (never changed once written). */
@Entity
@Table(name = "action_record")
@NamedQuery(
    name = "ActionRecord.ofEnterprise",
    query = "SELECT r FROM ActionRecord r WHERE r.enterpriseId = :enterpriseId ORDER BY r.id DESC")
public class ActionRecord {

  @Id
  @SequenceGenerator(
      name = "action_record_seq",
      sequenceName = "action_record_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "action_record_seq")
  private Long id;

  @Column(name = "acted_at", nullable = false, updatable = false)
  private LocalDateTime actedAt;

  @Column(name = "account_id", nullable = false, updatable = false)
  private Long accountId;

  @Column(name = "login_name", nullable = false, updatable = false, length = 64)
  private String loginName;

  @Column(name = "enterprise_id", updatable = false)
  private Long enterpriseId;

  @Column(nullable = false, updatable = false, length = 60)
  private String action;

  @Column(updatable = false, length = 200)
  private String subject;

  protected ActionRecord() {}

  static ActionRecord of(
      Actor actor, Long enterpriseId, String action, String subject, LocalDateTime now) {
    var r = new ActionRecord();
    r.actedAt = now;
    r.accountId = actor.accountId();
    r.loginName = actor.loginName();
    r.enterpriseId = enterpriseId;
    r.action = action;
    r.subject = subject == null || subject.length() <= 200 ? subject : subject.substring(0, 200);
    return r;
  }

  public LocalDateTime getActedAt() {
    return actedAt;
  }

  public String getLoginName() {
    return loginName;
  }

  public Long getEnterpriseId() {
    return enterpriseId;
  }

  public String getAction() {
    return action;
  }

  public String getSubject() {
    return subject;
  }
}
