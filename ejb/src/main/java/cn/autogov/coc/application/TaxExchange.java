package cn.autogov.coc.application;

import cn.autogov.coc.domain.ApprovedCertificate;
import cn.autogov.coc.domain.SystemOpening;
import cn.autogov.enterprise.application.EnterpriseProfile;
import cn.autogov.enterprise.application.Enterprises;
import cn.autogov.kernel.BusinessTime;
import cn.autogov.kernel.RefusedException;
import cn.autogov.kernel.identifier.CreditCode;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

/**
 * What tax systems ask and tell of the certificate business (urn:autogov:tax:v1 and its REST twin):
 * the system openings approved since a time, their confirmation (opened, or refused with a reason),
 * an enterprise's plants and openings. The exchange calls these after it has authenticated the
 * client and checked its right; refusals carry {@code exchange.*} keys (the contract's fault
 * codes).
 */
@Stateless
@PermitAll // the exchange checks the system client's right per operation before calling
public class TaxExchange {

  /** The most openings one page lists. */
  public static final int PAGE_MAX = 500;

  @PersistenceContext EntityManager em;

  @Inject Enterprises enterprises;

  @Inject Event<SystemOpeningConfirmed> confirmedEvent;

  /** An enterprise as the tax side sees it: its plants and the systems opened for it. */
  public record EnterpriseOpenings(
      String creditCode, String enterpriseName, List<PlantView> plants, List<OpeningView> openings)
      implements Serializable {}

  /**
   * Openings approved after {@code since} (or at it, after the number {@code after}), oldest first;
   * at most {@code max} (1–500).
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<OpeningView> approvedSince(LocalDateTime since, String after, int max) {
    if (since == null) {
      throw new RefusedException("exchange.bad-parameter", "parameter", "since");
    }
    return em.createNamedQuery("SystemOpening.approvedSince", SystemOpening.class)
        .setParameter("since", since)
        .setParameter("after", after == null ? "" : after.strip())
        .setMaxResults(Math.max(1, Math.min(max, PAGE_MAX)))
        .getResultStream()
        .map(OpeningView::of)
        .toList();
  }

  /**
   * The tax system's word on an opening: opened, or refused with its reason. Saying it again
   * changes nothing; refusing an opened system is a conflict.
   */
  public OpeningView confirm(String number, boolean opened, String reason, String client) {
    SystemOpening o =
        em.createNamedQuery("SystemOpening.byNumber", SystemOpening.class)
            .setParameter("number", number == null ? "" : number.strip())
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultStream()
            .findFirst()
            .orElseThrow(
                () -> new RefusedException("exchange.unknown-filing.opening", "number", number));
    if (o.confirm(opened, reason, client, BusinessTime.now())) {
      confirmedEvent.fire(new SystemOpeningConfirmed(o));
    }
    return OpeningView.of(o);
  }

  /** The enterprise of the credit code: its plants and openings, newest opening first. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public EnterpriseOpenings enterprise(String creditCode) {
    CreditCode code;
    try {
      code = CreditCode.of(creditCode == null ? "" : creditCode.strip().toUpperCase(Locale.ROOT));
    } catch (RuntimeException e) { // malformed: its check character, say
      throw new RefusedException("exchange.bad-parameter", "parameter", "creditCode");
    }
    EnterpriseProfile e =
        enterprises
            .withCreditCode(code.value())
            .orElseThrow(() -> new RefusedException("exchange.unknown-enterprise"));
    return new EnterpriseOpenings(
        e.creditCode(),
        e.name(),
        OpeningQueries.plantsOf(em, e.id()),
        OpeningQueries.openingsOf(em, e.id()));
  }

  /** A certificate of an approved batch change, as the tax side sees it. */
  public record BatchEntry(
      String filingNumber,
      String certificateNumber,
      String vin,
      String vehicleModel,
      String changeKind,
      LocalDateTime approvedAt)
      implements Serializable {}

  /**
   * Whether the certificate number or the VIN (at least one) is in an approved 合格证电子信息批量变更, and the
   * entries that list it, the newest first.
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<BatchEntry> batchChange(String certificateNumber, String vin) {
    String number = blankToNull(certificateNumber);
    String v = blankToNull(vin);
    if (number == null && v == null) {
      throw new RefusedException("exchange.bad-parameter", "parameter", "certificateNumber");
    }
    return em.createNamedQuery("ApprovedCertificate.find", ApprovedCertificate.class)
        .setParameter("number", number == null ? "" : number.toUpperCase(Locale.ROOT))
        .setParameter("vin", v == null ? "" : v.toUpperCase(Locale.ROOT))
        .setMaxResults(PAGE_MAX)
        .getResultStream()
        .map(
            c ->
                new BatchEntry(
                    c.getFilingNumber(),
                    c.getCertificateNumber(),
                    c.getVin(),
                    c.getVehicleModel(),
                    c.getChangeKind().name(),
                    c.getApprovedAt()))
        .toList();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
