package cn.autogov.identity.verification;

import cn.autogov.notification.Channel;
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
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.Map;

/**
 * A code sent to a phone or mailbox. Lifecycle: issued (only its salted hash is stored) → used
 * once, or expired after 5 minutes, or spent after 5 wrong attempts. A newer code for the same
 * address and purpose replaces older ones.
 */
@Entity
@Table(name = "verification_code")
@NamedQuery(
    name = "VerificationCode.latest",
    query =
        "SELECT c FROM VerificationCode c WHERE c.address = :address AND c.purpose = :purpose"
            + " ORDER BY c.id DESC")
@NamedQuery(
    name = "VerificationCode.countForAddressSince",
    query =
        "SELECT COUNT(c) FROM VerificationCode c WHERE c.address = :address"
            + " AND c.purpose = :purpose AND c.createdAt > :since")
@NamedQuery(
    name = "VerificationCode.countForPurposeSince",
    query =
        "SELECT COUNT(c) FROM VerificationCode c WHERE c.address = :address"
            + " AND c.purpose = :purpose AND c.createdAt > :since"
            + " AND (c.usedAt IS NULL OR :countUsed = TRUE)")
@NamedQuery(
    name = "VerificationCode.countForClientSince",
    query =
        "SELECT COUNT(c) FROM VerificationCode c WHERE c.clientAddress = :client"
            + " AND c.purpose = :purpose AND c.createdAt > :since")
public class VerificationCode {

  static final Duration VALIDITY = Duration.ofMinutes(5);
  static final int MAX_ATTEMPTS = 5;
  private static final SecureRandom RANDOM = new SecureRandom();

  @Id
  @SequenceGenerator(
      name = "verification_code_seq",
      sequenceName = "verification_code_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "verification_code_seq")
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Channel channel;

  @Column(nullable = false, length = 254)
  private String address;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Purpose purpose;

  @Column(name = "code_hash", nullable = false, length = 64)
  private String codeHash;

  @Column(nullable = false, length = 32)
  private String salt;

  @Column(name = "client_address", nullable = false, length = 64)
  private String clientAddress;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "expires_at", nullable = false)
  private LocalDateTime expiresAt;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "used_at")
  private LocalDateTime usedAt;

  @Column(length = 64)
  private String subject;

  protected VerificationCode() {}

  /** A new code and its 6 digits, which only the message carries. */
  record Issued(VerificationCode code, String digits) {}

  static Issued issue(
      Channel channel, String address, Purpose purpose, String clientAddress, LocalDateTime now) {
    var c = new VerificationCode();
    c.channel = channel;
    c.address = address;
    c.purpose = purpose;
    c.clientAddress = clientAddress;
    c.createdAt = now;
    c.expiresAt = now.plus(VALIDITY);
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    c.salt = HexFormat.of().formatHex(salt);
    String digits = String.format("%06d", RANDOM.nextInt(1_000_000));
    c.codeHash = hash(c.salt, digits);
    return new Issued(c, digits);
  }

  /**
   * Accepts the right digits once, within 5 minutes, before 5 wrong attempts; else says why not.
   */
  void use(String digits, LocalDateTime now) {
    if (usedAt != null) {
      throw refused("verification.used");
    }
    if (now.isAfter(expiresAt)) {
      throw refused("verification.expired");
    }
    if (attempts >= MAX_ATTEMPTS) {
      throw refused("verification.too-many-attempts");
    }
    if (digits == null
        || !MessageDigest.isEqual(
            hash(salt, digits.strip()).getBytes(StandardCharsets.US_ASCII),
            codeHash.getBytes(StandardCharsets.US_ASCII))) {
      attempts++;
      throw refused(
          attempts >= MAX_ATTEMPTS ? "verification.too-many-attempts" : "verification.wrong");
    }
    usedAt = now;
  }

  private static VerificationRefusedException refused(String key) {
    return new VerificationRefusedException(key, Map.of());
  }

  private static String hash(String salt, String digits) {
    try {
      var md = MessageDigest.getInstance("SHA-256");
      md.update(salt.getBytes(StandardCharsets.US_ASCII));
      return HexFormat.of().formatHex(md.digest(digits.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  void forSubject(String loginName) {
    this.subject = loginName;
  }

  public String getSubject() {
    return subject;
  }

  public String getAddress() {
    return address;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }
}
