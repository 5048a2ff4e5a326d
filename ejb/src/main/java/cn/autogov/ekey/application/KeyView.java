package cn.autogov.ekey.application;

import cn.autogov.ekey.domain.Ekey;
import cn.autogov.ekey.domain.EkeyCertificate;
import java.time.LocalDateTime;

/**
 * An e-key as its enterprise and the provider read it: user name, in use or revoked, the code its
 * certificate carries (and the one before a change), the current certificate's serial and expiry,
 * and how often it was unlocked.
 */
public record KeyView(
    String userName,
    Ekey.Status status,
    String code,
    String formerCode,
    String serial,
    LocalDateTime issuedAt,
    LocalDateTime notAfter,
    int unlockCount,
    LocalDateTime revokedAt,
    /** When the current certificate was revoked (a lost token, say), or null. */
    LocalDateTime certificateRevokedAt) {

  static KeyView of(Ekey k, EkeyCertificate current) {
    return new KeyView(
        k.getUserName(),
        k.getStatus(),
        k.getCode(),
        k.getFormerCode(),
        k.getCurrentSerial(),
        k.getIssuedAt(),
        current == null ? null : current.getNotAfter(),
        k.getUnlockCount(),
        k.getRevokedAt(),
        current == null ? null : current.getRevokedAt());
  }
}
