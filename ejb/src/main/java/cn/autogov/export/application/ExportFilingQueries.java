package cn.autogov.export.application;

import cn.autogov.enterprise.application.EnterpriseProfile;
import cn.autogov.enterprise.application.Enterprises;
import cn.autogov.export.domain.ExportFilingForm;
import cn.autogov.filing.domain.Filing;
import cn.autogov.filing.domain.FilingStatus;
import cn.autogov.kernel.BusinessTime;
import cn.autogov.kernel.RefusedException;
import cn.autogov.kernel.identifier.CreditCode;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What partner systems (customs) may know of 二手车出口企业备案: decided filings only — status, validity,
 * the enterprise's name and codes. The exchange (#7) calls these after it has authenticated the
 * client and checked its right for the operation; business refusals are {@link RefusedException}s
 * with the keys {@code exchange.invalid-request}, {@code exchange.unknown-enterprise} and {@code
 * exchange.unknown-filing}.
 */
@Stateless
@PermitAll // the exchange checks the system client's right per operation before calling
@jakarta.ejb.TransactionAttribute(
    jakarta.ejb.TransactionAttributeType
        .SUPPORTS) // reads only: no transaction of its own (a JTA transaction per customs call cost
// a twentieth of it)
public class ExportFilingQueries {

  static final String TYPE = ExportFilings.FILING;
  static final List<FilingStatus> DECIDED =
      List.of(
          FilingStatus.APPROVED,
          FilingStatus.REJECTED,
          FilingStatus.EXPIRED,
          FilingStatus.INVALIDATED);

  @PersistenceContext EntityManager em;

  @Inject Enterprises enterprises;

  /** A decided export filing as partners see it. */
  public record ExportFilingView(
      String filingNumber,
      String enterpriseName,
      String creditCode,
      String customsCode,
      FilingStatus status,
      LocalDate validFrom,
      LocalDate validTo,
      LocalDateTime changedAt)
      implements Serializable {

    /** Approved and within its validity on {@code day}. */
    public boolean validOn(LocalDate day) {
      return status == FilingStatus.APPROVED && validTo != null && !validTo.isBefore(day);
    }
  }

  /**
   * The verification's answer: valid today, and the filing it is about (none when never decided).
   */
  public record Verification(boolean valid, ExportFilingView filing) implements Serializable {}

  /**
   * Whether the enterprise named by its credit code and/or customs code holds a valid export
   * filing: its valid one, else its latest decided one.
   */
  public Verification verify(String creditCode, String customsCode) {
    String credit = blankToNull(creditCode);
    String customs = blankToNull(customsCode);
    if (credit == null && customs == null) {
      throw new RefusedException("exchange.invalid-request");
    }
    Long byCredit = credit == null ? null : enterpriseByCreditCode(credit);
    Long byCustoms = customs == null ? null : enterpriseByCustomsCode(customs);
    if (credit != null && byCredit == null
        || customs != null && byCustoms == null
        || byCredit != null && byCustoms != null && !byCredit.equals(byCustoms)) {
      throw new RefusedException("exchange.unknown-enterprise");
    }
    Long enterprise = byCredit != null ? byCredit : byCustoms;
    LocalDate today = BusinessTime.today();
    List<ExportFilingView> decided =
        em.createQuery(
                "SELECT f FROM Filing f WHERE f.applicant.enterpriseId = :e AND f.typeCode = :t"
                    + " AND f.status IN :decided",
                Filing.class)
            .setParameter("e", enterprise)
            .setParameter("t", TYPE)
            .setParameter("decided", DECIDED)
            .getResultStream()
            .map(this::view)
            .sorted(Comparator.comparing(ExportFilingView::changedAt).reversed())
            .toList();
    Optional<ExportFilingView> valid = decided.stream().filter(v -> v.validOn(today)).findFirst();
    return valid
        .map(v -> new Verification(true, v))
        .orElseGet(() -> new Verification(false, decided.isEmpty() ? null : decided.get(0)));
  }

  /** One decided export filing by its number. */
  public ExportFilingView byNumber(String number) {
    return em.createQuery(
            "SELECT f FROM Filing f WHERE f.number = :n AND f.typeCode = :t AND f.status IN :decided",
            Filing.class)
        .setParameter("n", number == null ? "" : number.strip())
        .setParameter("t", TYPE)
        .setParameter("decided", DECIDED)
        .getResultStream()
        .findFirst()
        .map(this::view)
        .orElseThrow(() -> new RefusedException("exchange.unknown-filing"));
  }

  /**
   * Decided export filings whose status changed after {@code since} (or at it, after the number
   * {@code after}), oldest change first; at most {@code max} (1–500).
   */
  public List<ExportFilingView> changedSince(LocalDateTime since, String after, int max) {
    if (since == null) {
      throw new RefusedException("exchange.bad-parameter", "parameter", "since");
    }
    String from = after == null ? "" : after;
    return em.createQuery(
            "SELECT f FROM Filing f WHERE f.typeCode = :t AND f.status IN :decided AND"
                + " (f.statusChangedAt > :since OR (f.statusChangedAt = :since AND f.number > :after))"
                + " ORDER BY f.statusChangedAt, f.number",
            Filing.class)
        .setParameter("t", TYPE)
        .setParameter("decided", DECIDED)
        .setParameter("since", since)
        .setParameter("after", from)
        .setMaxResults(Math.max(1, Math.min(max, 500)))
        .getResultStream()
        .map(this::view)
        .toList();
  }

  /** A filing as partners see it (the enterprise's name and codes, status, validity). */
  public ExportFilingView view(Filing f) {
    ExportFilingForm form = em.find(ExportFilingForm.class, f.getId());
    EnterpriseProfile e = enterprises.profile(f.getApplicant().getEnterpriseId());
    return new ExportFilingView(
        f.getNumber(),
        e == null ? f.getApplicant().getName() : e.name(),
        e == null ? null : e.creditCode(),
        form == null ? null : form.values().get("customsCode"),
        f.getStatus(),
        f.getValidFrom(),
        f.getValidUntil(),
        f.getStatusChangedAt());
  }

  private Long enterpriseByCreditCode(String code) {
    CreditCode creditCode;
    try {
      creditCode = CreditCode.of(code.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (RuntimeException e) { // malformed: its check character, say
      throw new RefusedException("exchange.invalid-request");
    }
    // the id only: building the whole enterprise cost a tenth of a customs call
    return enterprises.idWithCreditCode(creditCode);
  }

  /** The enterprise whose latest export filing carries the customs code. */
  private Long enterpriseByCustomsCode(String code) {
    return em.createQuery(
            "SELECT f.applicant.enterpriseId FROM Filing f, ExportFilingForm x WHERE x.filingId = f.id"
                + " AND x.customsCode = :c AND f.typeCode = :t ORDER BY f.id DESC",
            Long.class)
        .setParameter("c", code.strip().toUpperCase(java.util.Locale.ROOT))
        .setParameter("t", TYPE)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
