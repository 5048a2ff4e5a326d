package cn.autogov.identity.application;

import cn.autogov.access.Role;
import cn.autogov.identity.client.DemoClients;
import cn.autogov.identity.domain.UserAccount;
import cn.autogov.kernel.BusinessTime;
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

  @Inject Event<DemoAccountsLeaving> leaving;

  @Inject Event<DemoAccountsCreated> created;

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
    @SuppressWarnings("unchecked")
    List<Number> accounts = em.createNativeQuery(demo).getResultList();
    if (!accounts.isEmpty()) {
      leaving.fire(new DemoAccountsLeaving(accounts.stream().map(Number::longValue).toList()));
    }
    for (String sql :
        List.of(
            "DELETE FROM account_session WHERE account_id IN (" + demo + ")",
            "DELETE FROM client_certificate WHERE account_id IN (" + demo + ")",
            // the demo scans (e-key applications): their chunks first
            "DELETE FROM stored_file_chunk WHERE file_id IN (SELECT id FROM stored_file WHERE owner_id"
                + " IN ("
                + demo
                + "))",
            "DELETE FROM stored_file WHERE owner_id IN (" + demo + ")")) {
      em.createNativeQuery(sql).executeUpdate();
    }
    DemoClients.remove(em);
    int removed = em.createNamedQuery("UserAccount.deleteDemo").executeUpdate();
    if (removed > 0) {
      LOG.warning(() -> "Production mode: removed " + removed + " demo accounts");
    }
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
    created.fire(new DemoAccountsCreated(demo, now));
    DemoClients.create(em, password, now);
    var lines = new StringBuilder("AutoGov demo accounts (demo mode only); password for all: ");
    lines.append(password).append('\n');
    demo.forEach(a -> lines.append(a.getLoginName()).append('\t').append(a.getRole()).append('\n'));
    lines.append(DemoClients.TAX).append("\tTAX system client (its secret: the same password)\n");
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
