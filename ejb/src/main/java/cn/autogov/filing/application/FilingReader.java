package cn.autogov.filing.application;

import static cn.autogov.access.Role.Names.ADMIN;
import static cn.autogov.access.Role.Names.AGENT;
import static cn.autogov.access.Role.Names.CERTIFICATION_CENTRE;
import static cn.autogov.access.Role.Names.COMMERCE_AUTHORITY;
import static cn.autogov.access.Role.Names.EKEY_PROVIDER;
import static cn.autogov.access.Role.Names.ENTERPRISE;
import static cn.autogov.access.Role.Names.ISSUING_AUTHORITY;
import static cn.autogov.access.Role.Names.REGISTERED;

import cn.autogov.access.Actor;
import cn.autogov.audit.application.AuditTrail;
import cn.autogov.audit.application.AuditView;
import cn.autogov.audit.domain.AuditEvent;
import cn.autogov.document.store.FileStore;
import cn.autogov.document.store.StoredFile;
import cn.autogov.document.store.StoredFileView;
import cn.autogov.filing.domain.Filing;
import cn.autogov.filing.domain.FilingMaterial;
import cn.autogov.filing.domain.FilingMaterialVersion;
import cn.autogov.identity.application.Actors;
import cn.autogov.identity.application.Contact;
import cn.autogov.identity.application.Contacts;
import cn.autogov.kernel.RefusedException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Reading a filing, for the applicant and every reviewer who may see it: the types, 详情, its audit
 * record, its PDFs and its materials. Each read is checked against the caller's enterprise, role
 * and division ({@link FilingAccess}); downloads are in the audit trail.
 */
@Stateless
@RolesAllowed({
  ENTERPRISE,
  AGENT,
  REGISTERED,
  CERTIFICATION_CENTRE,
  COMMERCE_AUTHORITY,
  ISSUING_AUTHORITY,
  EKEY_PROVIDER,
  ADMIN
})
public class FilingReader {

  @PersistenceContext EntityManager em;

  @EJB Actors actors;

  @EJB FileStore files;

  @EJB AuditTrail trail;

  @Inject FilingTypes types;

  @Inject Contacts contacts;

  @Inject FilingAccess access;

  /** Every type on the engine, as clients read it. */
  public List<TypeView> types() {
    return types.all().stream().map(d -> TypeView.of(d.type())).toList();
  }

  /** 详情: for the applicant and for the reviewers who may see it. */
  public FilingDetail detail(Long id) {
    return access.detail(access.forReader(actors.current(), id));
  }

  /**
   * 审计记录: who did what to the filing and why, from the audit trail (also what did not take effect,
   * such as a decision whose transaction failed), oldest first.
   */
  public List<AuditView> audit(Long id) {
    return trail.about(access.forReader(actors.current(), id).getNumber());
  }

  /**
   * A generated PDF's content: 备案表 of any submitted filing, 审核决定书 once it is decided. The filing
   * gets its verification code the first time; the download is in the audit trail.
   */
  public FilingDocument document(Long id, FilingDocument.Kind kind) {
    Actor actor = actors.current();
    Filing f = access.forReader(actor, id);
    if (kind == null) {
      throw RefusedException.notFound();
    }
    if (f.getSubmittedAt() == null) {
      throw new RefusedException("filing.not-submitted-yet", "number", f.getNumber());
    }
    if (kind == FilingDocument.Kind.DECISION && f.getReview().getDecidedAt() == null) {
      throw new RefusedException("filing.no-decision-yet", "number", f.getNumber());
    }
    String code = f.verificationCode(FilingVerification::newCode);
    trail.record(
        new AuditEvent(
            actor.loginName(),
            actor.enterpriseId(),
            "filing.pdf",
            f.getNumber(),
            null,
            null,
            kind.name() + " " + f.getStatus()));
    // the decision is issued by the deciding reviewer's organisation, signed with the reviewer's
    // name
    Contact decider =
        f.getReview().getDecidedBy() == null
            ? null
            : contacts.named(f.getReview().getDecidedBy()).orElse(null);
    return new FilingDocument(
        kind,
        access.detail(f),
        code,
        decider == null ? null : decider.organisationName(),
        decider == null ? f.getReview().getDecidedBy() : decider.displayName(),
        types.of(f.getTypeCode()).type().printed());
  }

  /** The file in one slot, for whoever may read the filing. */
  public StoredFileView material(Long id, String slotCode, Long version) {
    Actor actor = actors.current();
    Filing f = id == null ? null : em.find(Filing.class, id);
    if (f == null) {
      throw RefusedException.notFound();
    }
    if (!access.mayRead(actor, f)) {
      trail.record(
          AuditEvent.downloadRefused(
              actor.loginName(), actor.enterpriseId(), f.getNumber(), slotCode));
      throw RefusedException.forbidden();
    }
    Long fileId;
    if (version == null) {
      FilingMaterial m = access.material(f.getId(), slotCode);
      fileId = m == null ? null : m.getFileId();
    } else {
      FilingMaterialVersion v = em.find(FilingMaterialVersion.class, version);
      boolean ours = v != null && v.getFilingId().equals(f.getId()) && v.getSlot().equals(slotCode);
      fileId = ours ? v.getFileId() : null;
    }
    StoredFile file = files.find(fileId);
    if (file == null) {
      throw RefusedException.notFound();
    }
    trail.record(
        AuditEvent.downloaded(
            actor.loginName(),
            actor.enterpriseId(),
            f.getNumber(),
            slotCode + (version == null ? "" : " version " + version),
            file.getSha256()));
    return StoredFileView.of(file);
  }
}
