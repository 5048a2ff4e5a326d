package cn.autogov.filing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.autogov.filing.domain.Decision;
import cn.autogov.kernel.RefusedException;
import cn.autogov.testing.MicroDeployment;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Filings in the database (H2, or PostgreSQL with -Ppostgres): history kept, one decision wins. */
@Tag("container")
@ExtendWith(ArquillianExtension.class)
class FilingPersistenceIT {

  @Deployment
  static WebArchive app() {
    return MicroDeployment.of(FilingPersistenceIT.class);
  }

  @EJB TestFilings filings;

  @Test
  void shouldKeepTheWholeHistoryOfAFiling() throws Exception {
    Long id = filings.submitted(filings.anyEnterprise());
    filings.decide(id, "reviewer-a", Decision.APPROVE, 0);
    assertEquals(List.of("created", "saved", "submitted", "approved"), filings.history(id));
    assertEquals(
        "APPROVED reviewer-a " + LocalDate.now().plusYears(1).minusDays(1), filings.status(id));
  }

  @Test
  void shouldLetExactlyOneOfTwoSimultaneousDecisionsWin() throws Exception {
    Long id = filings.submitted(filings.anyEnterprise());
    var pool = Executors.newFixedThreadPool(2);
    List<Future<String>> outcomes = new ArrayList<>();
    for (String reviewer : List.of("reviewer-a", "reviewer-b")) {
      Decision d = reviewer.endsWith("a") ? Decision.APPROVE : Decision.REJECT;
      Callable<String> decide =
          () -> {
            try {
              filings.decide(id, reviewer, d, 500);
              return "won";
            } catch (EJBException | RefusedException e) {
              return "lost";
            }
          };
      outcomes.add(pool.submit(decide));
    }
    List<String> results = new ArrayList<>();
    for (Future<String> f : outcomes) {
      results.add(f.get());
    }
    pool.shutdown();
    assertEquals(1, results.stream().filter("won"::equals).count(), results.toString());
    String status = filings.status(id);
    assertTrue(
        status.startsWith("APPROVED reviewer-a") || status.startsWith("REJECTED reviewer-b"),
        status);

    // the loser, trying again, is told who decided and when
    var again =
        org.junit.jupiter.api.Assertions.assertThrows(
            RefusedException.class, () -> filings.decide(id, "reviewer-c", Decision.APPROVE, 0));
    assertEquals("filing.already-decided", again.key());
  }
}
