package cn.autogov.usedcar.application;

import cn.autogov.audit.application.AuditTrail;
import cn.autogov.audit.domain.AuditEvent;
import cn.autogov.enterprise.application.OwnRegistrations;
import cn.autogov.identity.application.NewAccounts;
import cn.autogov.identity.verification.Purpose;
import cn.autogov.identity.verification.VerificationCodes;
import cn.autogov.identity.verification.VerificationRefusedException;
import cn.autogov.kernel.BusinessTime;
import cn.autogov.kernel.Checks;
import cn.autogov.kernel.Problem;
import cn.autogov.notification.Channel;
import cn.autogov.reference.ReferenceData;
import cn.autogov.reference.RegionView;
import cn.autogov.usedcar.domain.UsedCarBusiness;
import cn.autogov.usedcar.domain.UsedCarRegistration;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * 用户注册 of a used-car business (seed 003 §2.1.2), open to anyone signed out: every problem at once,
 * the SMS code tried only when the rest is right (a try counts, a right code is spent); then the
 * enterprise, its legal-person account (signed in to by the credit code or the licence number) and
 * what the registration states, in one transaction.
 */
@Stateless
@PermitAll
public class UsedCarRegistrations {

  @PersistenceContext EntityManager em;

  @Inject OwnRegistrations own;

  @EJB VerificationCodes codes;

  @EJB ReferenceData reference;

  @EJB AuditTrail audit;

  /** The login name of the new account. */
  public String register(UsedCarRegistration typed, String clientAddress) {
    var checks = new Checks();
    UsedCarRegistration r = typed.check(checks);
    NewAccounts.checkPassword(checks, typed.password(), typed.confirmation(), r.loginName());
    RegionView county = r.county() == null ? null : reference.region(r.county()).orElse(null);
    if (r.county() != null && !checks.has("county") && (county == null || !isLowest(county))) {
      checks.add("county", "usedcar.county-unknown", "value", r.county());
    }
    own.checkCreditCode(r.creditCode(), "creditCode", checks);
    if (r.licenceNumber() != null
        && em.createNamedQuery("UsedCarBusiness.countWithLicence", Long.class)
                .setParameter("licence", r.licenceNumber())
                .getSingleResult()
            > 0) {
      checks.add("licenceNumber", "usedcar.licence-taken");
    }
    if (checks.ok()) {
      try {
        codes.verify(Channel.SMS, r.fillerMobile(), Purpose.REGISTRATION, r.smsCode());
      } catch (VerificationRefusedException e) {
        checks.add("smsCode", new Problem(Problem.Severity.ERROR, e.key(), e.params()));
      }
    }
    checks.throwIfAny();
    Long id =
        own.register(
            new OwnRegistrations.Own(
                r.creditCode(),
                r.loginName(),
                r.enterpriseName(),
                r.county(),
                address(county, r.street()),
                typed.password(),
                typed.confirmation(),
                r.fillerMobile()));
    em.persist(UsedCarBusiness.of(id, r, BusinessTime.now()));
    audit.record(
        new AuditEvent(
            r.loginName(),
            id,
            "usedcar.registered",
            "enterprise/" + id,
            clientAddress,
            null,
            r.enterpriseName() + " " + r.businessKinds()));
    return r.loginName().toLowerCase(java.util.Locale.ROOT);
  }

  /** A county, or a city without counties (东莞市, 中山市 list towns, not counties). */
  private boolean isLowest(RegionView r) {
    return r.level() == 3 || r.level() == 2 && reference.regions(r.code()).isEmpty();
  }

  /** 福建省福州市鼓楼区 and the street: the address as the licence has it. */
  private String address(RegionView county, String street) {
    java.util.Deque<String> names = new java.util.ArrayDeque<>();
    for (RegionView at = county; at != null; ) {
      String n = at.nameZh();
      if (!n.equals("市辖区") && !n.endsWith("直辖县级行政区划") && !n.equals("县")) {
        names.push(n);
      }
      at = at.parentCode() == null ? null : reference.region(at.parentCode()).orElse(null);
    }
    return String.join("", names) + street;
  }
}
