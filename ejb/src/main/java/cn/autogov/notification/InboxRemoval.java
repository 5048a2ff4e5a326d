package cn.autogov.notification;

import cn.autogov.platform.DemoDataRemoval;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Production mode removes the demo accounts: their inbox messages go with them. */
@Stateless
@PermitAll // reacts to the start-up's removal of demo data only
public class InboxRemoval {

  @PersistenceContext EntityManager em;

  public void onDemoDataRemoval(@Observes DemoDataRemoval removal) {
    em.createNamedQuery("InboxMessage.deleteOfDemo").executeUpdate();
  }
}
