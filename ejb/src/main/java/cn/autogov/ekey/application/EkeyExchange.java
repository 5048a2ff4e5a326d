package cn.autogov.ekey.application;

import cn.autogov.access.Actor;
import cn.autogov.access.Role;
import cn.autogov.ekey.domain.Ekey;
import cn.autogov.ekey.domain.EkeyCertificate;
import cn.autogov.ekey.domain.EkeyFlow;
import cn.autogov.ekey.domain.KeyApplicationForm;
import cn.autogov.ekey.domain.RevocationReason;
import cn.autogov.filing.application.FilingAccess;
import cn.autogov.filing.application.FilingDecisions;
import cn.autogov.filing.application.FilingEdits;
import cn.autogov.filing.application.FilingTypes;
import cn.autogov.filing.domain.Decision;
import cn.autogov.filing.domain.Filing;
import cn.autogov.identity.client.SystemClients;
import cn.autogov.identity.domain.UserAccount;
import cn.autogov.kernel.InputRejectedException;
import cn.autogov.kernel.RefusedException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * What the e-key provider's system asks and tells (urn:autogov:ekey:v1 and its REST twin): the
 * applications waiting for the provider, 复核, 制作 from the token's request, 解锁 and 寄出, and the
 * revocation of a certificate. The exchange has authenticated the client and checked its right for
 * the operation; the client acts as the provider's staff account it names ({@link
 * SystemClients#actingAccount}), with its own id in the filings' history, so a system's 复核 is the
 * same decision an operator makes on the workbench. Refusals carry {@code exchange.*} keys: a
 * field's problem is INVALID_REQUEST, a step the application is not at is CONFLICT, both with the
 * engine's own words.
 */
@Stateless
@PermitAll // the exchange checks the system client's right per operation before calling
public class EkeyExchange {

  /** The most applications one page lists. */
  public static final int PAGE_MAX = 200;

  /** The eight flows' filing types: what the provider's system may see. */
  private static final List<String> TYPES =
      Arrays.stream(EkeyFlow.values()).map(EkeyFlow::typeCode).toList();

  /** A certificate the provider revoked. */
  public record Revoked(
      String serial, String userName, String reason, LocalDateTime revokedAt, boolean current)
      implements Serializable {}

  @PersistenceContext EntityManager em;

  @EJB SystemClients clients;

  @Inject FilingTypes types;

  @Inject FilingAccess access;

  @Inject FilingDecisions decisions;

  @Inject FilingEdits edits;

  @Inject KeyMaking making;

  @Inject KeyRecords keys;

  /**
   * The applications waiting for the provider (复核, 制作, 解锁, 寄出), by number, after the number {@code
   * after}; at most {@code max} (1–200).
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<ProviderApplication> awaiting(String clientId, String after, int max) {
    actor(clientId);
    return em.createQuery(
            "SELECT f FROM Filing f WHERE f.review.queueRole = :role AND f.typeCode IN :types"
                + " AND f.number > :after ORDER BY f.number",
            Filing.class)
        .setParameter("role", Role.EKEY_PROVIDER)
        .setParameter("types", TYPES)
        .setParameter("after", after == null ? "" : after.strip())
        .setMaxResults(Math.max(1, Math.min(max, PAGE_MAX)))
        .getResultStream()
        .map(this::view)
        .toList();
  }

  /**
   * 复核: approved, or refused with the remark (the application goes back for all its materials).
   * {@code version} is the one the provider's system read: anything that happened since is a
   * conflict, and nothing changes.
   */
  public ProviderApplication recheck(
      String clientId, String number, Long version, boolean approved, String remark) {
    Actor actor = actor(clientId);
    Filing f = application(number);
    translated(
        () ->
            decisions.decide(
                actor, f.getId(), version, approved ? Decision.APPROVE : Decision.REJECT, remark));
    return view(f);
  }

