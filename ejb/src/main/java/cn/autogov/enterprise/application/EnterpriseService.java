package cn.autogov.enterprise.application;

import static cn.autogov.access.Role.Names.ADMIN;
import static cn.autogov.access.Role.Names.AGENT;
import static cn.autogov.access.Role.Names.CERTIFICATION_CENTRE;
import static cn.autogov.access.Role.Names.COMMERCE_AUTHORITY;
import static cn.autogov.access.Role.Names.EKEY_PROVIDER;
import static cn.autogov.access.Role.Names.ENTERPRISE;
import static cn.autogov.access.Role.Names.ISSUING_AUTHORITY;

import cn.autogov.access.Actor;
import cn.autogov.enterprise.domain.Enterprise;
import cn.autogov.identity.application.ActionRecord;
import cn.autogov.identity.application.Actors;
import cn.autogov.identity.domain.UserAccount;
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
 * Enterprises as each caller may see them: the legal person its own and its sub-enterprises, an
 * agent the enterprise it acts for, a regional authority those of its division, national staff all.
 * Ids outside the caller's scope answer "not found".
 */
@Stateless
public class EnterpriseService {

  @PersistenceContext EntityManager em;

  @EJB Actors actors;

  @Inject SubEnterprises subEnterprises;

  @Inject Enterprises register;

  /** The enterprise the caller acts for. */
  @RolesAllowed({ENTERPRISE, AGENT})
  public EnterpriseView mine() {
    return view(em.find(Enterprise.class, actors.forEnterprise().enterpriseId()));
  }

  /** One enterprise, if in the caller's scope. */
  @RolesAllowed({
    ENTERPRISE,
    AGENT,
    CERTIFICATION_CENTRE,
    COMMERCE_AUTHORITY,
    ISSUING_AUTHORITY,
    EKEY_PROVIDER,
    ADMIN
  })
  public EnterpriseView find(Long id) {
    Enterprise e = id == null ? null : em.find(Enterprise.class, id);
    if (e == null || !e.visibleTo(actors.current())) {
      throw RefusedException.notFound();
    }
    return view(e);
  }

  /** The enterprise directory of staff: their division's enterprises, or all for national staff. */
  @RolesAllowed({CERTIFICATION_CENTRE, COMMERCE_AUTHORITY, ISSUING_AUTHORITY, EKEY_PROVIDER, ADMIN})
  public List<EnterpriseView> directory() {
    return directory(null);
  }

  /**
   * The directory, or with {@code code} the enterprises in the caller's scope known by it: their
   * credit code, or a code they had before 企业代码变更 (each with its former codes).
   */
  @RolesAllowed({CERTIFICATION_CENTRE, COMMERCE_AUTHORITY, ISSUING_AUTHORITY, EKEY_PROVIDER, ADMIN})
  public List<EnterpriseView> directory(String code) {
    Actor actor = actors.current();
    if (code != null && !code.isBlank()) {
      return register.idsWithCode(code).stream()
          .map(id -> em.find(Enterprise.class, id))
          .filter(e -> e.visibleTo(actor))
          .map(e -> EnterpriseView.of(e, login(e), register.formerCodes(e.getId())))
          .toList();
    }
    List<Enterprise> found =
        actor.role().isRegional()
            ? em.createNamedQuery("Enterprise.inRegion", Enterprise.class)
                .setParameter("prefix", Actor.regionPrefix(actor.regionCode()) + "%")
                .setMaxResults(500)
                .getResultList()
            : em.createNamedQuery("Enterprise.all", Enterprise.class)
                .setMaxResults(500)
                .getResultList();
    return found.stream().filter(e -> e.visibleTo(actor)).map(this::view).toList();
  }

  /** 子企业: the legal person's approved sub-enterprises. */
  @RolesAllowed(ENTERPRISE)
  public List<EnterpriseView> children() {
    return em
        .createNamedQuery("Enterprise.children", Enterprise.class)
        .setParameter("parentId", actors.forEnterprise().enterpriseId())
        .getResultList()
        .stream()
        .map(this::view)
        .toList();
  }

  /** Changes the contact address of the enterprise the caller acts for; recorded. */
  @RolesAllowed({ENTERPRISE, AGENT})
  public EnterpriseView changeAddress(String address) {
    Actor actor = actors.forEnterprise();
    var checks = new Checks();
    String a = checks.text("address", address, 300);
    checks.throwIfAny();
    Enterprise e = em.find(Enterprise.class, actor.enterpriseId());
    String before = e.getAddress();
    e.changeAddress(a);
    actors.recordChange(actor, "enterprise.address-changed", a, before, a);
    return view(e);
  }

  /** 操作记录: what was done for the caller's enterprise, by whom (person and enterprise). */
  @RolesAllowed({ENTERPRISE, AGENT})
  public List<ActionView> activity() {
    Actor actor = actors.forEnterprise();
    return em
        .createNamedQuery("ActionRecord.ofEnterprise", ActionRecord.class)
        .setParameter("enterpriseId", actor.enterpriseId())
        .setMaxResults(200)
        .getResultList()
        .stream()
        .map(
            r -> {
              UserAccount who =
                  em.createNamedQuery("UserAccount.findByLoginName", UserAccount.class)
                      .setParameter("loginName", r.getLoginName())
                      .getResultStream()
                      .findFirst()
                      .orElse(null);
              return new ActionView(
                  r.getActedAt(),
                  r.getLoginName(),
                  who == null ? null : who.getRealName(),
                  r.getAction(),
                  r.getSubject());
            })
        .toList();
  }

  /**
   * Opens a sub-enterprise (子企业, seed 000 §六) under a parent, with an account of its own whose
   * one-time password goes to its mobile number. Administrators use it directly; the sub-enterprise
   * filing calls it when approved.
   */
  @RolesAllowed(ADMIN)
  public EnterpriseView openSubEnterprise(SubEnterpriseForm f) {
    var checks = new Checks();
    String parentCode =
        checks.identifier("parentCreditCode", IdentifierKind.USCC, f.parentCreditCode(), true);
    String code = checks.identifier("creditCode", IdentifierKind.USCC, f.creditCode(), true);
    checks.text("subEnterpriseName", f.name(), 200);
    checks.text("address", f.address(), 300);
    Enterprise parent = parentCode == null ? null : byCode(parentCode);
    var sub =
        subEnterprises.open(
            parent == null ? null : parent.getId(),
            "parentCreditCode",
            new SubEnterpriseForm(
                parentCode, code, f.name(), f.address(), f.loginName(), f.mobile(), f.email()),
            "creditCode",
            checks);
    actors.record(actors.current(), "enterprise.sub-opened", code);
    return view(em.find(Enterprise.class, sub.id()));
  }

  private Enterprise byCode(String code) {
    return Enterprise.withCreditCode(em, code).orElse(null);
  }

  private EnterpriseView view(Enterprise e) {
    return EnterpriseView.of(e, login(e));
  }

  private String login(Enterprise e) {
    UserAccount a = em.find(UserAccount.class, e.getAccountId());
    return a == null ? null : a.getLoginName();
  }
}
