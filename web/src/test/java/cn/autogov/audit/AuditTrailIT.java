package cn.autogov.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.autogov.kernel.BusinessTime;
import cn.autogov.testing.MicroDeployment;
import cn.autogov.testing.Portal;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit trail in the database (H2, or PostgreSQL with -Ppostgres): 50 threads × 400 events
 * chain without a gap; the administrators' verifier finds an edited and a deleted entry; what a
 * failed business transaction attempted stays recorded.
 */
@Tag("container")
@ExtendWith(ArquillianExtension.class)
class AuditTrailIT {

  @Deployment
  static WebArchive app() {
    return MicroDeployment.of(AuditTrailIT.class);
  }

  @ArquillianResource URL base;

  @EJB TestAudit audit;

  private JsonObject verification(String token) {
    var r = Portal.api(base, "GET", "/api/v1/admin/audit/verification", token, null);
    assertEquals(200, r.statusCode(), r.body());
    return Json.createReader(new StringReader(r.body())).readObject();
  }

  private static boolean intact(JsonObject result) {
    return !result.containsKey("problem") || result.isNull("problem");
  }

  @Test
  void shouldChainConcurrentEventsWithoutGapsAndFindAnEditedAndADeletedEntry() throws Exception {
    var admin = Portal.create(base, "ADMIN");
    String token = Portal.token(base, admin.login(), Portal.PASSWORD);
    long start = audit.head();
    var pool = Executors.newFixedThreadPool(50);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < 50; t++) {
      String actor = "it-thread-" + t;
      done.add(
          pool.submit(
              () -> {
                for (int i = 0; i < 400; i++) {
                  audit.record(actor, actor + "-" + i);
                }
              }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    pool.shutdown();
    long end = audit.head();
    assertTrue(end - start >= 20_000, "every event has its number: " + (end - start));
    JsonObject intact = verification(token);
    assertTrue(intact(intact), intact.toString());
    assertEquals(
        end - audit.first() + 1,
        intact.getJsonNumber("checked").longValue(),
        "no gap from the first kept entry to the head");

    // someone with database access edits one entry: found, at that entry
    long edited = start + 100;
    audit.tamper("UPDATE audit_entry SET after_value = 'APPROVED' WHERE seq = ?", edited);
    JsonObject found = verification(token);
    assertEquals("altered", found.getString("problem"));
    assertEquals(edited, found.getJsonNumber("brokenAt").longValue());
    audit.tamper("UPDATE audit_entry SET after_value = NULL WHERE seq = ?", edited);
    assertTrue(intact(verification(token)), "put back, intact again");

    // ... and deletes one: found where the gap is
    long deleted = start + 200;
    Object[] row = audit.row(deleted);
    audit.tamper("DELETE FROM audit_entry WHERE seq = ?", deleted);
    JsonObject gap = verification(token);
    assertEquals("missing", gap.getString("problem"));
    assertEquals(deleted, gap.getJsonNumber("brokenAt").longValue());
    audit.tamper(
        "INSERT INTO audit_entry (seq, recorded_at, actor, acting_for, action, subject, origin,"
            + " before_value, after_value, prev_hash, hash)"
            + " VALUES (?, ?, ?, CAST(? AS BIGINT), ?, ?, ?, ?, ?, ?, ?)",
        row);
    assertTrue(intact(verification(token)), "put back, intact again");
  }

  @Test
  void shouldRemoveWhatIsOlderThanTheRetentionAndStillVerify() throws Exception {
    var admin = Portal.create(base, "ADMIN");
    String token = Portal.token(base, admin.login(), Portal.PASSWORD);
    String old = "it-old-" + UUID.randomUUID();
    String recent = "it-recent-" + UUID.randomUUID();
    for (int i = 0; i < 5; i++) {
      audit.record("it-retention", old);
    }
    Thread.sleep(20);
    java.time.LocalDateTime cutoff = BusinessTime.now();
    Thread.sleep(20);
    audit.record("it-retention", recent);
    long firstBefore = audit.first();

    String done = audit.removeOlderThan(cutoff);
    assertTrue(done.contains("removed"), done);
    assertEquals(0, audit.count(old), "older than the retention: gone");
    assertEquals(1, audit.count(recent), "within it: kept");
    assertTrue(audit.first() > firstBefore, "the chain starts later");
    JsonObject check = verification(token);
    assertTrue(intact(check), check.toString());
    assertEquals(audit.head() - audit.first() + 1, check.getJsonNumber("checked").longValue());
    // the removal itself is on the record
    var r = Portal.api(base, "GET", "/api/v1/admin/audit?action=audit.retention", token, null);
    assertTrue(r.body().contains("older than " + cutoff.toLocalDate()), r.body());
    // and deleting the kept chain's first entry is still found
    long first = audit.first();
    Object[] row = audit.row(first);
    audit.tamper("DELETE FROM audit_entry WHERE seq = ?", first);
    assertEquals("missing", verification(token).getString("problem"));
    audit.tamper(
        "INSERT INTO audit_entry (seq, recorded_at, actor, acting_for, action, subject, origin,"
            + " before_value, after_value, prev_hash, hash)"
            + " VALUES (?, ?, ?, CAST(? AS BIGINT), ?, ?, ?, ?, ?, ?, ?)",
        row);
    assertTrue(intact(verification(token)));
  }

  @Test
  void shouldKeepWhatARolledBackTransactionAttempted() {
    String subject = "it-rollback-" + UUID.randomUUID();
    assertThrows(EJBException.class, () -> audit.failAfterRecording(subject));
    assertEquals(1, audit.count(subject));
  }
}
