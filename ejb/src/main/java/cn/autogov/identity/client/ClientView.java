package cn.autogov.identity.client;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/** A system client without its secret; {@code secret} is set once, in the answer to creation. */
public record ClientView(
    Long id,
    String clientId,
    String name,
    ClientKind kind,
    /** The rights by their codes ({@code customs.verify}), as the contracts spell them. */
    List<String> rights,
    boolean enabled,
    LocalDateTime createdAt,
    LocalDateTime lastUsedAt,
    String callbackUrl,
    String certificateSha256,
    String certificateSubject,
    LocalDateTime certificateNotAfter,
    Integer ratePerSecond,
    /** The staff account the client acts as (the e-key provider's system), or null. */
    String actsAs,
    String secret)
    implements Serializable {

  static ClientView of(SystemClient c, String secret) {
    return new ClientView(
        c.getId(),
        c.getClientId(),
        c.getName(),
        c.getKind(),
        ClientRight.codes(c.getRights()),
        c.isEnabled(),
        c.getCreatedAt(),
        c.getLastUsedAt(),
        c.getCallbackUrl(),
        c.getCertificateSha256(),
        c.getCertificateSubject(),
        c.getCertificateNotAfter(),
        c.getRatePerSecond(),
        c.getActsAs(),
        secret);
  }
}
