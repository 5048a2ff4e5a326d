package cn.autogov.identity.mobile;

import static cn.autogov.access.Role.Names.ADMIN;

import cn.autogov.audit.application.AuditTrail;
import cn.autogov.audit.domain.AuditEvent;
import cn.autogov.document.inspection.UploadRules;
import cn.autogov.document.store.FileStore;
import cn.autogov.document.store.StoredFile;
import cn.autogov.document.store.StoredFileView;
import cn.autogov.document.store.Upload;
import cn.autogov.identity.application.Actors;
import cn.autogov.identity.domain.UserAccount;
import cn.autogov.identity.domain.UserAccount.LoginOutcome;
import cn.autogov.identity.verification.Purpose;
import cn.autogov.identity.verification.VerificationCodes;
import cn.autogov.identity.verification.VerificationRefusedException;
import cn.autogov.kernel.BusinessTime;
import cn.autogov.kernel.Checks;
import cn.autogov.kernel.InputRejectedException;
import cn.autogov.kernel.RefusedException;
import cn.autogov.kernel.identifier.IdentifierKind;
import cn.autogov.kernel.review.ReviewStatus;
import cn.autogov.notification.Channel;
import cn.autogov.notification.MessageGateway;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * 手机号修改 for someone who lost the old number (seed 002's sign-in page): who cannot receive the
 * sign-in code proves the account (its password: wrong ones count towards its lock, as at sign-in),
 * the identity it was verified with (name and ID number again, and a scan of the ID document) and
 * the new number (its code); the platform's staff compare the scan with the verified identity and
 * approve (the new number is bound) or reject with a reason.
 */
@Stateless
@RolesAllowed(ADMIN)
public class MobileChanges {

  private static final Logger LOG = Logger.getLogger(MobileChanges.class.getName());

  /** What the applicant gives. */
  public record Form(
      String loginName,
      String password,
      String name,
      String idNumber,
      String mobile,
      String code) {}

  @PersistenceContext EntityManager em;

  @EJB VerificationCodes codes;

  @EJB FileStore files;

  @EJB AuditTrail audit;

  @EJB Actors actors;

  @Inject MessageGateway gateway;

  /** A code to the new number (anyone may ask; the limits per number and caller apply). */
  @PermitAll
  public String sendCode(String newMobile, String clientAddress) {
    return codes.issue(Channel.SMS, newMobile, Purpose.PHONE_CHANGE, clientAddress);
  }

  /** The request, for the staff to review; the account's sign-in stays as it is until then. */
  @PermitAll
  public MobileChangeView submit(Form f, Upload idScan, String clientAddress) {
    var checks = new Checks();
    checks.required("loginName", f.loginName());
    checks.required("password", f.password());
    String name = checks.text("name", f.name(), 100);
    String idNumber = checks.text("idNumber", f.idNumber(), 40);
    String mobile = checks.identifier("mobile", IdentifierKind.MOBILE, f.mobile());
    checks.required("smsCode", f.code());
    if (idScan == null) {
      checks.add("idScan", "upload.missing");
    }
    checks.throwIfAny();
    UserAccount account =
        em.createNamedQuery("UserAccount.findByLoginName", UserAccount.class)
            .setParameter("loginName", UserAccount.normaliseLoginName(f.loginName()))
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultStream()
            .findFirst()
            .orElse(null);
    LoginOutcome outcome =
        account == null
            ? LoginOutcome.WRONG_CREDENTIALS
            : account.attemptLogin(f.password(), BusinessTime.now());
    if (outcome != LoginOutcome.SUCCESS) {
      // the same words as the sign-in page; the wrong password counts (committed with the refusal)
      throw new PasswordRefused(
          outcome == LoginOutcome.LOCKED ? "login.locked" : "login.credentials");
    }
    if (account.getIdNumber() == null) {
      throw new RefusedException("mobile-change.not-verified");
    }
    if (!account.getIdNumber().equalsIgnoreCase(idNumber.toUpperCase(Locale.ROOT))
        || !account.getRealName().equals(name)) {
      throw InputRejectedException.of("idNumber", "mobile-change.identity-mismatch");
    }
    long pending =
        em.createNamedQuery("MobileChangeRequest.pendingOf", Long.class)
            .setParameter("account", account.getId())
            .getSingleResult();
    if (pending > 0) {
      throw new RefusedException("mobile-change.pending");
    }
    try {
      codes.verify(Channel.SMS, mobile, Purpose.PHONE_CHANGE, f.code());
    } catch (VerificationRefusedException e) {
      throw InputRejectedException.of("smsCode", e.key());
    }
    var stored = new Checks();
    StoredFile scan =
        files.accept(stored, "idScan", UploadRules.REAL_NAME_SCAN, idScan, account.getId());
    stored.throwIfAny();
    var r =
        MobileChangeRequest.submit(
            account.getId(),
            name,
            account.getIdNumber(),
            mobile,
            scan.getId(),
            clientAddress,
            BusinessTime.now());
    em.persist(r);
    em.flush();
    tell(mobile, "sms.mobile-change.submitted", account.getLoginName(), null);
    LOG.info(() -> "Mobile change request " + r.getId() + " for " + account.getLoginName());
    return MobileChangeView.of(r, account.getLoginName(), account.getRealName());
  }

  /** The requests waiting for a decision, oldest first. */
  public List<MobileChangeView> queue() {
    return em
        .createNamedQuery("MobileChangeRequest.byStatus", MobileChangeRequest.class)
        .setParameter("status", ReviewStatus.SUBMITTED)
        .getResultList()
        .stream()
        .map(this::view)
        .toList();
  }

  /** Approved: the new number is bound to the account (and told so). */
  public MobileChangeView approve(Long id) {
    MobileChangeRequest r = locked(id);
    UserAccount account = em.find(UserAccount.class, r.getAccountId());
    r.approve(actors.account().getLoginName(), BusinessTime.now());
    account.changeMobile(r.getNewMobile());
    tell(r.getNewMobile(), "sms.mobile-change.approved", account.getLoginName(), null);
    actors.record(actors.current(), "mobile-change.approved", account.getLoginName());
    return view(r);
  }

  /** Rejected with the reason the applicant reads (by SMS to the new number). */
  public MobileChangeView reject(Long id, String reason) {
    MobileChangeRequest r = locked(id);
    var checks = new Checks();
    String remark = checks.text("remark", reason, 500);
    checks.throwIfAny();
    r.reject(actors.account().getLoginName(), remark, BusinessTime.now());
    UserAccount account = em.find(UserAccount.class, r.getAccountId());
    tell(r.getNewMobile(), "sms.mobile-change.rejected", account.getLoginName(), remark);
    actors.record(actors.current(), "mobile-change.rejected", account.getLoginName());
    return view(r);
  }

  /** The ID scan of a request, for the reviewing staff. */
  public StoredFileView scan(Long id) {
    MobileChangeRequest r = id == null ? null : em.find(MobileChangeRequest.class, id);
    if (r == null) {
      throw RefusedException.notFound();
    }
    StoredFile f = files.find(r.getIdScanId());
    audit.record(
        AuditEvent.downloaded(
            actors.account().getLoginName(), null, "mobile-change/" + id, "idScan", f.getSha256()));
    return StoredFileView.of(f);
  }

  private void tell(String mobile, String key, String login, String remark) {
    var params = new java.util.HashMap<String, Object>();
    params.put("login", login);
    params.put("remark", remark == null ? "" : remark);
    gateway.send(Channel.SMS, mobile, cn.autogov.kernel.DomainText.message(key, params));
  }

  private MobileChangeView view(MobileChangeRequest r) {
    UserAccount a = em.find(UserAccount.class, r.getAccountId());
    return MobileChangeView.of(r, a.getLoginName(), a.getRealName());
  }

  private MobileChangeRequest locked(Long id) {
    MobileChangeRequest r =
        id == null ? null : em.find(MobileChangeRequest.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (r == null) {
      throw RefusedException.notFound();
    }
    return r;
  }

  /**
   * A wrong password or a locked account: refused with the sign-in page's words, and not rolled
   * back (the wrong try counts towards the lock, as at sign-in).
   */
  @jakarta.ejb.ApplicationException(rollback = false)
  public static class PasswordRefused extends RefusedException {
    private static final long serialVersionUID = 1L;

    PasswordRefused(String key) {
      super(key);
    }
  }
}
