package cn.autogov.identity.client;

import static cn.autogov.access.Role.Names.ADMIN;

import cn.autogov.identity.application.Actors;
import cn.autogov.identity.domain.UserAccount;
import cn.autogov.kernel.BusinessTime;
import cn.autogov.kernel.Checks;
import cn.autogov.kernel.RefusedException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/** System clients: administrators manage them; the system exchange authenticates with them. */
@Stateless
@RolesAllowed(ADMIN)
public class SystemClients {

  private static final Logger LOG = Logger.getLogger(SystemClients.class.getName());
  private static final Pattern CLIENT_ID = Pattern.compile("[a-z][a-z0-9-]{2,63}");

  @PersistenceContext EntityManager em;

  @EJB Actors actors;

  public List<ClientView> list() {
    return em.createNamedQuery("SystemClient.all", SystemClient.class).getResultList().stream()
        .map(c -> ClientView.of(c, null))
        .toList();
  }

  /** A new client; the answer carries its secret, the only time anyone sees it. */
  public ClientView create(
      String clientId, String name, ClientKind kind, Set<ClientRight> rights, String actsAs) {
    var checks = new Checks();
    String id = checks.required("clientId", clientId);
    if (id != null && !CLIENT_ID.matcher(id).matches()) {
      checks.add("clientId", "client.id-format");
    } else if (id != null && find(id, LockModeType.NONE).isPresent()) {
      checks.add("clientId", "client.id-taken");
    }
    String n = checks.text("clientName", name, 200);
    checks.present("kind", kind);
    if (rights == null || rights.isEmpty()) {
      checks.add("rights", "client.no-rights");
    }
    String staff = actsAs == null || actsAs.isBlank() ? null : actsAs.strip();
    if (kind != null && kind.actsAsStaff()) {
      checkActsAs(staff, checks);
    } else if (staff != null) {
      checks.add("actsAs", "client.acts-as-not-for-kind");
    }
    checks.throwIfAny();
    var created =
        SystemClient.create(
            id, n, kind, rights, staff, actors.current().loginName(), BusinessTime.now());
    em.persist(created.client());
    actors.record(actors.current(), "client.created", id);
    LOG.info(() -> "System client " + id + " created with " + rights);
    return ClientView.of(created.client(), created.secret());
  }

  /** An e-key provider's system acts as an enabled staff account of the provider. */
  private void checkActsAs(String loginName, Checks checks) {
    if (loginName == null) {
      checks.add("actsAs", "input.required");
    } else if (providerAccount(loginName).isEmpty()) {
      checks.add("actsAs", "client.acts-as-provider", "loginName", loginName);
    }
  }

  /**
   * The staff account a client acts as (the e-key provider's system), when the client is enabled
   * and the account still an enabled one of the provider's.
   */
  @PermitAll // the exchange authenticated the client and checked its right
  public Optional<UserAccount> actingAccount(String clientId) {
    return find(clientId, LockModeType.NONE)
        .filter(SystemClient::isEnabled)
        .map(SystemClient::getActsAs)
        .flatMap(this::providerAccount);
  }

  /** The enabled e-key provider account of that login name. */
  private Optional<UserAccount> providerAccount(String loginName) {
    return em.createNamedQuery("UserAccount.findByLoginName", UserAccount.class)
        .setParameter("loginName", UserAccount.normaliseLoginName(loginName))
        .getResultStream()
        .findFirst()
        .filter(a -> a.isEnabled() && a.getRole() == cn.autogov.access.Role.EKEY_PROVIDER);
  }

  public ClientView newSecret(Long id) {
    SystemClient c = byId(id);
    String secret = c.newSecret();
    actors.record(actors.current(), "client.secret-replaced", c.getClientId());
    return ClientView.of(c, secret);
  }

  public ClientView changeRights(Long id, Set<ClientRight> rights) {
    SystemClient c = byId(id);
    if (rights == null || rights.isEmpty()) {
      throw cn.autogov.kernel.InputRejectedException.of("rights", "client.no-rights");
    }
    c.changeRights(rights);
    actors.record(actors.current(), "client.rights-changed", c.getClientId() + " " + rights);
    return ClientView.of(c, null);
  }

  public ClientView disable(Long id) {
    SystemClient c = byId(id);
    c.disable();
    actors.record(actors.current(), "client.disabled", c.getClientId());
    return ClientView.of(c, null);
  }

  public ClientView enable(Long id) {
    SystemClient c = byId(id);
    c.enable();
    actors.record(actors.current(), "client.enabled", c.getClientId());
    return ClientView.of(c, null);
  }

  /** For the system exchange: the client's rights when its id and secret are right and enabled. */
  @PermitAll
  public Optional<ClientView> authenticate(String clientId, String secret) {
    return find(clientId, LockModeType.NONE)
        .filter(c -> c.accepts(secret, BusinessTime.now()))
        .map(c -> ClientView.of(c, null));
  }

