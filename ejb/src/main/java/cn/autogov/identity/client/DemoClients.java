package cn.autogov.identity.client;

import jakarta.persistence.EntityManager;
import java.time.LocalDateTime;
import java.util.EnumSet;

/**
 * The demo system clients (demo mode), whose secret is the demo users' password, so that an
 * integrator can try the services at once: {@code demo-tax}, a tax system with the tax rights
 * (urn:autogov:tax:v1), and {@code demo-ekey-system}, the e-key provider's system acting as {@code
 * demo-ekey} (urn:autogov:ekey:v1). Production mode removes them with the demo accounts.
 */
public final class DemoClients {

  /** The demo tax system's client id. */
  public static final String TAX = "demo-tax";

  /** The demo e-key provider's system, and the provider's operator it acts as. */
  public static final String EKEY = "demo-ekey-system";

  private static final String EKEY_ACTS_AS = "demo-ekey";

  private static final String CREATED_BY = "demo";

  private DemoClients() {}

  public static void create(EntityManager em, String secret, LocalDateTime now) {
    var rights =
        EnumSet.of(
            ClientRight.TAX_OPENINGS,
            ClientRight.TAX_OPENING_CONFIRM,
            ClientRight.TAX_ENTERPRISE,
            ClientRight.TAX_BATCH_CHANGE);
    var c = SystemClient.create(TAX, "税务系统（演示）", ClientKind.TAX, rights, null, CREATED_BY, now);
    c.client().useSecret(secret);
    em.persist(c.client());
    var ekey =
        SystemClient.create(
            EKEY,
            "电子钥匙服务商系统（演示）",
            ClientKind.EKEY_PROVIDER,
            EnumSet.of(
                ClientRight.EKEY_APPLICATIONS,
                ClientRight.EKEY_RECHECK,
                ClientRight.EKEY_CERTIFICATE,
                ClientRight.EKEY_STEP,
                ClientRight.EKEY_REVOCATION),
            EKEY_ACTS_AS,
            CREATED_BY,
            now);
    ekey.client().useSecret(secret);
    em.persist(ekey.client());
  }

  /** The demo clients' count removed. */
  public static int remove(EntityManager em) {
    return em.createQuery(
            "DELETE FROM SystemClient c WHERE c.clientId IN :ids AND c.createdBy = :by")
        .setParameter("ids", java.util.List.of(TAX, EKEY))
        .setParameter("by", CREATED_BY)
        .executeUpdate();
  }
}
