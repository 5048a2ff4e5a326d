package cn.autogov.identity.session;

import static cn.autogov.access.Role.Names.ADMIN;
import static cn.autogov.access.Role.Names.AGENT;
import static cn.autogov.access.Role.Names.CERTIFICATION_CENTRE;
import static cn.autogov.access.Role.Names.COMMERCE_AUTHORITY;
import static cn.autogov.access.Role.Names.EKEY_PROVIDER;
import static cn.autogov.access.Role.Names.ENTERPRISE;
import static cn.autogov.access.Role.Names.ISSUING_AUTHORITY;
import static cn.autogov.access.Role.Names.REGISTERED;

import cn.autogov.identity.application.Actors;
import cn.autogov.identity.domain.UserAccount;
import cn.autogov.kernel.BusinessTime;
import cn.autogov.kernel.RefusedException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The registry of signed-in sessions: every request of a signed-in client is checked here (ended,
 * idle or too old sessions stop at once, on every cluster member), and owners list and end their
 * sessions ("my account").
 */
@Stateless
@RolesAllowed({
  REGISTERED,
  ENTERPRISE,
  AGENT,
  CERTIFICATION_CENTRE,
  COMMERCE_AUTHORITY,
  ISSUING_AUTHORITY,
  EKEY_PROVIDER,
  ADMIN
})
public class SessionRegistry {

  @PersistenceContext EntityManager em;

  @EJB Actors actors;

  @Inject
  @ConfigProperty(name = "autogov.session.idle-minutes", defaultValue = "30")
  int idleMinutes;

  /** The owner of a live session, or empty; a disabled account's sessions stop too. */
  @PermitAll
  public Optional<SessionPrincipal> touch(String token) {
    if (token == null || token.isBlank()) {
      return Optional.empty();
    }
    AccountSession s = em.find(AccountSession.class, AccountSession.hash(token));
    if (s == null || !s.touch(BusinessTime.now(), idle())) {
      return Optional.empty();
    }
    UserAccount a = em.find(UserAccount.class, s.getAccountId());
    if (a == null || !a.isEnabled()) {
      return Optional.empty();
    }
    return Optional.of(new SessionPrincipal(a.getLoginName(), a.getRole(), s.getCertificate()));
  }

  /** Sign-out: the session ends (holding its token is the proof). */
  @PermitAll
  public void end(String token) {
    if (token != null) {
      AccountSession s = em.find(AccountSession.class, AccountSession.hash(token));
      if (s != null) {
        s.end(BusinessTime.now());
      }
    }
  }

  /** The caller's active sessions, newest first. */
  public List<SessionView> mine(String currentToken) {
    UserAccount me = actors.account();
    String current = currentToken == null ? null : AccountSession.hash(currentToken);
    LocalDateTime now = BusinessTime.now();
    return em
        .createNamedQuery("AccountSession.activeOf", AccountSession.class)
        .setParameter("accountId", me.getId())
        .setParameter("now", now)
        .setParameter("idleSince", now.minus(idle()))
        .getResultList()
        .stream()
        .map(
            s ->
                new SessionView(
                    s.getTokenHash().substring(0, 16),
                    s.getChannel(),
                    s.getClientAddress(),
                    s.getUserAgent(),
                    s.getCreatedAt(),
                    s.getLastSeenAt(),
                    s.getTokenHash().equals(current)))
        .toList();
  }

  /** Ends one of the caller's own sessions, named by the id {@link #mine} gave. */
  public void endMine(String id) {
    UserAccount me = actors.account();
    LocalDateTime now = BusinessTime.now();
    AccountSession s =
        em.createNamedQuery("AccountSession.activeOf", AccountSession.class)
            .setParameter("accountId", me.getId())
            .setParameter("now", now)
            .setParameter("idleSince", now.minus(idle()))
            .getResultStream()
            .filter(x -> id != null && id.length() == 16 && x.getTokenHash().startsWith(id))
            .findFirst()
            .orElseThrow(RefusedException::notFound);
    s.end(now);
  }

  private Duration idle() {
    return Duration.ofMinutes(idleMinutes);
  }
}
