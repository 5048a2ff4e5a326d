package cn.autogov.filing;

import cn.autogov.filing.application.Deadlines;
import cn.autogov.filing.application.FilingTypes;
import cn.autogov.filing.domain.Decision;
import cn.autogov.filing.domain.Filing;
import cn.autogov.filing.domain.FilingType;
import cn.autogov.kernel.BusinessTime;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Deployed with the tests only: filings stored and decided, each call its own transaction. */
@Stateless
@PermitAll
public class TestFilings {

  @Inject FilingTypes types;

  @PersistenceContext EntityManager em;

  private FilingType export() {
    return types.of("export-filing").type();
  }

  public Long submitted(Long enterpriseId) {
    FilingType export = export();
    String number = "EX-IT-" + UUID.randomUUID().toString().substring(0, 12);
    Filing f = Filing.draft(export, number, enterpriseId, "it-applicant", BusinessTime.now());
    f.describeApplicant("并发测试企业", "110108");
    f.save(true, "it-applicant", BusinessTime.now());
    f.submit(export, BusinessTime.today().plusDays(7), "it-applicant", BusinessTime.now());
    em.persist(f);
    em.flush();
    return f.getId();
  }

  public void decide(Long id, String reviewer, Decision decision, long pauseMillis)
      throws InterruptedException {
    Filing f = em.find(Filing.class, id);
    Thread.sleep(pauseMillis); // both reviewers have the filing open
    f.decide(
        export(),
        decision,
        reviewer,
        decision.needsRemark() ? "材料不全" : null,
        null,
        BusinessTime.now());
    em.flush();
  }

  public List<String> history(Long id) {
    return em.find(Filing.class, id).getHistory().stream().map(e -> e.getAction().code()).toList();
  }

  public String status(Long id) {
    Filing f = em.find(Filing.class, id);
    return f.getStatus() + " " + f.getReview().getDecidedBy() + " " + f.getValidUntil();
  }

  @EJB Deadlines deadlines;

  /** Moves a filing's dates, as time passing would. */
  public void backdate(Long id, LocalDate validUntil, LocalDate dueOn) {
    Filing f = em.find(Filing.class, id);
    em.createQuery(
            "UPDATE Filing f SET f.validity.validUntil = :v, f.review.deadline.dueOn = :d WHERE f.id = :id")
        .setParameter("v", validUntil == null ? f.getValidUntil() : validUntil)
        .setParameter("d", dueOn == null ? f.getDueOn() : dueOn)
        .setParameter("id", id)
        .executeUpdate();
  }

  public int expire(LocalDate today) {
    return deadlines.expire(today);
  }

  public int remindExpiry(LocalDate today) {
    return deadlines.remindExpiry(today);
  }

  public int remind(LocalDate today) {
    return deadlines.remind(today);
  }

  public int escalate(LocalDate today) {
    return deadlines.escalate(today);
  }

  /** Every message the development gateway "sent" to an address, oldest first. */
  public List<String> messagesTo(String address) {
    return em.createQuery(
            "SELECT m.text FROM OutboxMessage m WHERE m.address = :a ORDER BY m.id", String.class)
        .setParameter("a", address)
        .getResultList();
  }

  /** The delivery status of each message to an address about a filing number, oldest first. */
  public List<String> deliveryOf(String address, String number) {
    return em.createQuery(
            "SELECT m.status FROM OutboxMessage m WHERE m.address = :a AND m.text LIKE :n"
                + " ORDER BY m.id",
            cn.autogov.notification.DeliveryStatus.class)
        .setParameter("a", address)
        .setParameter("n", "%" + number + "%")
        .getResultStream()
        .map(Enum::name)
        .toList();
  }

  /** The number of job runs recorded for a job. */
  public long jobRuns(String job) {
    return ((Number)
            em.createNativeQuery("SELECT COUNT(*) FROM job_run WHERE job_name = ?")
                .setParameter(1, job)
                .getSingleResult())
        .longValue();
  }

  @Inject jakarta.enterprise.event.Event<cn.autogov.platform.DemoDataRemoval> removal;

  /**
   * What production mode does to a demo enterprise: the removal event, then the enterprise's own
   * rows; the number of filings left.
   */
  public long removeAsDemo(Long enterpriseId) {
    removal.fire(new cn.autogov.platform.DemoDataRemoval(List.of(enterpriseId), List.of()));
    em.createNativeQuery("UPDATE user_account SET enterprise_id = NULL WHERE enterprise_id = ?")
        .setParameter(1, enterpriseId)
        .executeUpdate();
    em.createNativeQuery("DELETE FROM enterprise WHERE id = ?")
        .setParameter(1, enterpriseId)
        .executeUpdate();
    em.flush();
    return em.createQuery(
            "SELECT COUNT(f) FROM Filing f WHERE f.applicant.enterpriseId = :e", Long.class)
        .setParameter("e", enterpriseId)
        .getSingleResult();
  }

  public Long anyEnterprise() {
    return em.createQuery("SELECT MIN(e.id) FROM Enterprise e", Long.class).getSingleResult();
  }
}
