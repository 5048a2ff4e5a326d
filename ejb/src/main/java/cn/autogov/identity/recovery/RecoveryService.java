package cn.autogov.identity.recovery;

import static cn.autogov.access.Role.Names.AGENT;
import static cn.autogov.access.Role.Names.CERTIFICATION_CENTRE;
import static cn.autogov.access.Role.Names.REGISTERED;

import cn.autogov.access.Role;
import cn.autogov.audit.domain.AuditEvent;
import cn.autogov.document.inspection.UploadRules;
import cn.autogov.document.store.FileStore;
import cn.autogov.document.store.StoredFile;
import cn.autogov.document.store.StoredFileView;
import cn.autogov.document.store.Upload;
import cn.autogov.identity.application.Actors;
import cn.autogov.identity.application.SecretFiles;
import cn.autogov.identity.domain.UserAccount;
import cn.autogov.kernel.BusinessTime;
import cn.autogov.kernel.Checks;
import cn.autogov.kernel.RefusedException;
import cn.autogov.kernel.identifier.CreditCode;
import cn.autogov.kernel.identifier.IdentifierKind;
import cn.autogov.kernel.review.ReviewStatus;
import cn.autogov.notification.Channel;
import cn.autogov.notification.MessageGateway;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Logger;

/**
 * Account recovery (合格证系统用户信息找回, seed 000 §八): a temporary (registered) account files the request
 * with the stamped materials; the certification centre reviews; on approval the enterprise's
 * legal-person account gets a one-time password by SMS to the requester's mobile number, which is
 * bound to the account, and the password must be changed at the next login.
 */
@Stateless
public class RecoveryService {

  private static final Logger LOG = Logger.getLogger(RecoveryService.class.getName());

  @PersistenceContext EntityManager em;

  @EJB Actors actors;

  @EJB FileStore files;

  @EJB cn.autogov.audit.application.AuditTrail audit;

  @Inject MessageGateway gateway;

  @RolesAllowed({REGISTERED, AGENT})
  public RecoveryView submit(RecoveryForm f) {
    UserAccount me = actors.account();
    var checks = new Checks();
    String code = checks.identifier("creditCode", IdentifierKind.USCC, f.creditCode(), true);
    String name = checks.text("enterpriseName", f.enterpriseName(), 200);
    String requesterName = checks.text("requesterName", f.requesterName(), 100);
    String requesterId =
        checks.identifier("requesterIdNumber", IdentifierKind.CITIZEN_ID, f.requesterIdNumber());
    String authorisedName = checks.text("authorisedName", f.authorisedName(), 100);
    String authorisedId =
        checks.identifier("authorisedIdNumber", IdentifierKind.CITIZEN_ID, f.authorisedIdNumber());
    if (me.getRole() == Role.AGENT
        && requesterId != null
        && !requesterId.equals(me.getIdNumber())) {
      // a verified person applies as themselves
      checks.add("requesterIdNumber", "recovery.not-your-id");
    }
    if (requesterId != null && authorisedId != null && !requesterId.equals(authorisedId)) {
      checks.add("authorisedIdNumber", "recovery.id-mismatch");
    }
    if (requesterName != null && authorisedName != null && !requesterName.equals(authorisedName)) {
      checks.add("authorisedName", "recovery.name-mismatch");
    }
    if (code != null && legalPersonAccount(code) == null) {
      checks.add("creditCode", "recovery.no-account");
    }
    if (me.getMobile() == null) {
      checks.add("mobile", "recovery.no-mobile");
    }
    Long[] ids = new Long[6];
    if (checks.ok()) {
      if (f.announced()) {
        ids[0] = store(checks, "announcementFront", f.announcementFront(), me);
        ids[1] = store(checks, "announcementPage", f.announcementPage(), me);
      }
      ids[2] = store(checks, "licence", f.licence(), me);
      ids[3] = store(checks, "letter", f.letter(), me);
      ids[4] = store(checks, "legalPersonIdScan", f.legalPersonIdScan(), me);
      ids[5] = store(checks, "authorisedIdScan", f.authorisedIdScan(), me);
    }
    checks.throwIfAny();
    boolean pending = mineOf(me).stream().anyMatch(r -> r.getStatus() == ReviewStatus.SUBMITTED);
    if (pending) {
      throw new RefusedException("recovery.pending");
    }
    var r =
        AccountRecovery.submit(
            me.getId(),
            code,
            name,
            f.announced(),
            requesterName,
            requesterId,
            authorisedName,
            authorisedId,
            me.getMobile(),
            ids,
            BusinessTime.now());
    em.persist(r);
    em.flush();
    LOG.info(() -> "Account recovery " + r.getId() + " for " + code + " by " + me.getLoginName());
    return RecoveryView.of(r, me.getLoginName());
  }

