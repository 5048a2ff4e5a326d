package cn.autogov.exchange.application;

import cn.autogov.identity.client.ClientRight;
import cn.autogov.identity.client.SystemClients;
import cn.autogov.kernel.Sha256;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The system clients a member has just authenticated, for {@code
 * AUTOGOV_EXCHANGE_CLIENT_CACHE_SECONDS} (default 5): a partner making hundreds of calls a second
 * is checked against the database once per period, not twice per call. A disabled client, a new
 * secret or changed rights apply within that period on every member. Wrong secrets are never
 * cached: each is checked against the database.
 */
@ApplicationScoped
public class ClientCache {

  @Inject SystemClients clients;

  @Inject
  @ConfigProperty(name = "autogov.exchange.client-cache-seconds", defaultValue = "5")
  int seconds;

  private record Entry(String secretHash, Set<ClientRight> rights, Integer rate, long loadedAt) {}

  private record Signer(String clientId, long loadedAt) {}

  private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

  /** Registered certificates (by SHA-256) recently accepted, and for which client. */
  private final ConcurrentHashMap<String, Signer> signers = new ConcurrentHashMap<>();

  public boolean authenticate(String clientId, String secret) {
    if (clientId == null || secret == null) {
      return false;
    }
    String hash = Sha256.hex(secret);
    Entry e = fresh(clientId);
    if (e != null
        && e.secretHash() != null
        && MessageDigest.isEqual(
            e.secretHash().getBytes(StandardCharsets.US_ASCII),
            hash.getBytes(StandardCharsets.US_ASCII))) {
      return true;
    }
    var client = clients.authenticate(clientId, secret);
    if (client.isEmpty()) {
      entries.remove(clientId);
      return false;
    }
    remember(client.get(), hash);
    return true;
  }

  /**
   * The enabled client a registered, valid certificate stands for (by the SHA-256 of its DER
   * encoding), or null.
   */
  public String clientOfCertificate(String sha256) {
    if (sha256 == null) {
      return null;
    }
    Signer s = signers.get(sha256);
    if (s != null && young(s.loadedAt())) {
      return s.clientId();
    }
    var client = clients.authenticateCertificate(sha256);
    if (client.isEmpty()) {
      signers.remove(sha256);
      return null;
    }
    Entry e = entries.get(client.get().clientId());
    remember(client.get(), e == null ? null : e.secretHash());
    signers.put(sha256, new Signer(client.get().clientId(), System.nanoTime()));
    return client.get().clientId();
  }

  /** The client's own rate limit (calls a second), or null for the platform's default. */
  public Integer rateOf(String clientId) {
    Entry e = fresh(clientId);
    return e == null ? null : e.rate();
  }

  private void remember(cn.autogov.identity.client.ClientView c, String secretHash) {
    entries.put(
        c.clientId(),
        new Entry(
            secretHash,
            Set.copyOf(ClientRight.ofCodes("rights", c.rights())),
            c.ratePerSecond(),
            System.nanoTime()));
  }

  /** The rights of a client authenticated within the period, else as the database has them. */
  public Set<ClientRight> rightsOf(String clientId) {
    if (clientId == null) {
      return Set.of();
    }
    Entry e = fresh(clientId);
    return e != null ? e.rights() : clients.rightsOf(clientId);
  }

  private Entry fresh(String clientId) {
    Entry e = entries.get(clientId);
    return e != null && young(e.loadedAt()) ? e : null;
  }

  private boolean young(long loadedAt) {
    return System.nanoTime() - loadedAt < seconds * 1_000_000_000L;
  }
}
