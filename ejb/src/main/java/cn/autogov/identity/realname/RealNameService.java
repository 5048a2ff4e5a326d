package cn.autogov.identity.realname;

import static cn.autogov.access.Role.Names.ADMIN;
import static cn.autogov.access.Role.Names.AGENT;
import static cn.autogov.access.Role.Names.ENTERPRISE;
import static cn.autogov.access.Role.Names.REGISTERED;

import cn.autogov.access.Role;
import cn.autogov.audit.domain.AuditEvent;
import cn.autogov.document.inspection.UploadRules;
import cn.autogov.document.store.FileStore;
import cn.autogov.document.store.StoredFile;
import cn.autogov.document.store.StoredFileView;
import cn.autogov.identity.application.Actors;
import cn.autogov.identity.domain.IdType;
import cn.autogov.identity.domain.UserAccount;
import cn.autogov.identity.enterprise.Enterprise;
import cn.autogov.kernel.BusinessTime;
import cn.autogov.kernel.Checks;
import cn.autogov.kernel.RefusedException;
import cn.autogov.kernel.identifier.CreditCode;
import cn.autogov.kernel.identifier.IdentifierKind;
import cn.autogov.kernel.review.ReviewStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.logging.Logger;

/**
 * Real-name verification (实名认证, seed 002): automatic checks of every field and upload, then the
 * manual review queue (人工实名认证) where platform administrators approve or reject with a reason.
 */
@Stateless
public class RealNameService {

  private static final Logger LOG = Logger.getLogger(RealNameService.class.getName());

  @PersistenceContext EntityManager em;

  @EJB Actors actors;

  @EJB FileStore files;

  @EJB cn.autogov.audit.application.AuditTrail audit;

  /** 法人认证: refused when the credit code already has its one legal-person account. */
  @RolesAllowed(REGISTERED)
  public RealNameView submitLegalPerson(LegalPersonForm f) {
    UserAccount me = lockedCaller();
    var checks = new Checks();
    checks.present("enterpriseType", f.enterpriseType());
    String code = checks.identifier("creditCode", IdentifierKind.USCC, f.creditCode(), true);
    String org = checks.text("organisationName", f.organisationName(), 200);
    checks.present("legalPersonType", f.legalPersonType());
    String rep = checks.text("legalRepresentative", f.legalRepresentative(), 100);
    String number = idNumber(checks, f.idType(), f.idNumber());
    String address = checks.text("address", f.address(), 300);
    if (code != null && enterpriseExists(code)) {
      checks.add("creditCode", "realname.credit-code-taken");
    }
    StoredFile idScan = null;
    StoredFile licence = null;
    if (checks.ok()) {
      idScan = files.accept(checks, "idScan", UploadRules.REAL_NAME_SCAN, f.idScan(), me.getId());
      licence =
          files.accept(
              checks, "licenceScan", UploadRules.REAL_NAME_SCAN, f.licenceScan(), me.getId());
    }
    checks.throwIfAny();
    var r =
        RealNameApplication.legalPerson(
            me.getId(),
            f.enterpriseType(),
            code,
            org,
            f.legalPersonType(),
            rep,
            f.idType(),
            number,
            address,
            idScan.getId(),
            licence.getId(),
            BusinessTime.now());
    return submitted(r, me);
  }

  /** 自然人认证: the document must be valid today, or permanent. */
  @RolesAllowed(REGISTERED)
  public RealNameView submitNaturalPerson(NaturalPersonForm f) {
    UserAccount me = lockedCaller();
    var checks = new Checks();
    String name = checks.text("name", f.name(), 100);
    String number = idNumber(checks, f.idType(), f.idNumber());
    String address = checks.text("address", f.address(), 300);
    LocalDate today = BusinessTime.today();
    checks.present("validFrom", f.validFrom());
    if (f.validFrom() != null && f.validFrom().isAfter(today)) {
      checks.add("validFrom", "realname.valid-from-future");
    }
    if (!f.permanent()) {
      checks.present("validUntil", f.validUntil());
      if (f.validUntil() != null && f.validUntil().isBefore(today)) {
        checks.add("validUntil", "realname.expired");
      } else if (f.validUntil() != null
          && f.validFrom() != null
          && !f.validUntil().isAfter(f.validFrom())) {
        checks.add("validUntil", "realname.until-before-from");
      }
    }
    StoredFile idScan = null;
    if (checks.ok()) {
      idScan = files.accept(checks, "idScan", UploadRules.REAL_NAME_SCAN, f.idScan(), me.getId());
    }
    checks.throwIfAny();
    var r =
        RealNameApplication.naturalPerson(
            me.getId(),
            name,
            f.idType(),
            number,
            address,
            f.validFrom(),
            f.validUntil(),
            f.permanent(),
            idScan.getId(),
            BusinessTime.now());
    return submitted(r, me);
  }

  /** The caller's applications, newest first (status and the reviewer's reason). */
  @RolesAllowed({REGISTERED, AGENT, ENTERPRISE})
  public List<RealNameView> mine() {
    UserAccount me = actors.account();
    return em
        .createNamedQuery("RealNameApplication.ofAccount", RealNameApplication.class)
        .setParameter("accountId", me.getId())
        .getResultList()
        .stream()
        .map(r -> RealNameView.of(r, me.getLoginName()))
        .toList();
  }