  @RolesAllowed({REGISTERED, AGENT})
  public List<RecoveryView> mine() {
    UserAccount me = actors.account();
    return mineOf(me).stream().map(r -> RecoveryView.of(r, me.getLoginName())).toList();
  }

  @RolesAllowed(CERTIFICATION_CENTRE)
  public List<RecoveryView> queue() {
    return em
        .createNamedQuery("AccountRecovery.byStatus", AccountRecovery.class)
        .setParameter("status", ReviewStatus.SUBMITTED)
        .getResultList()
        .stream()
        .map(r -> RecoveryView.of(r, em.find(UserAccount.class, r.getRequesterId()).getLoginName()))
        .toList();
  }

  /** Approves: one-time password to the requester's number, which the account is bound to. */
  @RolesAllowed(CERTIFICATION_CENTRE)
  public RecoveryView approve(Long id) {
    AccountRecovery r = locked(id);
    UserAccount account = legalPersonAccount(r.getCreditCode());
    if (account == null) {
      throw new RefusedException("recovery.no-account");
    }
    r.approve(actors.account().getLoginName(), BusinessTime.now());
    String password = SecretFiles.generatePassword();
    account.resetForRecovery(password, r.getMobile());
    gateway.send(
        Channel.SMS,
        r.getMobile(),
        cn.autogov.kernel.DomainText.message(
            "sms.recovery-approved",
            java.util.Map.of(
                "enterprise", r.getEnterpriseName(),
                "login", account.getLoginName(),
                "password", password)));
    actors.record(actors.current(), "recovery.approved", r.getCreditCode());
    LOG.info(() -> "Account recovery " + id + " approved: " + account.getLoginName() + " reset");
    return RecoveryView.of(r, em.find(UserAccount.class, r.getRequesterId()).getLoginName());
  }

  @RolesAllowed(CERTIFICATION_CENTRE)
  public RecoveryView reject(Long id, String reason) {
    AccountRecovery r = locked(id);
    var checks = new Checks();
    String remark = checks.text("remark", reason, 500);
    checks.throwIfAny();
    r.reject(actors.account().getLoginName(), remark, BusinessTime.now());
    actors.record(actors.current(), "recovery.rejected", r.getCreditCode());
    return RecoveryView.of(r, em.find(UserAccount.class, r.getRequesterId()).getLoginName());
  }

  /** A material of a request: its requester and the certification centre only. */
  @RolesAllowed({REGISTERED, AGENT, CERTIFICATION_CENTRE})
  public StoredFileView material(Long id, String slot) {
    AccountRecovery r = id == null ? null : em.find(AccountRecovery.class, id);
    UserAccount me = actors.account();
    int i = RecoveryView.MATERIALS.indexOf(slot);
    String subject = "recovery/" + id;
    if (r == null || i < 0) {
      throw RefusedException.notFound();
    }
    if (me.getRole() != Role.CERTIFICATION_CENTRE && !r.getRequesterId().equals(me.getId())) {
      audit.record(AuditEvent.downloadRefused(me.getLoginName(), null, subject, slot));
      throw RefusedException.forbidden();
    }
    StoredFile f = files.find(r.material(i));
    if (f == null) {
      throw RefusedException.notFound();
    }
    audit.record(AuditEvent.downloaded(me.getLoginName(), null, subject, slot, f.getSha256()));
    return StoredFileView.of(f);
  }

  private Long store(Checks checks, String field, Upload upload, UserAccount me) {
    StoredFile f = files.accept(checks, field, UploadRules.REAL_NAME_SCAN, upload, me.getId());
    return f == null ? null : f.getId();
  }

  private List<AccountRecovery> mineOf(UserAccount me) {
    return em.createNamedQuery("AccountRecovery.ofRequester", AccountRecovery.class)
        .setParameter("requesterId", me.getId())
        .getResultList();
  }

  private AccountRecovery locked(Long id) {
    AccountRecovery r =
        id == null ? null : em.find(AccountRecovery.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (r == null) {
      throw RefusedException.notFound();
    }
    return r;
  }

  private UserAccount legalPersonAccount(String code) {
    return em.createNamedQuery("UserAccount.findByCreditCode", UserAccount.class)
        .setParameter("creditCode", CreditCode.reviewed(code))
        .getResultStream()
        .findFirst()
        .orElse(null);
  }
}