  /**
   * Where AutoGov calls the client (its partner system's callback): an absolute http(s) URL, or
   * blank for none.
   */
  public ClientView changeCallback(Long id, String url) {
    SystemClient c = byId(id);
    String u = url == null || url.isBlank() ? null : url.strip();
    if (u != null && (u.length() > 500 || !u.matches("(?i)https?://[^\\s/?#]+(/\\S*)?"))) {
      throw cn.autogov.kernel.InputRejectedException.of("callbackUrl", "client.callback-format");
    }
    String before = c.getCallbackUrl();
    c.changeCallback(u);
    actors.record(
        actors.current(), "client.callback-changed", c.getClientId() + " " + before + " -> " + u);
    return ClientView.of(c, null);
  }

  /**
   * Registers the X.509 certificate the client signs its SOAP messages with (replacing any earlier
   * one); a certificate can stand for one client only.
   */
  public ClientView registerCertificate(Long id, String pem) {
    SystemClient c = byId(id);
    var cert = PartnerCertificate.parse(pem, BusinessTime.now());
    var holder =
        em.createNamedQuery("SystemClient.byCertificate", SystemClient.class)
            .setParameter("sha256", cert.sha256())
            .getResultStream()
            .findFirst();
    if (holder.isPresent() && !holder.get().getId().equals(c.getId())) {
      throw cn.autogov.kernel.InputRejectedException.of("certificate", "client.certificate-taken");
    }
    c.registerCertificate(cert);
    actors.record(
        actors.current(),
        "client.certificate-registered",
        c.getClientId() + " sha256:" + cert.sha256() + " " + cert.subject());
    return ClientView.of(c, null);
  }

  public ClientView removeCertificate(Long id) {
    SystemClient c = byId(id);
    String before = c.getCertificateSha256();
    c.removeCertificate();
    actors.record(
        actors.current(), "client.certificate-removed", c.getClientId() + " sha256:" + before);
    return ClientView.of(c, null);
  }

  /** The client's own rate limit (calls a second, 1 to 100,000), or null for the default. */
  public ClientView changeRate(Long id, Integer perSecond) {
    SystemClient c = byId(id);
    if (perSecond != null && (perSecond < 1 || perSecond > 100_000)) {
      throw cn.autogov.kernel.InputRejectedException.of("ratePerSecond", "client.rate-range");
    }
    Integer before = c.getRatePerSecond();
    c.changeRate(perSecond);
    actors.record(
        actors.current(),
        "client.rate-changed",
        c.getClientId() + " " + before + " -> " + perSecond);
    return ClientView.of(c, null);
  }

  /**
   * For the system exchange: the enabled client a valid, registered certificate (by its SHA-256)
   * stands for.
   */
  @PermitAll
  public Optional<ClientView> authenticateCertificate(String sha256) {
    if (sha256 == null) {
      return Optional.empty();
    }
    return em.createNamedQuery("SystemClient.byCertificate", SystemClient.class)
        .setParameter("sha256", sha256)
        .getResultStream()
        .findFirst()
        .filter(c -> c.acceptsCertificate(sha256, BusinessTime.now()))
        .map(c -> ClientView.of(c, null));
  }

  /** For the outbox: the enabled clients holding a right that have a callback. */
  @PermitAll
  public List<String> subscribers(ClientRight right) {
    return em.createNamedQuery("SystemClient.all", SystemClient.class)
        .getResultStream()
        .filter(c -> c.isEnabled() && c.getCallbackUrl() != null && c.getRights().contains(right))
        .map(SystemClient::getClientId)
        .toList();
  }

  /** For the outbox: an enabled client's callback URL. */
  @PermitAll
  public Optional<String> callbackOf(String clientId) {
    return find(clientId, LockModeType.NONE)
        .filter(SystemClient::isEnabled)
        .map(SystemClient::getCallbackUrl);
  }

  /** For the system exchange: an enabled client's rights (none when unknown or disabled). */
  @PermitAll
  public Set<ClientRight> rightsOf(String clientId) {
    return find(clientId, LockModeType.NONE)
        .filter(SystemClient::isEnabled)
        .map(SystemClient::getRights)
        .orElse(Set.of());
  }

  private SystemClient byId(Long id) {
    SystemClient c = id == null ? null : em.find(SystemClient.class, id);
    if (c == null) {
      throw RefusedException.notFound();
    }
    return c;
  }

  private Optional<SystemClient> find(String clientId, LockModeType lock) {
    if (clientId == null) {
      return Optional.empty();
    }
    return em.createNamedQuery("SystemClient.byClientId", SystemClient.class)
        .setParameter("clientId", clientId)
        .setLockMode(lock)
        .getResultStream()
        .findFirst();
  }
}
