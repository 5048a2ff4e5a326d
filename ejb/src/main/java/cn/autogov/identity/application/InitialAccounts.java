package cn.autogov.identity.application;

import cn.autogov.access.Role;
import cn.autogov.identity.domain.UserAccount;
import cn.autogov.kernel.BusinessTime;
import cn.autogov.platform.DemoDataRemoval;
import cn.autogov.platform.PlatformSettings;
import cn.autogov.platform.PlatformSettings.Mode;
import cn.autogov.platform.SchemaReady;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.logging.Logger;

/**
 * The accounts a fresh installation starts with. Demo mode: one demo user of each kind, all with
 * one password that is generated per installation (or given as {@code AUTOGOV_DEMO_PASSWORD}) and
 * written to {@code demo-credentials.txt} in the data folder. Production mode: every demo user is
 * removed, and a first administrator {@code admin} is created if there is none, with a one-time
 * password that must be changed at first login.
 */
@Stateless
@PermitAll // runs at start-up, before anyone signs in
public class InitialAccounts {

  private static final Logger LOG = Logger.getLogger(InitialAccounts.class.getName());

  static final String FIRST_ADMIN = "admin";

  @PersistenceContext EntityManager em;

  @Inject PlatformSettings settings;

  @Inject SecretFiles secretFiles;

  @Inject Event<DemoDataRemoval> removal;

  public void onSchemaReady(@Observes SchemaReady ready) {
    if (settings.mode() == Mode.PRODUCTION) {
      removeDemoAccounts();
      ensureFirstAdmin();
    } else {
      ensureDemoAccounts();
    }
  }

  private void removeDemoAccounts() {
    String demo = "SELECT id FROM user_account WHERE demo = TRUE";
    String demoEnterprises = "SELECT id FROM enterprise WHERE account_id IN (" + demo + ")";
    @SuppressWarnings("unchecked")
    List<Number> ids =
        em.createNativeQuery(
                "SELECT id FROM enterprise WHERE account_id IN ("
                    + demo
                    + ") OR parent_id IN ("
                    + demoEnterprises
                    + ")")
            .getResultList();
    @SuppressWarnings("unchecked")
    List<Number> accounts = em.createNativeQuery(demo).getResultList();
    var demoData = new DemoDataRemoval(longs(ids), longs(accounts));
    if (!demoData.isEmpty()) {
      removal.fire(demoData);
    }
    for (String sql :
        List.of(
            "DELETE FROM agent_grant WHERE agent_id IN ("
                + demo
                + ") OR enterprise_id IN ("
                + demoEnterprises
                + ")",
            "DELETE FROM account_session WHERE account_id IN (" + demo + ")",
            "DELETE FROM client_certificate WHERE account_id IN (" + demo + ")",
            "DELETE FROM stored_file WHERE owner_id IN (" + demo + ")",
            "DELETE FROM enterprise WHERE parent_id IN (" + demoEnterprises + ")",
            "DELETE FROM enterprise WHERE account_id IN (" + demo + ")")) {
      em.createNativeQuery(sql).executeUpdate();
    }
    int removed = em.createNamedQuery("UserAccount.deleteDemo").executeUpdate();
    if (removed > 0) {
      LOG.warning(() -> "Production mode: removed " + removed + " demo accounts");
    }
  }

  private static List<Long> longs(List<Number> ids) {
    return ids.stream().map(Number::longValue).toList();
  }

  private void ensureFirstAdmin() {
    long admins =
        em.createNamedQuery("UserAccount.countByRole", Long.class)
            .setParameter("role", Role.ADMIN)
            .getSingleResult();
    if (admins > 0) {
      return;
    }
    String password = settings.adminInitialPassword().orElseGet(SecretFiles::generatePassword);
    em.persist(
        UserAccount.create(FIRST_ADMIN, "平台管理员", Role.ADMIN, password, true, BusinessTime.now()));
    if (settings.adminInitialPassword().isEmpty()) {
      var file =
          secretFiles.write(
              "initial-admin-password.txt",
              "login name: " + FIRST_ADMIN + "\none-time password: " + password + "\n");
      LOG.warning(
          () ->
              "Production mode: created the first administrator '"
                  + FIRST_ADMIN
                  + "'; the one-time password is in "
                  + file
                  + " and must be changed at first login");
    } else {
      LOG.warning("Production mode: created the first administrator '" + FIRST_ADMIN + "'");
    }
  }

  private void ensureDemoAccounts() {
    long existing = em.createNamedQuery("UserAccount.countDemo", Long.class).getSingleResult();
    if (existing > 0) {
      return;
    }
    String password = settings.demoPassword().orElseGet(SecretFiles::generatePassword);
    LocalDateTime now = BusinessTime.now();
    List<UserAccount> demo = DemoAccounts.create(em, password, now);
    var lines = new StringBuilder("AutoGov demo accounts (demo mode only); password for all: ");
    lines.append(password).append('\n');
    demo.forEach(a -> lines.append(a.getLoginName()).append('\t').append(a.getRole()).append('\n'));
    var file = secretFiles.write("demo-credentials.txt", lines.toString());
    LOG.warning(
        () ->
            "Demo mode: created "
                + demo.size()
                + " demo accounts; their password is in "
                + file
                + ". Never run demo mode in production (AUTOGOV_MODE=production).");
  }
}
