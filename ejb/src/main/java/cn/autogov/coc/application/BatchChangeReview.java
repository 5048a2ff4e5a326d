package cn.autogov.coc.application;

import static cn.autogov.access.Role.Names.AGENT;
import static cn.autogov.access.Role.Names.CERTIFICATION_CENTRE;
import static cn.autogov.access.Role.Names.ENTERPRISE;

import cn.autogov.access.Actor;
import cn.autogov.coc.domain.BatchChangeForm;
import cn.autogov.coc.domain.BatchExclusion;
import cn.autogov.coc.domain.CertificateRow;
import cn.autogov.filing.application.FilingAccess;
import cn.autogov.filing.domain.Filing;
import cn.autogov.filing.domain.FilingStatus;
import cn.autogov.identity.application.Actors;
import cn.autogov.kernel.BusinessTime;
import cn.autogov.kernel.Checks;
import cn.autogov.kernel.RefusedException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Part approval of a 合格证电子信息批量变更: while it is in review, the certification centre's reviewers leave
 * certificates out of the list (each with its reason, which the enterprise reads) or take them back
 * in; approval then approves the rest. Everyone who may read the filing reads the exclusions and,
 * once approved, the approved list.
 */
@Stateless
@RolesAllowed({ENTERPRISE, AGENT, CERTIFICATION_CENTRE})
public class BatchChangeReview {

  @PersistenceContext EntityManager em;

  @EJB Actors actors;

  @Inject FilingAccess access;

  @Inject BatchChanges batches;

  /** A certificate left out, as readers see it. */
  public record Exclusion(String certificateNumber, String reason, String by, LocalDateTime at)
      implements Serializable {}

  /** A certificate of the approved list. */
  public record Approved(
      String certificateNumber, String vin, String vehicleModel, String changeKind, String filing)
      implements Serializable {}

  public List<Exclusion> exclusions(Long filingId) {
    Filing f = batch(access.forReader(actors.current(), filingId));
    return batches.exclusions(f.getId()).stream()
        .map(
            x ->
                new Exclusion(
                    x.getCertificateNumber(), x.getReason(), x.getExcludedBy(), x.getExcludedAt()))
        .toList();
  }

  public List<Approved> approvedList(Long filingId) {
    Filing f = batch(access.forReader(actors.current(), filingId));
    return batches.approvedList(f.getId()).stream()
        .map(
            c ->
                new Approved(
                    c.getCertificateNumber(),
                    c.getVin(),
                    c.getVehicleModel(),
                    c.getChangeKind().name(),
                    c.getFilingNumber()))
        .toList();
  }

  /** Leaves the certificate out of what the approval approves, for the reason given. */
  @RolesAllowed(CERTIFICATION_CENTRE)
  public List<Exclusion> exclude(Long filingId, String certificateNumber, String reason) {
    Actor actor = actors.current();
    Filing f = inReview(access.forReviewer(actor, filingId));
    var checks = new Checks();
    String why = checks.text("reason", reason, BatchExclusion.REASON_MAX);
    String number = certificateNumber == null ? null : certificateNumber.strip();
    BatchChangeForm form = (BatchChangeForm) access.form(f);
    if (form.certificates().stream()
        .map(CertificateRow::certificateNumber)
        .noneMatch(n -> n != null && n.equals(number))) {
      checks.add("certificateNumber", "coc.batch-not-listed", "value", String.valueOf(number));
    } else if (batches.exclusions(f.getId()).stream()
        .anyMatch(x -> x.getCertificateNumber().equals(number))) {
      checks.add("certificateNumber", "coc.batch-excluded-already", "value", number);
    }
    checks.throwIfAny();
    em.persist(BatchExclusion.of(f.getId(), number, why, actor.loginName(), BusinessTime.now()));
    actors.record(actor, "coc.batch-excluded", f.getNumber() + " " + number);
    return exclusions(filingId);
  }

  /** Takes a certificate back into the list. */
  @RolesAllowed(CERTIFICATION_CENTRE)
  public List<Exclusion> include(Long filingId, String certificateNumber) {
    Actor actor = actors.current();
    Filing f = inReview(access.forReviewer(actor, filingId));
    int removed =
        em.createQuery(
                "DELETE FROM BatchExclusion x WHERE x.filingId = :f AND x.certificateNumber = :n")
            .setParameter("f", f.getId())
            .setParameter("n", certificateNumber == null ? "" : certificateNumber.strip())
            .executeUpdate();
    if (removed > 0) {
      actors.record(actor, "coc.batch-included", f.getNumber() + " " + certificateNumber);
    }
    return exclusions(filingId);
  }

  private static Filing batch(Filing f) {
    if (!BatchChangeDefinition.CODE.equals(f.getTypeCode())) {
      throw RefusedException.notFound();
    }
    return f;
  }

  private static Filing inReview(Filing f) {
    batch(f);
    if (f.getStatus() != FilingStatus.SUBMITTED) {
      throw new RefusedException(
          "coc.batch-not-in-review", "number", f.getNumber(), "status", f.getStatus().name());
    }
    return f;
  }
}