  /** 制作: the certificate for the token's PKCS#10 request ({@code csr}, PEM). */
  public EkeyIssuance.Issued issue(String clientId, String number, String csr, String publicUrl) {
    Actor actor = actor(clientId);
    Filing f = application(number);
    return translated(() -> making.make(actor, f.getId(), csr, publicUrl));
  }

  /**
   * 解锁 ({@code unlocked}) or 寄出 ({@code shipped}, with the tracking number): the step the
   * application waits for from the provider.
   */
  public ProviderApplication step(
      String clientId, String number, String step, String trackingNumber) {
    Actor actor = actor(clientId);
    Filing f = application(number);
    translated(
        () -> {
          if (EkeyCatalogue.MADE.equals(step)) { // 制作 needs the token's request: IssueCertificate
            throw new RefusedException("ekey.make-with-request", "number", f.getNumber());
          }
          Filing locked = access.forReviewer(actor, f.getId());
          edits.fulfil(actor, locked, step, trackingNumber);
          return null;
        });
    return view(f);
  }

  /**
   * Revokes a certificate the platform issued (a token lost, broken or compromised): on the CRL and
   * OCSP at once, and the e-key login refuses it. The key stays registered, so that its enterprise
   * can apply for 补办 or 更新; revoking again changes nothing.
   */
  public Revoked revoke(String clientId, String serial, String reason) {
    Actor actor = actor(clientId);
    RevocationReason why = RevocationReason.of(reason);
    String s = serial == null ? "" : serial.strip().toLowerCase(Locale.ROOT);
    EkeyCertificate c = em.find(EkeyCertificate.class, s, LockModeType.PESSIMISTIC_WRITE);
    if (c == null) {
      throw new RefusedException("exchange.unknown-filing.certificate", "serial", serial);
    }
    keys.revokeCertificate(c.getSerial(), why.code(), actor.loginName());
    Ekey k = em.find(Ekey.class, c.getEkeyId());
    return new Revoked(
        c.getSerial(),
        k.getUserName(),
        RevocationReason.ofCode(c.getRevocationReason()).name(),
        c.getRevokedAt(),
        c.getSerial().equals(k.getCurrentSerial()));
  }

  /**
   * The provider's staff account the client acts as, with the client's id as its name in the
   * history: refused (NOT_AUTHORISED) when the client names none.
   */
  private Actor actor(String clientId) {
    UserAccount a =
        clients
            .actingAccount(clientId)
            .orElseThrow(() -> new RefusedException("exchange.not-authorised.acts-as"));
    return new Actor(a.getId(), clientId, Role.EKEY_PROVIDER, null, a.getRegionCode());
  }

  private Filing application(String number) {
    String n = number == null ? "" : number.strip();
    return em.createQuery(
            "SELECT f FROM Filing f WHERE f.number = :number AND f.typeCode IN :types",
            Filing.class)
        .setParameter("number", n)
        .setParameter("types", TYPES)
        .getResultStream()
        .filter(f -> f.getSubmittedAt() != null)
        .findFirst()
        .orElseThrow(() -> new RefusedException("exchange.unknown-filing.ekey", "number", n));
  }

  private ProviderApplication view(Filing f) {
    return ProviderApplication.of(
        f, types.of(f.getTypeCode()).type(), (KeyApplicationForm) access.form(f));
  }

  /**
   * The engine's refusals in the exchange's terms: problems with the input are INVALID_REQUEST, a
   * state the call does not fit is CONFLICT; both quote the engine's message.
   */
  private static <T> T translated(Supplier<T> operation) {
    try {
      return operation.get();
    } catch (InputRejectedException e) {
      throw new RefusedException("exchange.invalid-request.input", "detail", e);
    } catch (RefusedException e) {
      if (e.key().startsWith("exchange.")) {
        throw e;
      }
      if (e instanceof RefusedException.NotFoundException) {
        throw new RefusedException("exchange.unknown-filing");
      }
      throw new RefusedException("exchange.conflict.state", "detail", e);
    }
  }
}
