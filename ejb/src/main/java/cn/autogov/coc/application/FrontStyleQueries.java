package cn.autogov.coc.application;

import static cn.autogov.access.Role.Names.AGENT;
import static cn.autogov.access.Role.Names.CERTIFICATION_CENTRE;
import static cn.autogov.access.Role.Names.ENTERPRISE;

import cn.autogov.coc.domain.FrontStyle;
import cn.autogov.enterprise.application.EnterpriseProfile;
import cn.autogov.enterprise.application.Enterprises;
import cn.autogov.identity.application.Actors;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The register of certificate front styles (seed 000 §三/§四) with their periods: an enterprise (its
 * legal person or an agent acting for it) sees its own, the certification centre every
 * enterprise's.
 */
@Stateless
@RolesAllowed({ENTERPRISE, AGENT, CERTIFICATION_CENTRE})
public class FrontStyleQueries {

  /** The most styles the centre's register shows at once. */
  static final int LIST_MAX = 500;

  @PersistenceContext EntityManager em;

  @EJB Actors actors;

  @Inject Enterprises enterprises;

  /** The acting enterprise's styles, the newest first. */
  @RolesAllowed({ENTERPRISE, AGENT})
  public List<FrontStyleView> mine() {
    EnterpriseProfile e = enterprises.profile(actors.forEnterprise().enterpriseId());
    return em.createNamedQuery("FrontStyle.ofEnterprise", FrontStyle.class)
        .setParameter("enterpriseId", e.id())
        .getResultStream()
        .map(s -> FrontStyleView.of(s, e.name(), e.creditCode()))
        .toList();
  }

  /** Every enterprise's styles, the newest first: the centre's register. */
  @RolesAllowed(CERTIFICATION_CENTRE)
  public List<FrontStyleView> all() {
    Map<Long, EnterpriseProfile> seen = new HashMap<>();
    return em.createNamedQuery("FrontStyle.all", FrontStyle.class)
        .setMaxResults(LIST_MAX)
        .getResultStream()
        .map(
            s -> {
              EnterpriseProfile e = seen.computeIfAbsent(s.getEnterpriseId(), enterprises::profile);
              return FrontStyleView.of(s, e.name(), e.creditCode());
            })
        .toList();
  }
}
