package cn.autogov.audit.bench;

import cn.autogov.audit.application.AuditSwitch;
import cn.autogov.filing.application.FilingTypes;
import cn.autogov.filing.domain.Filing;
import cn.autogov.filing.domain.FilingType;
import cn.autogov.kernel.BusinessTime;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Deployed with the benchmark only: filings waiting for a decision, and the audit switch. */
@Stateless
@PermitAll
public class BenchSupport {

  @Inject FilingTypes types;

  @Inject AuditSwitch audit;

  @PersistenceContext EntityManager em;

  /**
   * {@code n} export filings of the enterprise, submitted and waiting in the commerce queue: each
   * id with the version a reviewer decides on.
   */
  public List<long[]> submitted(Long enterpriseId, String creator, int n) {
    var definition = types.of("export-filing");
    FilingType export = definition.type();
    var enterprise =
        cn.autogov.enterprise.application.EnterpriseProfile.of(
            em.find(cn.autogov.enterprise.domain.Enterprise.class, enterpriseId));
    List<long[]> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      LocalDateTime now = BusinessTime.now();
      String number = "EX-B-" + UUID.randomUUID().toString().substring(0, 14);
      Filing f = Filing.draft(export, number, enterpriseId, creator, now);
      f.describeApplicant("基准测试企业", "110108");
      f.save(true, creator, now);
      f.submit(export, BusinessTime.today().plusDays(7), creator, now);
      f.takeNewSteps(); // made here, not by the platform: nothing to record
      em.persist(f);
      em.flush();
      em.persist(definition.newForm(f.getId(), enterprise, null));
      ids.add(new long[] {f.getId(), f.getVersion()});
    }
    return ids;
  }

  public void withoutAudit(boolean off) {
    audit.benchmarkWithoutAudit(off);
  }
}
