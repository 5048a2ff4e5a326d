package cn.autogov.ekey.application;

import cn.autogov.ekey.domain.EkeyCertificate;
import cn.autogov.ekey.domain.EkeyFlow;
import cn.autogov.ekey.domain.KeyApplicationForm;
import cn.autogov.filing.application.FilingAccess;
import cn.autogov.filing.application.FilingStepped;
import cn.autogov.filing.application.FilingTypes;
import cn.autogov.filing.domain.FilingStep;
import cn.autogov.kernel.RefusedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * What an e-key application's fulfilment steps do, whichever way they are recorded (portal, REST,
 * SOAP): 解锁 counts the unlock on the key; 制作 stands only where the certificate was issued for the
 * application ({@link EkeyIssuance}) — recorded without one, it is refused and nothing is kept.
 */
@ApplicationScoped
public class EkeySteps {

  @PersistenceContext EntityManager em;

  @Inject FilingTypes types;

  @Inject FilingAccess access;

  @Inject KeyRecords keys;

  void fulfilled(@Observes FilingStepped e) {
    if (e.step().getAction() != FilingStep.FULFILLED) {
      return;
    }
    EkeyFlow flow = EkeyFlow.ofType(e.filing().getTypeCode());
    if (flow == null) {
      return;
    }
    String step = types.of(flow.typeCode()).type().fulfilment().get(e.step().getStage()).code();
    if (EkeyCatalogue.MADE.equals(step)) {
      EkeyCertificate c =
          e.step().getRemark() == null
              ? null
              : em.find(EkeyCertificate.class, e.step().getRemark());
      if (c == null || !e.filing().getId().equals(c.getFilingId())) {
        throw new RefusedException("ekey.make-with-request", "number", e.filing().getNumber());
      }
    } else if (EkeyCatalogue.UNLOCKED.equals(step)) {
      keys.unlock(
          ((KeyApplicationForm) access.form(e.filing())).userName(),
          e.actor() == null ? "system" : e.actor().loginName());
    }
  }
}
