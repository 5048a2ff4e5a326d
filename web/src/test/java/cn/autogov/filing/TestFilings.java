package cn.autogov.filing;

import cn.autogov.filing.domain.Decision;
import cn.autogov.filing.domain.Filing;
import cn.autogov.filing.domain.FilingEvent;
import cn.autogov.filing.domain.FilingType;
import cn.autogov.identity.domain.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.List;
import java.util.UUID;

/** Deployed with the tests only: filings stored and decided, each call its own transaction. */
@Stateless
@PermitAll
public class TestFilings {

  static final FilingType EXPORT =
      FilingType.define("export")
          .numbered("EX")
          .stage("review", Role.COMMERCE_AUTHORITY, true, 5)
          .validFor(Period.ofYears(1))
          .build();

  @PersistenceContext EntityManager em;

  public Long submitted(Long enterpriseId) {
    String number = "EX-IT-" + UUID.randomUUID().toString().substring(0, 12);
    Filing f = Filing.draft(EXPORT, number, enterpriseId, "it-applicant", LocalDateTime.now());
    f.save(true, "it-applicant", LocalDateTime.now());
    f.submit(EXPORT, LocalDate.now().plusDays(7), "it-applicant", LocalDateTime.now());
    em.persist(f);
    em.flush();
    return f.getId();
  }

  public void decide(Long id, String reviewer, Decision decision, long pauseMillis)
      throws InterruptedException {
    Filing f = em.find(Filing.class, id);
    Thread.sleep(pauseMillis); // both reviewers have the filing open
    f.decide(
        EXPORT,
        decision,
        reviewer,
        decision.needsRemark() ? "材料不全" : null,
        null,
        LocalDateTime.now());
    em.flush();
  }

  public List<String> history(Long id) {
    return em.find(Filing.class, id).getHistory().stream().map(FilingEvent::getAction).toList();
  }

  public String status(Long id) {
    Filing f = em.find(Filing.class, id);
    return f.getStatus() + " " + f.getDecidedBy() + " " + f.getValidUntil();
  }

  public Long anyEnterprise() {
    return em.createQuery("SELECT MIN(e.id) FROM Enterprise e", Long.class).getSingleResult();
  }
}
