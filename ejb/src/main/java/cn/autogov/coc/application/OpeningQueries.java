package cn.autogov.coc.application;

import static cn.autogov.access.Role.Names.AGENT;
import static cn.autogov.access.Role.Names.CERTIFICATION_CENTRE;
import static cn.autogov.access.Role.Names.ENTERPRISE;

import cn.autogov.access.Actor;
import cn.autogov.coc.application.TaxExchange.EnterpriseOpenings;
import cn.autogov.coc.domain.OpeningStatus;
import cn.autogov.coc.domain.Plant;
import cn.autogov.coc.domain.SystemOpening;
import cn.autogov.enterprise.application.EnterpriseProfile;
import cn.autogov.enterprise.application.Enterprises;
import cn.autogov.identity.application.Actors;
import cn.autogov.kernel.RefusedException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The plants and system openings in the portal: an enterprise (its legal person or an agent acting
 * for it) sees its own — 待开通, 已开通, 开通失败 with the tax side's reason; the certification centre sees
 * every enterprise's, newest first, by status.
 */
@Stateless
@RolesAllowed({ENTERPRISE, AGENT, CERTIFICATION_CENTRE})
public class OpeningQueries {

  /** The most openings the centre's list shows at once. */
  static final int LIST_MAX = 200;

  @PersistenceContext EntityManager em;

  @EJB Actors actors;

  @Inject Enterprises enterprises;

  /** The enterprise the caller acts for: its plants and openings. */
  @RolesAllowed({ENTERPRISE, AGENT})
  public EnterpriseOpenings mine() {
    return of(enterprises.profile(actors.forEnterprise().enterpriseId()));
  }

  /** One enterprise's plants and openings, if the caller may see it. */
  public EnterpriseOpenings of(Long enterpriseId) {
    EnterpriseProfile e = enterprises.profile(enterpriseId);
    Actor actor = actors.current();
    if (e == null || !e.visibleTo(actor)) {
      throw RefusedException.notFound();
    }
    return of(e);
  }

  /** Every enterprise's openings of the status (all when null), newest first: the centre's list. */
  @RolesAllowed(CERTIFICATION_CENTRE)
  public List<OpeningView> openings(OpeningStatus status) {
    var q =
        status == null
            ? em.createNamedQuery("SystemOpening.all", SystemOpening.class)
            : em.createNamedQuery("SystemOpening.withStatus", SystemOpening.class)
                .setParameter("status", status);
    return q.setMaxResults(LIST_MAX).getResultStream().map(OpeningView::of).toList();
  }

  private EnterpriseOpenings of(EnterpriseProfile e) {
    return new EnterpriseOpenings(
        e.creditCode(), e.name(), plantsOf(em, e.id()), openingsOf(em, e.id()));
  }

  static List<PlantView> plantsOf(EntityManager em, Long enterpriseId) {
    return em.createNamedQuery("Plant.ofEnterprise", Plant.class)
        .setParameter("enterpriseId", enterpriseId)
        .getResultStream()
        .map(PlantView::of)
        .toList();
  }

  static List<OpeningView> openingsOf(EntityManager em, Long enterpriseId) {
    return em.createNamedQuery("SystemOpening.ofEnterprise", SystemOpening.class)
        .setParameter("enterpriseId", enterpriseId)
        .getResultStream()
        .map(OpeningView::of)
        .toList();
  }
}
