package cn.autogov.exchange.application;

import cn.autogov.exchange.domain.ExchangeMessage;
import cn.autogov.exchange.domain.ExchangeOperation;
import cn.autogov.exchange.domain.FaultCode;
import cn.autogov.identity.client.SystemClients;
import cn.autogov.kernel.RefusedException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * What every inbound call of a partner system passes, SOAP or REST: the client's credentials, its
 * right for the operation, its rate limit, and whether the message id was answered before (then the
 * first answer is given again and nothing is done twice). Refusals are {@link RefusedException}s
 * with the fault's message key ({@link FaultCode#messageKey()}).
 */
@Stateless
@PermitAll // the callers are partner systems, authenticated here
@jakarta.ejb.TransactionAttribute(
    jakarta.ejb.TransactionAttributeType
        .SUPPORTS) // checks only; what it calls that writes has its own transaction
public class ExchangeGate {

  @EJB SystemClients clients;

  @EJB ExchangeLog log;

  @Inject RateLimits limits;

  /** A first call goes on to the operation; a replay answers with what the first call answered. */
  public record Admission(Optional<ExchangeLog.Answer> replay) {}

  @Inject ClientCache cache;

  /** Whether the client id and secret are right and the client is enabled. */
  public boolean authenticate(String clientId, String secret) {
    return cache.authenticate(clientId, secret);
  }

  /**
   * The enabled system client a registered, valid certificate stands for (by the SHA-256 of its DER
   * encoding); null when none.
   */
  public String clientOfCertificate(String sha256) {
    return cache.clientOfCertificate(sha256);
  }

  /**
   * Whether the client may make this call now: its right, its rate, and — for a message id answered
   * before — whether this is that same call again (same operation and arguments: the first answer
   * goes out again) or another call under a used id (refused, IDEMPOTENCY_MISMATCH). Message ids
   * belong to their client: another client's id is never looked at.
   */
  public Admission admit(
      String clientId, ExchangeOperation operation, String messageId, String arguments) {
    if (!cache.rightsOf(clientId).contains(operation.right())) {
      throw new RefusedException(FaultCode.NOT_AUTHORISED.messageKey(), "right", operation.code());
    }
    if (!limits.take(clientId, cache.rateOf(clientId))) {
      throw new RefusedException(FaultCode.RATE_LIMITED.messageKey());
    }
    Optional<ExchangeLog.Answer> first =
        messageId == null ? Optional.empty() : log.answered(clientId, messageId);
    if (first.isPresent() && !first.get().operation().equals(operation.code())) {
      throw new RefusedException(
          FaultCode.IDEMPOTENCY_MISMATCH.messageKey(), "operation", first.get().operation());
    }
    if (first.isPresent()
        && first.get().argumentsSha256() != null
        && !first.get().argumentsSha256().equals(ExchangeMessage.argumentsHash(arguments))) {
      throw new RefusedException(
          FaultCode.IDEMPOTENCY_MISMATCH.messageKey(), "operation", first.get().operation());
    }
    return new Admission(first);
  }
}
