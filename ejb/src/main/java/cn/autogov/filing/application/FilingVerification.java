package cn.autogov.filing.application;

import cn.autogov.filing.domain.Filing;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Optional;

/**
 * 备案核验: anyone holding a filing's PDF (customs, a bank, a buyer) checks its status and validity
 * with the number and verification code printed on it — no login, and nothing about any person: the
 * filing's type, status, validity and the enterprise's name only. Drafts are never shown.
 */
@Stateless
@PermitAll // public by design: the number and code are the key
public class FilingVerification {

  private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext EntityManager em;

  /** What the verification page shows. */
  public record Result(
      String number,
      String type,
      String status,
      String applicantName,
      LocalDate decidedOn,
      LocalDate validFrom,
      LocalDate validUntil)
      implements Serializable {}

  public Optional<Result> verify(String number, String code) {
    if (number == null || code == null || number.length() > 40 || code.length() > 40) {
      return Optional.empty();
    }
    return em.createQuery("SELECT f FROM Filing f WHERE f.number = :n", Filing.class)
        .setParameter("n", number.strip().toUpperCase(java.util.Locale.ROOT))
        .getResultStream()
        .findFirst()
        .filter(f -> f.getSubmittedAt() != null && f.verifiedBy(code))
        .map(
            f ->
                new Result(
                    f.getNumber(),
                    f.getTypeCode(),
                    f.getStatus().name(),
                    f.getApplicant().getName(),
                    f.getReview().getDecidedAt() == null
                        ? null
                        : f.getReview().getDecidedAt().toLocalDate(),
                    f.getValidFrom(),
                    f.getValidUntil()));
  }

  /** Twelve characters without look-alikes (no 0/O, 1/I). */
  static String newCode() {
    char[] c = new char[12];
    for (int i = 0; i < c.length; i++) {
      c[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
    }
    return new String(c);
  }
}
