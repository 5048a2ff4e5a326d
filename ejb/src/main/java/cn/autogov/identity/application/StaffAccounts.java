package cn.autogov.identity.application;

import static cn.autogov.access.Role.Names.ADMIN;

import cn.autogov.access.Role;
import cn.autogov.identity.domain.UserAccount;
import cn.autogov.kernel.Checks;
import cn.autogov.kernel.RefusedException;
import cn.autogov.reference.ReferenceData;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.List;
import java.util.logging.Logger;

/**
 * Staff accounts, created by administrators, each with a role and a scope. A new account's one-time
 * password goes by SMS to the person's own number (nobody else sees it) and must be changed at
 * first login. Administrators administer; they decide no filings.
 */
@Stateless
@RolesAllowed(ADMIN)
public class StaffAccounts {

  private static final Logger LOG = Logger.getLogger(StaffAccounts.class.getName());

  static final EnumSet<Role> STAFF =
      EnumSet.of(
          Role.CERTIFICATION_CENTRE,
          Role.COMMERCE_AUTHORITY,
          Role.ISSUING_AUTHORITY,
          Role.EKEY_PROVIDER,
          Role.ADMIN);

  @PersistenceContext EntityManager em;

  @EJB Actors actors;

  @EJB ReferenceData reference;

  @Inject NewAccounts accounts;

  public List<StaffView> list() {
    return em
        .createNamedQuery("UserAccount.staff", UserAccount.class)
        .setParameter("roles", STAFF)
        .getResultList()
        .stream()
        .map(StaffView::of)
        .toList();
  }

  public StaffView create(StaffForm f) {
    var checks = new Checks();
    String name = checks.text("displayName", f.displayName(), 100);
    String organisation = checks.text("organisation", f.organisation(), 200);
    String region = scope(checks, f.role(), f.regionCode());
    UserAccount a = accounts.create(checks, f.loginName(), name, f.role(), f.mobile(), f.email());
    checks.throwIfAny();
    a.actingFor(organisation, null, region);
    accounts.sendOneTimePassword(a);
    actors.record(actors.current(), "staff.created", a.getLoginName() + " " + f.role());
    LOG.info(() -> "Staff account " + a.getLoginName() + " (" + f.role() + ") created");
    return StaffView.of(a);
  }

  /** Changes a staff member's role, organisation and division. */
  public StaffView rescope(Long id, Role role, String organisation, String regionCode) {
    UserAccount a = staff(id);
    var checks = new Checks();
    String org = checks.text("organisation", organisation, 200);
    String region = scope(checks, role, regionCode);
    checks.throwIfAny();
    a.rescope(role, org, region);
    actors.record(actors.current(), "staff.rescoped", a.getLoginName() + " " + role);
    return StaffView.of(a);
  }

  public StaffView disable(Long id) {
    UserAccount a = staff(id);
    if (a.getId().equals(actors.current().accountId())) {
      throw new RefusedException("staff.not-yourself");
    }
    a.disable();
    actors.record(actors.current(), "staff.disabled", a.getLoginName());
    return StaffView.of(a);
  }

  public StaffView enable(Long id) {
    UserAccount a = staff(id);
    a.enable();
    actors.record(actors.current(), "staff.enabled", a.getLoginName());
    return StaffView.of(a);
  }

  /** A new one-time password, by SMS to the staff member's own number. */
  public StaffView resetPassword(Long id) {
    UserAccount a = staff(id);
    accounts.sendOneTimePassword(a);
    actors.record(actors.current(), "staff.password-reset", a.getLoginName());
    return StaffView.of(a);
  }

  private String scope(Checks checks, Role role, String regionCode) {
    if (checks.present("role", role) == null) {
      return null;
    }
    if (!STAFF.contains(role)) {
      checks.add("role", "staff.not-a-staff-role");
      return null;
    }
    if (!role.isRegional()) {
      return null;
    }
    String region = checks.required("regionCode", regionCode);
    if (region != null && reference.region(region).isEmpty()) {
      checks.add("regionCode", "staff.unknown-region", "code", region);
      return null;
    }
    return region;
  }

  private UserAccount staff(Long id) {
    UserAccount a = id == null ? null : em.find(UserAccount.class, id);
    if (a == null || !STAFF.contains(a.getRole())) {
      throw RefusedException.notFound();
    }
    return a;
  }
}
