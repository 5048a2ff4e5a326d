package cn.autogov.ekey.domain;

import cn.autogov.kernel.RefusedException;
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
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/**
 * One e-key of an enterprise, known by its 登录系统用户名 (unique among all keys ever issued: a 补办 keeps
 * the name, a 增办 takes a new one). It is in use from its first certificate until 注销; a 补办, 更新 or
 * 企业代码变更 gives it a new certificate in place of the one before; a 解锁 is counted.
 */
@Entity
@Table(name = "ekey")
@NamedQuery(name = "Ekey.byUserName", query = "SELECT k FROM Ekey k WHERE k.userName = :name")
@NamedQuery(
    name = "Ekey.withCode",
    query = "SELECT k FROM Ekey k WHERE k.code = :code OR k.formerCode = :code ORDER BY k.userName")
@NamedQuery(
    name = "Ekey.ofEnterprise",
    query = "SELECT k FROM Ekey k WHERE k.enterpriseId = :enterprise ORDER BY k.userName")
public class Ekey {

  /** In use, or 注销 (its certificate revoked, never to be issued again). */
  public enum Status {
    IN_USE,
    REVOKED
  }

  @Id
  @SequenceGenerator(name = "ekey_seq", sequenceName = "ekey_seq", allocationSize = 20)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ekey_seq")
  private Long id;

  @Column(name = "enterprise_id", nullable = false, updatable = false)
  private Long enterpriseId;

  @Column(name = "user_name", nullable = false, updatable = false, length = 8)
  private String userName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Status status;

  /** The code its certificate carries: the credit code, or the 13-digit code before a change. */
  @Column(name = "code", nullable = false, length = 18)
  private String code;

  /** The code before 企业代码变更, kept to be found by. */
  @Column(name = "former_code", length = 18)
  private String formerCode;

  @Column(name = "current_serial", length = 40)
  private String currentSerial;

  @Column(name = "issued_at", nullable = false)
  private LocalDateTime issuedAt;

  @Column(name = "unlock_count", nullable = false)
  private int unlockCount;

  @Column(name = "unlocked_at")
  private LocalDateTime unlockedAt;

  @Column(name = "revoked_at")
  private LocalDateTime revokedAt;

  @Version private long version;

  protected Ekey() {}

  /** A new key (首次申领, 增办), issued its first certificate. */
  public static Ekey issue(
      Long enterpriseId, String userName, String code, String serial, LocalDateTime now) {
    var k = new Ekey();
    k.enterpriseId = enterpriseId;
    k.userName = userName;
    k.code = code;
    k.status = Status.IN_USE;
    k.currentSerial = serial;
    k.issuedAt = now;
    return k;
  }

  /**
   * A new certificate in place of the current one (补办, 更新, 企业代码变更: with the new code); returns the
   * serial it replaces, to be revoked.
   */
  public String reissue(String serial, String newCode, LocalDateTime now) {
    requireInUse();
    String before = currentSerial;
    if (newCode != null && !newCode.equals(code)) {
      formerCode = code;
      code = newCode;
    }
    currentSerial = serial;
    issuedAt = now;
    return before;
  }

  /** 解锁: the provider unlocked the token. */
  public void unlock(LocalDateTime now) {
    requireInUse();
    unlockCount++;
    unlockedAt = now;
  }

  /** 注销: returns the serial to revoke. */
  public String revoke(LocalDateTime now) {
    requireInUse();
    status = Status.REVOKED;
    revokedAt = now;
    return currentSerial;
  }

  private void requireInUse() {
    if (status != Status.IN_USE) {
      throw new RefusedException("ekey.revoked", "userName", userName);
    }
  }

  public boolean inUse() {
    return status == Status.IN_USE;
  }

  public Long getId() {
    return id;
  }

  public Long getEnterpriseId() {
    return enterpriseId;
  }

  public String getUserName() {
    return userName;
  }

  public Status getStatus() {
    return status;
  }

  public String getCode() {
    return code;
  }

  public String getFormerCode() {
    return formerCode;
  }

  public String getCurrentSerial() {
    return currentSerial;
  }

  public LocalDateTime getIssuedAt() {
    return issuedAt;
  }

  public int getUnlockCount() {
    return unlockCount;
  }

  public LocalDateTime getUnlockedAt() {
    return unlockedAt;
  }

  public LocalDateTime getRevokedAt() {
    return revokedAt;
  }
}