  /** 人工实名认证 queue: every application waiting for a decision, oldest first. */
  @RolesAllowed(ADMIN)
  public List<RealNameView> queue() {
    return em
        .createNamedQuery("RealNameApplication.byStatus", RealNameApplication.class)
        .setParameter("status", ReviewStatus.SUBMITTED)
        .getResultList()
        .stream()
        .map(r -> RealNameView.of(r, em.find(UserAccount.class, r.getAccountId()).getLoginName()))
        .toList();
  }

  /** Approves: a legal person's account becomes its enterprise's legal-person account. */
  @RolesAllowed(ADMIN)
  public RealNameView approve(Long id) {
    RealNameApplication r = pending(id);
    UserAccount account =
        em.find(UserAccount.class, r.getAccountId(), LockModeType.PESSIMISTIC_WRITE);
    LocalDateTime now = BusinessTime.now();
    if (account.getRole() != Role.REGISTERED) {
      throw new RefusedException("realname.already-verified");
    }
    if (r.getSubject() == Subject.LEGAL_PERSON) {
      if (enterpriseExists(r.getCreditCode())) {
        throw new RefusedException("realname.credit-code-taken");
      }
      CreditCode code = CreditCode.reviewed(r.getCreditCode());
      var e =
          Enterprise.register(
              code,
              r.getOrganisationName(),
              r.getEnterpriseType(),
              r.getLegalPersonType(),
              r.getPersonName(),
              r.getAddress(),
              account.getId(),
              now);
      em.persist(e);
      em.flush();
      account.verifiedAsLegalPerson(
          e.getId(),
          e.getName(),
          code,
          e.getRegionCode(),
          r.getPersonName(),
          r.getIdType(),
          r.getIdNumber());
    } else {
      account.verifiedAsNaturalPerson(r.getPersonName(), r.getIdType(), r.getIdNumber());
    }
    r.approve(actors.account().getLoginName(), now);
    actors.record(actors.current(), "realname.approved", account.getLoginName());
    LOG.info(() -> "Real-name application " + id + " approved: " + account.getLoginName());
    return RealNameView.of(r, account.getLoginName());
  }

  /** Rejects with a reason the applicant sees; the applicant may correct and submit again. */
  @RolesAllowed(ADMIN)
  public RealNameView reject(Long id, String reason) {
    RealNameApplication r = pending(id);
    var checks = new Checks();
    String remark = checks.text("remark", reason, 500);
    checks.throwIfAny();
    r.reject(actors.account().getLoginName(), remark, BusinessTime.now());
    UserAccount account = em.find(UserAccount.class, r.getAccountId());
    actors.record(actors.current(), "realname.rejected", account.getLoginName());
    return RealNameView.of(r, account.getLoginName());
  }

  /** A scan of an application: its applicant and the administrators only. */
  @RolesAllowed({REGISTERED, AGENT, ENTERPRISE, ADMIN})
  public StoredFileView scan(Long applicationId, boolean licence) {
    RealNameApplication r =
        applicationId == null ? null : em.find(RealNameApplication.class, applicationId);
    UserAccount me = actors.account();
    String subject = "real-name/" + applicationId;
    String which = licence ? "licence" : "id";
    if (r == null) {
      throw RefusedException.notFound();
    }
    if (me.getRole() != Role.ADMIN && !r.getAccountId().equals(me.getId())) {
      audit.record(AuditEvent.downloadRefused(me.getLoginName(), null, subject, which));
      throw RefusedException.forbidden();
    }
    StoredFile f = files.find(licence ? r.getLicenceScanId() : r.getIdScanId());
    if (f == null) {
      throw RefusedException.notFound();
    }
    audit.record(AuditEvent.downloaded(me.getLoginName(), null, subject, which, f.getSha256()));
    return StoredFileView.of(f);
  }

  private RealNameView submitted(RealNameApplication r, UserAccount me) {
    boolean pending =
        em.createNamedQuery("RealNameApplication.ofAccount", RealNameApplication.class)
            .setParameter("accountId", me.getId())
            .getResultStream()
            .anyMatch(RealNameApplication::isPending);
    if (pending) {
      throw new RefusedException("realname.pending");
    }
    em.persist(r);
    em.flush();
    LOG.info(() -> "Real-name application " + r.getId() + " submitted by " + me.getLoginName());
    return RealNameView.of(r, me.getLoginName());
  }

  private RealNameApplication pending(Long id) {
    RealNameApplication r =
        id == null ? null : em.find(RealNameApplication.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (r == null) {
      throw RefusedException.notFound();
    }
    return r;
  }

  private UserAccount lockedCaller() {
    UserAccount me = actors.account();
    em.lock(me, LockModeType.PESSIMISTIC_WRITE);
    return me;
  }

  private boolean enterpriseExists(String code) {
    return !em.createNamedQuery("Enterprise.byCreditCode", Enterprise.class)
        .setParameter("creditCode", CreditCode.reviewed(code))
        .getResultList()
        .isEmpty();
  }

  static String idNumber(Checks checks, IdType type, String number) {
    if (checks.present("idType", type) == null) {
      checks.required("idNumber", number);
      return null;
    }
    if (type == IdType.RESIDENT_ID) {
      return checks.identifier("idNumber", IdentifierKind.CITIZEN_ID, number);
    }
    if (checks.required("idNumber", number) == null) {
      return null;
    }
    String n = type.normalise(number);
    if (n == null) {
      checks.add("idNumber", "realname.id-number-format");
    }
    return n;
  }
}
