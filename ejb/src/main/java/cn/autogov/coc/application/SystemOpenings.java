package cn.autogov.coc.application;

import cn.autogov.coc.domain.OpeningForm;
import cn.autogov.coc.domain.OpeningPlant;
import cn.autogov.coc.domain.Plant;
import cn.autogov.coc.domain.PlantAction;
import cn.autogov.coc.domain.PlantRow;
import cn.autogov.coc.domain.SystemOpening;
import cn.autogov.coc.domain.TaxSystem;
import cn.autogov.enterprise.application.EnterpriseProfile;
import cn.autogov.filing.application.Approval;
import cn.autogov.kernel.BusinessTime;
import cn.autogov.kernel.Checks;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The enterprise's plants and the systems opened for it, as approvals change them, in the caller's
 * transaction: at 上报 the plants a filing changes must be the enterprise's; at approval the plants
 * are added (given their codes) or changed and the opening is recorded 待开通 — {@link
 * SystemOpeningApproved} tells whoever must hear of it (the tax side's callbacks).
 */
@Dependent
public class SystemOpenings {

  @PersistenceContext EntityManager em;

  @Inject Event<SystemOpeningApproved> approvedEvent;

  /** The enterprise's plants by code. */
  public List<Plant> plants(Long enterpriseId) {
    return em.createNamedQuery("Plant.ofEnterprise", Plant.class)
        .setParameter("enterpriseId", enterpriseId)
        .getResultList();
  }

  /** Each changed plant is one of the enterprise's; the additions fit in its codes. */
  void checkPlants(Long enterpriseId, OpeningForm form, Checks checks) {
    List<PlantRow> rows = form.plants();
    if (rows.isEmpty()) {
      return;
    }
    List<Plant> held = plants(enterpriseId);
    var codes = held.stream().map(Plant::getCode).collect(Collectors.toSet());
    long added = 0;
    for (int i = 0; i < rows.size(); i++) {
      PlantRow row = rows.get(i);
      if (row.action() == PlantAction.CHANGE && !codes.contains(row.plantCode())) {
        checks.add("plants." + i + ".plantCode", "coc.plant-unknown", "code", row.plantCode());
      } else if (row.action() == PlantAction.ADD) {
        added++;
      }
    }
    if (held.size() + added > Plant.MOST) {
      checks.add("plants", "coc.plants-full", "max", Plant.MOST);
    }
  }

  /** The approved filing's plants set and its system 待开通. */
  void approved(TaxSystem system, Approval approval) {
    var form = (OpeningForm) approval.form();
    EnterpriseProfile e = approval.applicant();
    LocalDateTime now = BusinessTime.now();
    String number = approval.filing().getNumber();
    List<Plant> held = plants(e.id());
    Map<String, Plant> byCode =
        held.stream().collect(Collectors.toMap(Plant::getCode, Function.identity()));
    String last = held.isEmpty() ? null : held.get(held.size() - 1).getCode();
    List<OpeningPlant> told = new ArrayList<>();
    for (PlantRow row : form.plants()) {
      Plant p;
      if (row.action() == PlantAction.CHANGE) {
        p = byCode.get(row.plantCode());
        if (p == null) { // checked at 上报, and plants are never removed: a broken invariant
          throw new cn.autogov.kernel.RefusedException(
              "coc.plant-unknown", "code", row.plantCode());
        }
        p.change(row, number, now);
      } else {
        last = Plant.codeAfter(last);
        p = Plant.added(e.id(), last, row, number, now);
        em.persist(p);
      }
      told.add(new OpeningPlant(row.action(), p));
    }
    var opening =
        SystemOpening.approved(
            system,
            approval.filing().getId(),
            number,
            e.id(),
            e.creditCode(),
            e.name(),
            form,
            told,
            now);
    em.persist(opening);
    approvedEvent.fire(new SystemOpeningApproved(opening));
  }
}
