package cn.autogov.ekey.application;

import cn.autogov.platform.DemoDataRemoval;
import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Production mode removes the demo enterprises: their keys and the certificates issued for them go
 * before their applications (the engine's removal, which runs after this one).
 */
@Stateless
@PermitAll // reacts to the start-up's removal of demo data only
public class EkeyRemoval {

  @PersistenceContext EntityManager em;

  public void onDemoDataRemoval(@Observes @Priority(1000) DemoDataRemoval removal) {
    List<Long> ids = removal.enterpriseIds().isEmpty() ? List.of(-1L) : removal.enterpriseIds();
    em.createQuery(
            "DELETE FROM EkeyCertificate c WHERE c.ekeyId IN"
                + " (SELECT k.id FROM Ekey k WHERE k.enterpriseId IN :ids)")
        .setParameter("ids", ids)
        .executeUpdate();
    em.createQuery("DELETE FROM Ekey k WHERE k.enterpriseId IN :ids")
        .setParameter("ids", ids)
        .executeUpdate();
  }
}
