package cn.autogov.identity.client;

import jakarta.persistence.EntityManager;
import java.time.LocalDateTime;
import java.util.EnumSet;

/**
 * The demo system client (demo mode): {@code demo-tax}, a tax system with the tax rights, whose
 * secret is the demo users' password, so that an integrator can try urn:autogov:tax:v1 and its REST
 * twin at once. Production mode removes it with the demo accounts.
 */
public final class DemoClients {

  /** The demo tax system's client id. */
  public static final String TAX = "demo-tax";

  private static final String CREATED_BY = "demo";

  private DemoClients() {}

  public static void create(EntityManager em, String secret, LocalDateTime now) {
    var rights =
        EnumSet.of(
            ClientRight.TAX_OPENINGS,
            ClientRight.TAX_OPENING_CONFIRM,
            ClientRight.TAX_ENTERPRISE,
            ClientRight.TAX_BATCH_CHANGE);
    var c = SystemClient.create(TAX, "税务系统（演示）", ClientKind.TAX, rights, CREATED_BY, now);
    c.client().useSecret(secret);
    em.persist(c.client());
  }

  /** The demo clients' count removed. */
  public static int remove(EntityManager em) {
    return em.createQuery("DELETE FROM SystemClient c WHERE c.clientId = :id AND c.createdBy = :by")
        .setParameter("id", TAX)
        .setParameter("by", CREATED_BY)
        .executeUpdate();
  }
}
