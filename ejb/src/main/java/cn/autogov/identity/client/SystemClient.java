package cn.autogov.identity.client;

import cn.autogov.kernel.Sha256;
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
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A partner system (tax, customs, CA) with its credentials and rights. The secret is 256 random
 * bits shown once; only its SHA-256 is kept (a slow password hash adds nothing to a random key of
 * that length and would cost every machine call 100 ms).
 */
@Entity
@Table(name = "system_client")
@NamedQuery(
    name = "SystemClient.byClientId",
    query = "SELECT c FROM SystemClient c WHERE c.clientId = :clientId")
@NamedQuery(
    name = "SystemClient.byCertificate",
    query = "SELECT c FROM SystemClient c WHERE c.certificateSha256 = :sha256")
@NamedQuery(name = "SystemClient.all", query = "SELECT c FROM SystemClient c ORDER BY c.clientId")
public class SystemClient {

  private static final SecureRandom RANDOM = new SecureRandom();

  @Id
  @SequenceGenerator(
      name = "system_client_seq",
      sequenceName = "system_client_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "system_client_seq")
  private Long id;

  @Column(name = "client_id", nullable = false, updatable = false, length = 64)
  private String clientId;

  @Column(nullable = false, length = 200)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ClientKind kind;

  @Column(nullable = false, length = 500)
  private String rights;

  @Column(name = "secret_hash", nullable = false, length = 64)
  private String secretHash;

  @Column(nullable = false)
  private boolean enabled = true;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "created_by", nullable = false, length = 64)
  private String createdBy;

  @Column(name = "last_used_at")
  private LocalDateTime lastUsedAt;

  /** Where AutoGov calls the partner (HTTPS POST of JSON events); null: nothing is pushed. */
  @Column(name = "callback_url", length = 500)
  private String callbackUrl;

  /** The X.509 certificate the client may sign its SOAP messages with (instead of its secret). */
  @Column(name = "certificate_pem", length = 10000)
  private String certificatePem;

  @Column(name = "certificate_sha256", length = 64)
  private String certificateSha256;

  @Column(name = "certificate_subject", length = 500)
  private String certificateSubject;

  @Column(name = "certificate_not_after")
  private LocalDateTime certificateNotAfter;

  /**
   * The staff account whose role and regional scope the client acts with (the e-key provider's
   * system: its 复核 and 制作 stand in the filings' history under the client's id); null for systems
   * that only ask and tell.
   */
  @Column(name = "acts_as", length = 64)
  private String actsAs;

  /** Calls a second this client may make; null: the platform's default. */
  @Column(name = "rate_per_second")
  private Integer ratePerSecond;

  @Version private long version;

  protected SystemClient() {}

  /** A new client and its secret, which the administrator sees once. */
  record Created(SystemClient client, String secret) {}

  static Created create(
      String clientId,
      String name,
      ClientKind kind,
      Set<ClientRight> rights,
      String actsAs,
      String createdBy,
      LocalDateTime now) {
    var c = new SystemClient();
    c.actsAs = actsAs;
    c.clientId = clientId;
    c.name = name;
    c.kind = kind;
    c.rights = join(rights);
    c.createdBy = createdBy;
    c.createdAt = now;
    return new Created(c, c.newSecret());
  }

  /** Replaces the secret; the old one stops working at once. */
  String newSecret() {
    byte[] b = new byte[32];
    RANDOM.nextBytes(b);
    String secret = HexFormat.of().formatHex(b);
    secretHash = hash(secret);
    return secret;
  }

  /** The demo client's secret: the demo users' password (demo mode only). */
  void useSecret(String secret) {
    secretHash = hash(secret);
  }

  boolean accepts(String secret, LocalDateTime now) {
    if (!enabled || secret == null) {
      return false;
    }
    boolean ok =
        MessageDigest.isEqual(
            hash(secret).getBytes(StandardCharsets.US_ASCII),
            secretHash.getBytes(StandardCharsets.US_ASCII));
    if (ok && (lastUsedAt == null || lastUsedAt.isBefore(now.minusMinutes(5)))) {
      lastUsedAt = now; // to the minute is enough; not a write on every machine call
    }
    return ok;
  }

  /** Whether a message signed with this certificate may stand for the client now. */
  boolean acceptsCertificate(String sha256, LocalDateTime now) {
    if (!enabled || certificateSha256 == null || !certificateSha256.equals(sha256)) {
      return false;
    }
    if (now.isAfter(certificateNotAfter)) {
      return false;
    }
    if (lastUsedAt == null || lastUsedAt.isBefore(now.minusMinutes(5))) {
      lastUsedAt = now;
    }
    return true;
  }

  void registerCertificate(PartnerCertificate c) {
    certificatePem = c.pem();
    certificateSha256 = c.sha256();
    certificateSubject = c.subject();
    certificateNotAfter = c.notAfter();
  }

  void removeCertificate() {
    certificatePem = null;
    certificateSha256 = null;
    certificateSubject = null;
    certificateNotAfter = null;
  }

  void changeRate(Integer perSecond) {
    ratePerSecond = perSecond;
  }

  public String getCertificateSha256() {
    return certificateSha256;
  }

  public String getCertificateSubject() {
    return certificateSubject;
  }

  public LocalDateTime getCertificateNotAfter() {
    return certificateNotAfter;
  }

  public String getActsAs() {
    return actsAs;
  }

  public Integer getRatePerSecond() {
    return ratePerSecond;
  }

  void changeRights(Set<ClientRight> newRights) {
    rights = join(newRights);
  }

  void changeCallback(String url) {
    callbackUrl = url;
  }

  public String getCallbackUrl() {
    return callbackUrl;
  }

  void disable() {
    enabled = false;
  }

  void enable() {
    enabled = true;
  }

  private static String join(Set<ClientRight> rights) {
    return rights.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
  }

  private static String hash(String secret) {
    return Sha256.hex(secret);
  }

  public Long getId() {
    return id;
  }

  public String getClientId() {
    return clientId;
  }

  public String getName() {
    return name;
  }

  public ClientKind getKind() {
    return kind;
  }

  public Set<ClientRight> getRights() {
    if (rights.isEmpty()) {
      return EnumSet.noneOf(ClientRight.class);
    }
    return Arrays.stream(rights.split(","))
        .map(ClientRight::valueOf)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(ClientRight.class)));
  }

  public boolean isEnabled() {
    return enabled;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public LocalDateTime getLastUsedAt() {
    return lastUsedAt;
  }
}
