package cn.autogov.filing.application;

import static cn.autogov.access.Role.Names.ADMIN;
import static cn.autogov.access.Role.Names.CERTIFICATION_CENTRE;
import static cn.autogov.access.Role.Names.COMMERCE_AUTHORITY;
import static cn.autogov.access.Role.Names.EKEY_PROVIDER;
import static cn.autogov.access.Role.Names.ISSUING_AUTHORITY;

import cn.autogov.access.Actor;
import cn.autogov.filing.domain.RemarkTemplate;
import cn.autogov.identity.application.Actors;
import cn.autogov.kernel.BusinessTime;
import cn.autogov.kernel.Checks;
import cn.autogov.kernel.RefusedException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.List;

/** Reusable review remarks: a reviewer's own, and those shared with the reviewer's role. */
@Stateless
@RolesAllowed({CERTIFICATION_CENTRE, COMMERCE_AUTHORITY, ISSUING_AUTHORITY, EKEY_PROVIDER, ADMIN})
public class RemarkTemplates {

  /** A template as the workbench lists it. */
  public record View(Long id, String text, boolean shared, boolean mine) implements Serializable {}

  @PersistenceContext EntityManager em;

  @EJB Actors actors;

  public List<View> visible() {
    Actor a = actors.current();
    return em.createNamedQuery("RemarkTemplate.visibleTo", RemarkTemplate.class)
        .setParameter("role", a.role())
        .setParameter("owner", a.loginName())
        .getResultStream()
        .map(
            t -> new View(t.getId(), t.getText(), t.isShared(), t.getOwner().equals(a.loginName())))
        .toList();
  }

  public View add(String text, boolean shared) {
    Actor a = actors.current();
    var checks = new Checks();
    String t = checks.text("templateText", text, 500);
    checks.throwIfAny();
    var template = RemarkTemplate.of(a.loginName(), a.role(), shared, t, BusinessTime.now());
    em.persist(template);
    em.flush();
    return new View(template.getId(), t, shared, true);
  }

  /** Only its author removes a template. */
  public void remove(Long id) {
    Actor a = actors.current();
    RemarkTemplate t = id == null ? null : em.find(RemarkTemplate.class, id);
    if (t == null || !t.getOwner().equals(a.loginName())) {
      throw RefusedException.notFound();
    }
    em.remove(t);
  }
}
