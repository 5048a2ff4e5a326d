package cn.autogov.filing.application;

import cn.autogov.filing.domain.Filing;
import cn.autogov.filing.domain.FilingForm;
import cn.autogov.platform.DemoDataRemoval;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Logger;

/**
 * Production mode removes the demo enterprises and accounts: their filings go first, with forms
 * (whatever the business), materials, changed values and history; changes before the filings they
 * change.
 */
@Stateless
@PermitAll // reacts to the start-up's removal of demo data only
public class FilingRemoval {

  private static final Logger LOG = Logger.getLogger(FilingRemoval.class.getName());

  @PersistenceContext EntityManager em;

  @Inject FilingTypes types;

  public void onDemoDataRemoval(@Observes DemoDataRemoval removal) {
    List<Filing> filings =
        em
            .createQuery(
                "SELECT f FROM Filing f WHERE f.applicant.enterpriseId IN :ids"
                    + " OR f.applicant.accountId IN :accounts",
                Filing.class)
            .setParameter("ids", orNone(removal.enterpriseIds()))
            .setParameter("accounts", orNone(removal.accountIds()))
            .getResultList()
            .stream()
            .sorted(Comparator.comparing((Filing f) -> f.getChangeOf() == null))
            .toList();
    for (Filing f : filings) {
      for (String table : List.of("FilingMaterial", "FilingMaterialVersion", "FilingValueChange")) {
        em.createQuery("DELETE FROM " + table + " x WHERE x.filingId = :id")
            .setParameter("id", f.getId())
            .executeUpdate();
      }
      FilingForm form = em.find(types.of(f.getTypeCode()).formClass(), f.getId());
      if (form != null) {
        em.remove(form);
      }
      em.flush();
      em.remove(f);
      em.flush();
    }
    if (!filings.isEmpty()) {
      LOG.warning(
          () -> "Production mode: removed " + filings.size() + " filings of demo applicants");
    }
  }

  /** An IN list never empty (no id is -1). */
  private static List<Long> orNone(List<Long> ids) {
    return ids.isEmpty() ? List.of(-1L) : ids;
  }
}
