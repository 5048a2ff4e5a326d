package cn.autogov.identity.verification;

import cn.autogov.kernel.BusinessTime;
import cn.autogov.kernel.identifier.IdentifierKind;
import cn.autogov.kernel.identifier.InvalidIdentifierException;
import cn.autogov.kernel.identifier.Verdict;
import cn.autogov.notification.Channel;
import cn.autogov.notification.MessageGateway;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.Map;

/**
 * Issues and checks verification codes. Every limit counts one purpose only, so that signing in
 * never uses up registering: one code per address and purpose a minute (so the login right after
 * registering gets its code), ten a day per address and purpose (login: fifty); twenty codes an
 * hour per caller address and purpose for codes anyone may ask for (so one caller cannot spray
 * phone numbers; login codes go only to an account's own number after its right password, so many
 * users behind one proxy sign in freely).
 */
@Stateless
@PermitAll
public class VerificationCodes {

  static final int PER_ADDRESS_PER_DAY = 10;
  static final int LOGIN_PER_ADDRESS_PER_DAY = 50;
  static final int PER_CLIENT_PER_HOUR = 20;

  @PersistenceContext EntityManager em;

  @Inject MessageGateway gateway;

  /** Sends a new code; returns the normalised address it went to. */
  public String issue(Channel channel, String typedAddress, Purpose purpose, String clientAddress) {
    String address = normalise(channel, typedAddress);
    send(channel, address, purpose, clientAddress, null);
    return address;
  }

  /**
   * Sends a code that only serves {@code subject} (a login name): the login step sends one after
   * the password was right, to the account's own number. Returns the digits for demo mode's hint.
   */
  public String issueFor(
      Channel channel, String address, Purpose purpose, String clientAddress, String subject) {
    return send(channel, normalise(channel, address), purpose, clientAddress, subject);
  }

  private String send(
      Channel channel, String address, Purpose purpose, String clientAddress, String subject) {
    LocalDateTime now = BusinessTime.now();
    long lastMinute =
        em.createNamedQuery("VerificationCode.countForPurposeSince", Long.class)
            .setParameter("address", address)
            .setParameter("purpose", purpose)
            .setParameter("since", now.minusMinutes(1))
            // a login right after a completed one needs a new code: its last one is spent
            .setParameter("countUsed", purpose != Purpose.LOGIN)
            .getSingleResult();
    if (lastMinute > 0) {
      throw new VerificationRefusedException(
          "verification.wait", Map.of("seconds", Math.max(1, secondsUntilNext(address, purpose))));
    }
    // login codes go out only after the right password, to the account's own number
    boolean login = purpose == Purpose.LOGIN;
    int daily = login ? LOGIN_PER_ADDRESS_PER_DAY : PER_ADDRESS_PER_DAY;
    if (count(
            "VerificationCode.countForAddressSince", "address", address, purpose, now.minusDays(1))
        >= daily) {
      throw new VerificationRefusedException("verification.daily-limit", Map.of("count", daily));
    }
    if (!login
        && count(
                "VerificationCode.countForClientSince",
                "client",
                clientAddress,
                purpose,
                now.minusHours(1))
            >= PER_CLIENT_PER_HOUR) {
      throw new VerificationRefusedException("verification.client-limit", Map.of());
    }
    var issued = VerificationCode.issue(channel, address, purpose, clientAddress, now);
    issued.code().forSubject(subject);
    em.persist(issued.code());
    gateway.send(
        channel,
        address,
        cn.autogov.kernel.DomainText.message(
            "sms.verification-code",
            java.util.Map.of(
                "code", issued.digits(),
                "minutes", VerificationCode.VALIDITY.toMinutes(),
                "purpose",
                    cn.autogov.kernel.DomainText.message(
                        "sms.purpose." + purpose, java.util.Map.of()))));
    return issued.digits();
  }

  /**
   * Accepts the code once; a refusal (wrong, expired, used, too many attempts) is recorded and
   * named. Each try is counted in a transaction of its own, so a caller that refuses its request
   * (and rolls back) does not give the wrong try back: after five, the code is spent.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void verify(Channel channel, String typedAddress, Purpose purpose, String digits) {
    verifyFor(channel, typedAddress, purpose, digits, null);
  }

  /** As {@link #verify}, for a code issued for {@code subject} only. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void verifyFor(
      Channel channel, String typedAddress, Purpose purpose, String digits, String subject) {
    String address = normalise(channel, typedAddress);
    VerificationCode latest =
        em.createNamedQuery("VerificationCode.latest", VerificationCode.class)
            .setParameter("address", address)
            .setParameter("purpose", purpose)
            .setMaxResults(1)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new VerificationRefusedException("verification.none", Map.of()));
    // locked by id: H2 refuses FOR UPDATE together with LIMIT; concurrent attempts on one code
    // queue here
    em.lock(latest, LockModeType.PESSIMISTIC_WRITE);
    em.refresh(latest);
    if (!java.util.Objects.equals(subject, latest.getSubject())) {
      throw new VerificationRefusedException("verification.none", Map.of());
    }
    latest.use(digits, BusinessTime.now());
  }

  /**
   * How long until the address may get another code for the purpose (0: now); the sign-in page
   * counts it down.
   */
  public int secondsUntilNext(String address, Purpose purpose) {
    return em.createNamedQuery("VerificationCode.latest", VerificationCode.class)
        .setParameter("address", address)
        .setParameter("purpose", purpose)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .map(
            c ->
                (int)
                    Math.max(
                        0,
                        60
                            - java.time.Duration.between(c.getCreatedAt(), BusinessTime.now())
                                .toSeconds()))
        .orElse(0);
  }

  private long count(
      String query, String param, String value, Purpose purpose, LocalDateTime since) {
    return em.createNamedQuery(query, Long.class)
        .setParameter(param, value)
        .setParameter("purpose", purpose)
        .setParameter("since", since)
        .getSingleResult();
  }

  private static String normalise(Channel channel, String typed) {
    Verdict v =
        (channel == Channel.SMS ? IdentifierKind.MOBILE : IdentifierKind.EMAIL).check(typed);
    if (!v.isValid()) {
      throw new InvalidIdentifierException(v);
    }
    return v.normalised();
  }
}
