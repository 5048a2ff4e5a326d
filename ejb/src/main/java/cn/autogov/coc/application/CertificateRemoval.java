package cn.autogov.coc.application;

import cn.autogov.coc.domain.SystemOpening;
import cn.autogov.platform.DemoDataRemoval;
import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Production mode removes the demo enterprises: their plants, openings, front styles and batch
 * changes' lists go before their filings (each names the filing that made it).
 */
@Stateless
@PermitAll // reacts to the start-up's removal of demo data only
public class CertificateRemoval {

  @PersistenceContext EntityManager em;

  public void onDemoDataRemoval(
      @Observes @Priority(Interceptor.Priority.APPLICATION) DemoDataRemoval removal) {
    List<Long> ids = removal.enterpriseIds().isEmpty() ? List.of(-1L) : removal.enterpriseIds();
    // one by one: an opening's plants (its collection table) go with it
    em.createQuery(
            "SELECT o FROM SystemOpening o WHERE o.enterpriseId IN :ids", SystemOpening.class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(em::remove);
    for (String entity : List.of("Plant", "FrontStyle", "ApprovedCertificate")) {
      em.createQuery("DELETE FROM " + entity + " x WHERE x.enterpriseId IN :ids")
          .setParameter("ids", ids)
          .executeUpdate();
    }
    em.createQuery(
            "DELETE FROM BatchExclusion x WHERE x.filingId IN"
                + " (SELECT f.id FROM Filing f WHERE f.applicant.enterpriseId IN :ids)")
        .setParameter("ids", ids)
        .executeUpdate();
    em.flush();
  }
}
