package cn.autogov.usedcar.application;

import cn.autogov.platform.DemoDataRemoval;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Production mode removes the demo enterprises: the sales, imports and registrations of the demo
 * used-car businesses go first (their filings go with the engine's).
 */
@Stateless
@PermitAll // reacts to the start-up's removal of demo data only
public class UsedCarRemoval {

  @PersistenceContext EntityManager em;

  public void onDemoDataRemoval(@Observes DemoDataRemoval removal) {
    List<Long> ids = removal.enterpriseIds().isEmpty() ? List.of(-1L) : removal.enterpriseIds();
    for (String entity : List.of("UsedCarSale", "SaleImport", "UsedCarReport")) {
      em.createQuery("DELETE FROM " + entity + " x WHERE x.enterpriseId IN :ids")
          .setParameter("ids", ids)
          .executeUpdate();
    }
    for (Long id : ids) {
      em.createNativeQuery("DELETE FROM uc_report_reminder WHERE enterprise_id = ?")
          .setParameter(1, id)
          .executeUpdate();
    }
    em.createQuery("DELETE FROM UsedCarBusiness b WHERE b.enterpriseId IN :ids")
        .setParameter("ids", ids)
        .executeUpdate();
  }
}
