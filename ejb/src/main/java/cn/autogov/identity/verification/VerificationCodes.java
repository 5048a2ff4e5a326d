package cn.autogov.identity.verification;

import cn.autogov.kernel.identifier.IdentifierKind;
import cn.autogov.kernel.identifier.InvalidIdentifierException;
import cn.autogov.kernel.identifier.Verdict;
import cn.autogov.notification.Channel;
import cn.autogov.notification.MessageGateway;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.Map;

/**
 * Issues and checks verification codes. Limits: one code per address a minute, ten a day; twenty
 * codes an hour per caller address (so one caller cannot spray phone numbers).
 */
@Stateless
@PermitAll
public class VerificationCodes {

  static final int PER_ADDRESS_PER_DAY = 10;
  static final int PER_CLIENT_PER_HOUR = 20;

  @PersistenceContext EntityManager em;

  @Inject MessageGateway gateway;

  /** Sends a new code; returns the normalised address it went to. */
  public String issue(Channel channel, String typedAddress, Purpose purpose, String clientAddress) {
    String address = normalise(channel, typedAddress);
    LocalDateTime now = LocalDateTime.now();
    if (count("VerificationCode.countForAddressSince", "address", address, now.minusMinutes(1))
        > 0) {
      throw new VerificationRefusedException("verification.wait", Map.of("seconds", 60));
    }
    if (count("VerificationCode.countForAddressSince", "address", address, now.minusDays(1))
        >= PER_ADDRESS_PER_DAY) {
      throw new VerificationRefusedException(
          "verification.daily-limit", Map.of("count", PER_ADDRESS_PER_DAY));
    }
    if (count("VerificationCode.countForClientSince", "client", clientAddress, now.minusHours(1))
        >= PER_CLIENT_PER_HOUR) {
      throw new VerificationRefusedException("verification.client-limit", Map.of());
    }
    var issued = VerificationCode.issue(channel, address, purpose, clientAddress, now);
    em.persist(issued.code());
    gateway.send(
        channel,
        address,
        "【机动车企业政务服务平台】您的验证码为"
            + issued.digits()
            + "，"
            + VerificationCode.VALIDITY.toMinutes()
            + "分钟内有效，仅用于"
            + purposeText(purpose)
            + "。如非本人操作，请忽略。");
    return address;
  }

  /**
   * Accepts the code once; a refusal (wrong, expired, used, too many attempts) is recorded and
   * named.
   */
  public void verify(Channel channel, String typedAddress, Purpose purpose, String digits) {
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
    latest.use(digits, LocalDateTime.now());
  }

  private long count(String query, String param, String value, LocalDateTime since) {
    return em.createNamedQuery(query, Long.class)
        .setParameter(param, value)
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

  private static String purposeText(Purpose purpose) {
    return switch (purpose) {
      case REGISTRATION -> "注册";
      case LOGIN -> "登录";
      case PHONE_CHANGE -> "更换手机号";
      case PASSWORD_RESET -> "重置密码";
    };
  }
}
