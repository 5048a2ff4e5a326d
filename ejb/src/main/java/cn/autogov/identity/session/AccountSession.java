package cn.autogov.identity.session;

import cn.autogov.identity.domain.UserAccount;
import cn.autogov.kernel.Sha256;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Base64;

/**
 * A signed-in session, in the portal or through the API. The random token lives only with the
 * client (in the HTTP session, or as the API's bearer token); the row keeps its SHA-256. A session
 * ends at sign-out, when its owner ends it from another one, after 30 idle minutes, or 12 hours
 * after sign-in.
 */
@Entity
@Table(name = "account_session")
@NamedQuery(
    name = "AccountSession.activeOf",
    query =
        "SELECT s FROM AccountSession s WHERE s.accountId = :accountId AND s.endedAt IS NULL"
            + " AND s.expiresAt > :now AND s.lastSeenAt > :idleSince ORDER BY s.createdAt DESC")
public class AccountSession {

  /** Where a session was opened. */
  public enum SessionChannel {
    WEB,
    API
  }

  private static final SecureRandom RANDOM = new SecureRandom();

  @Id
  @Column(name = "token_hash", length = 64)
  private String tokenHash;

  @Column(name = "account_id", nullable = false, updatable = false)
  private Long accountId;

  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  @Column(nullable = false, length = 10, updatable = false)
  private SessionChannel channel;

  @Column(name = "client_address", nullable = false, length = 64, updatable = false)
  private String clientAddress;

  @Column(name = "user_agent", length = 200, updatable = false)
  private String userAgent;

  @Column(name = "created_at", nullable = false, updatable = false)
  private LocalDateTime createdAt;

  @Column(name = "last_seen_at", nullable = false)
  private LocalDateTime lastSeenAt;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private LocalDateTime expiresAt;

  @Column(name = "ended_at")
  private LocalDateTime endedAt;

  /** The SHA-256 fingerprint of the e-key certificate the session was opened with, if any. */
  @Column(name = "certificate_fingerprint", length = 64, updatable = false)
  private String certificate;

  protected AccountSession() {}

  /** A new session and its token (returned once, to the client). */
  public record Opened(AccountSession session, String token) {}

  public static Opened open(
      UserAccount account,
      SessionChannel channel,
      String clientAddress,
      String userAgent,
      Duration lifetime,
      LocalDateTime now) {
    byte[] b = new byte[32];
    RANDOM.nextBytes(b);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    var s = new AccountSession();
    s.tokenHash = hash(token);
    s.accountId = account.getId();
    s.channel = channel;
    s.clientAddress = clientAddress == null ? "-" : cut(clientAddress, 64);
    s.userAgent = userAgent == null ? null : cut(userAgent, 200);
    s.createdAt = now;
    s.lastSeenAt = now;
    s.expiresAt = now.plus(lifetime);
    return new Opened(s, token);
  }

  /** Opened with this e-key certificate (its fingerprint; null: not with a key). */
  public void signedInWith(String fingerprint) {
    this.certificate = fingerprint;
  }

  public String getCertificate() {
    return certificate;
  }

  /** Whether the session still stands; refreshes its idle clock (at most once a minute). */
  boolean touch(LocalDateTime now, Duration idle) {
    if (!isActive(now, idle)) {
      return false;
    }
    if (Duration.between(lastSeenAt, now).toSeconds() >= 60) {
      lastSeenAt = now;
    }
    return true;
  }

  boolean isActive(LocalDateTime now, Duration idle) {
    return endedAt == null && now.isBefore(expiresAt) && now.isBefore(lastSeenAt.plus(idle));
  }

  void end(LocalDateTime now) {
    if (endedAt == null) {
      endedAt = now;
    }
  }

  static String hash(String token) {
    return Sha256.hex(token);
  }

  private static String cut(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }

  public String getTokenHash() {
    return tokenHash;
  }

  public Long getAccountId() {
    return accountId;
  }

  public SessionChannel getChannel() {
    return channel;
  }

  public String getClientAddress() {
    return clientAddress;
  }

  public String getUserAgent() {
    return userAgent;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public LocalDateTime getLastSeenAt() {
    return lastSeenAt;
  }
}
