package cn.autogov.filing.application;

import static cn.autogov.access.Role.Names.CERTIFICATION_CENTRE;
import static cn.autogov.access.Role.Names.COMMERCE_AUTHORITY;
import static cn.autogov.access.Role.Names.EKEY_PROVIDER;
import static cn.autogov.access.Role.Names.ISSUING_AUTHORITY;

import cn.autogov.access.Actor;
import cn.autogov.enterprise.application.EnterpriseProfile;
import cn.autogov.enterprise.application.Enterprises;
import cn.autogov.filing.domain.Filing;
import cn.autogov.filing.domain.FilingType;
import cn.autogov.identity.application.Actors;
import cn.autogov.kernel.Checks;
import cn.autogov.kernel.RefusedException;
import cn.autogov.kernel.identifier.IdentifierKind;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * 线下申请: paper applications handed in at a counter, entered by staff of the role a type names for an
 * enterprise of their division; afterwards staff fill them in and submit them through {@link
 * FilingService}, and the enterprise follows them like its own.
 */
@Stateless
@RolesAllowed({CERTIFICATION_CENTRE, COMMERCE_AUTHORITY, ISSUING_AUTHORITY, EKEY_PROVIDER})
public class IntakeService {

  @PersistenceContext EntityManager em;

  @EJB Actors actors;

  @Inject FilingTypes types;

  @Inject Enterprises enterprises;

  @Inject FilingAccess access;

  @Inject FilingStarts starts;

  /**
   * 线下申请: staff enter a paper application for an enterprise in their division, where the type
   * allows their role to; they then fill it in, attach the scans and submit it like the applicant.
   */
  public FilingDetail startOffline(String typeCode, String creditCode) {
    Actor actor = actors.current();
    FilingDefinition def = types.of(typeCode);
    if (def.type().isChange() || def.type().offlineIntake() != actor.role()) {
      throw new RefusedException("filing.no-offline-intake", "type", typeCode);
    }
    var checks = new Checks();
    String code = checks.identifier("creditCode", IdentifierKind.USCC, creditCode, true);
    checks.throwIfAny();
    EnterpriseProfile e =
        enterprises
            .withCreditCode(code)
            .filter(p -> p.visibleTo(actor))
            .orElseThrow(RefusedException::notFound);
    def.checkApplicant(e, checks);
    starts.requirePrerequisite(def.type(), e, checks);
    checks.throwIfAny();
    starts.requireNoOpen(def.type(), e.id());
    return starts.start(def, actor, e, null);
  }

  /** The types whose paper applications the caller's role enters. */
  public List<String> intakeTypes() {
    var role = actors.current().role();
    return types.all().stream()
        .map(FilingDefinition::type)
        .filter(t -> t.offlineIntake() == role && !t.isChange())
        .map(FilingType::code)
        .toList();
  }

  /** The paper applications the caller entered, newest first. */
  public List<FilingView> enteredByMe() {
    return em.createNamedQuery("Filing.enteredBy", Filing.class)
        .setParameter("login", actors.current().loginName())
        .setMaxResults(500)
        .getResultStream()
        .map(access::view)
        .toList();
  }
}
