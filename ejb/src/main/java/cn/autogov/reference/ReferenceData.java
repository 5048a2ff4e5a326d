package cn.autogov.reference;

import cn.autogov.access.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Reads reference data for every form and partner; administrators add, rename and retire codes. */
@Stateless
public class ReferenceData {

  @PersistenceContext EntityManager em;

  @jakarta.ejb.EJB cn.autogov.audit.application.AuditTrail audit;

  @PermitAll
  public List<CodeView> codes(String category) {
    return em.createNamedQuery("ReferenceCode.active", ReferenceCode.class)
        .setParameter("category", category)
        .getResultStream()
        .map(CodeView::of)
        .toList();
  }

  @PermitAll
  public List<String> categories() {
    return em.createNamedQuery("ReferenceCode.categories", String.class).getResultList();
  }

  /**
   * Provinces when {@code parentCode} is null, else the cities of a province or the counties of a
   * city.
   */
  @PermitAll
  public List<RegionView> regions(String parentCode) {
    var query =
        parentCode == null
            ? em.createNamedQuery("Region.provinces", Region.class)
            : em.createNamedQuery("Region.children", Region.class)
                .setParameter("parent", parentCode);
    return query.getResultStream().map(RegionView::of).toList();
  }

  @PermitAll
  public Optional<RegionView> region(String code) {
    return Optional.ofNullable(code == null ? null : em.find(Region.class, code))
        .map(RegionView::of);
  }

  /** Adds a code, or renames (and reactivates) an existing one. */
  @RolesAllowed(Role.Names.ADMIN)
  public CodeView save(String category, String code, String nameZh, String nameEn, int sortOrder) {
    var existing =
        em.createNamedQuery("ReferenceCode.find", ReferenceCode.class)
            .setParameter("category", category)
            .setParameter("code", code)
            .getResultStream()
            .findFirst();
    if (existing.isPresent()) {
      String before = existing.get().getNameZh() + " / " + existing.get().getNameEn();
      existing.get().rename(nameZh, nameEn);
      audit.recordByCaller(
          "reference-code.renamed", category + "/" + code, before, nameZh + " / " + nameEn);
      return CodeView.of(existing.get());
    }
    var created = new ReferenceCode(category, code, nameZh, nameEn, sortOrder);
    em.persist(created);
    audit.recordByCaller(
        "reference-code.added", category + "/" + code, null, nameZh + " / " + nameEn);
    return CodeView.of(created);
  }

  @RolesAllowed(Role.Names.ADMIN)
  public void retire(String category, String code) {
    em.createNamedQuery("ReferenceCode.find", ReferenceCode.class)
        .setParameter("category", category)
        .setParameter("code", code)
        .getResultStream()
        .findFirst()
        .ifPresent(
            c -> {
              c.retire();
              audit.recordByCaller("reference-code.retired", category + "/" + code, null, null);
            });
  }
}
