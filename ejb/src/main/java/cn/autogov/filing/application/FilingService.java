package cn.autogov.filing.application;

import static cn.autogov.access.Role.Names.AGENT;
import static cn.autogov.access.Role.Names.CERTIFICATION_CENTRE;
import static cn.autogov.access.Role.Names.COMMERCE_AUTHORITY;
import static cn.autogov.access.Role.Names.EKEY_PROVIDER;
import static cn.autogov.access.Role.Names.ENTERPRISE;
import static cn.autogov.access.Role.Names.ISSUING_AUTHORITY;
import static cn.autogov.access.Role.Names.REGISTERED;

import cn.autogov.access.Actor;
import cn.autogov.document.store.FileStore;
import cn.autogov.document.store.Upload;
import cn.autogov.enterprise.application.EnterpriseProfile;
import cn.autogov.enterprise.application.Enterprises;
import cn.autogov.filing.domain.Applicant;
import cn.autogov.filing.domain.Filing;
import cn.autogov.filing.domain.FilingForm;
import cn.autogov.filing.domain.FilingMaterial;
import cn.autogov.filing.domain.FilingMaterialVersion;
import cn.autogov.filing.domain.FilingStatus;
import cn.autogov.identity.application.Actors;
import cn.autogov.kernel.BusinessTime;
import cn.autogov.kernel.Checks;
import cn.autogov.kernel.RefusedException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;

/**
 * The applicant's side of every filing type: start (暂存), fill in and save (保存 → 待上报), attach
 * materials, submit (上报), withdraw (撤回), delete (删除), change (变更), and read. An enterprise's
 * legal-person account and its authorised agents act for it; nobody else sees its drafts.
 */
@Stateless
@RolesAllowed({
  ENTERPRISE,
  AGENT,
  REGISTERED,
  CERTIFICATION_CENTRE,
  COMMERCE_AUTHORITY,
  ISSUING_AUTHORITY,
  EKEY_PROVIDER
}) // the applicants (an account for its own affairs), and staff entering a paper filing (线下申请)
public class FilingService {

  @PersistenceContext EntityManager em;

  @EJB Actors actors;

  @EJB FileStore files;

  @Inject FilingSteps steps;

  @Inject FilingTypes types;

  @Inject Enterprises enterprises;

  @Inject FilingAccess access;

  @Inject FilingStarts starts;

  @Inject FilingEdits edits;

  /**
   * The types the caller may start: not a change (those start from an approved filing); for its
   * enterprise, one whose business the enterprise is in (a used-car dealer is not offered the
   * certificate business's filings); for the account itself, one its role may file.
   */
  @RolesAllowed({ENTERPRISE, AGENT, REGISTERED})
  public List<String> startable() {
    Actor actor = actors.current();
    EnterpriseProfile e = enterprises.profile(actor.enterpriseId());
    return types.all().stream()
        .filter(d -> !d.type().isChange() && starts.mayStart(d, actor, e))
        .map(d -> d.type().code())
        .toList();
  }

  /** 新增: a new filing of the type, its form prefilled from the enterprise (or empty). */
  @RolesAllowed({ENTERPRISE, AGENT, REGISTERED})
  public FilingDetail start(String typeCode) {
    FilingDefinition def = types.of(typeCode);
    if (def.type().isChange()) {
      throw new RefusedException("filing.change-from-approved");
    }
    if (def.type().filedByAccount()) {
      return starts.startOfAccount(def, actors.current());
    }
    Actor actor = actors.forEnterprise();
    EnterpriseProfile e = enterprises.profile(actor.enterpriseId());
    var checks = new Checks();
    def.checkApplicant(e, checks);
    starts.requirePrerequisite(def.type(), e, checks);
    checks.throwIfAny();
    starts.requireNoOpen(def.type(), e.id());
    return starts.start(def, actor, e, null);
  }

  /** 办理: the applicant records its own fulfilment step after 审核通过 (确认收到). */
  @RolesAllowed({ENTERPRISE, AGENT})
  public FilingDetail fulfil(Long id, String step, String datum) {
    Actor actor = actors.forEnterprise();
    Filing f = access.forApplicant(actor, id);
    edits.fulfil(actor, f, step, datum);
    return access.detail(f);
  }

  /** 变更: a change of an approved filing, its form a copy of the approved one. */
  @RolesAllowed({ENTERPRISE, AGENT})
  public FilingDetail startChange(Long approvedId) {
    Actor actor = actors.forEnterprise();
    Filing approved = access.forApplicant(actor, approvedId);
    FilingDefinition def = types.changeOf(approved.getTypeCode());
    if (def == null || approved.getChangeOf() != null) {
      throw new RefusedException("filing.not-changeable", "number", approved.getNumber());
    }
    if (approved.getStatus() != FilingStatus.APPROVED) {
      throw new RefusedException("filing.change-needs-approved");
    }
    starts.requireNoOpen(def.type(), approved.getApplicant().getEnterpriseId());
    EnterpriseProfile e = enterprises.profile(approved.getApplicant().getEnterpriseId());
    return starts.start(def, actor, e, approved);
  }

  /**
   * 暂存 ({@code complete} false: blanks allowed, what is filled must be right) or 保存 (every required
   * field and material: 待上报). Nothing is written when anything is wrong.
   */
  public FilingDetail save(Long id, Map<String, String> values, boolean complete) {
    Actor actor = editor();
    Filing f = access.forEditor(actor, id);
    edits.save(actor, f, values, complete);
    return access.detail(f);
  }

  /**
   * A table field's rows replaced by a sheet's (the platform's xlsx template: its header row names
   * the columns by their labels, in either language, or their keys), kept as 暂存: each cell checked
   * as typed, every wrong one named by its row and column, nothing kept then.
   */
  public FilingDetail importRows(Long id, String table, List<List<String>> sheet) {
    Actor actor = editor();
    Filing f = access.forEditor(actor, id);
    FilingForm form = access.form(f);
    var values = new java.util.HashMap<>(form.values());
    values.keySet().removeIf(k -> k.startsWith(table + "."));
    values.putAll(
        cn.autogov.filing.domain.RowSheet.cells(types.of(f.getTypeCode()).type(), table, sheet));
    edits.save(actor, f, values, false);
    return access.detail(f);
  }

  /** A file for one slot of the checklist, checked by the slot's rule when it arrives. */
  public FilingDetail attach(Long id, String slotCode, Upload upload) {
    Actor actor = editor();
    Filing f = access.forEditor(actor, id);
    edits.attach(actor, f, slotCode, upload);
    return access.detail(f);
  }

  public FilingDetail detach(Long id, String slotCode) {
    Actor actor = editor();
    Filing f = access.forEditor(actor, id);
    f.requireEditable();
    FilingMaterial m = access.material(f.getId(), slotCode);
    if (m != null) {
      em.persist(FilingMaterialVersion.of(m, BusinessTime.now()));
      em.remove(m);
      em.flush();
      actors.recordChange(actor, "filing.material-detached", f.getNumber(), slotCode, null);
    }
    return access.detail(f);
  }

  /**
   * 上报: checked complete once more (form, materials), then to the first stage with its due date.
   */
  public FilingDetail submit(Long id) {
    Actor actor = editor();
    Filing f = access.forEditor(actor, id);
    edits.submit(actor, f);
    return access.detail(f);
  }

  /** 撤回: only while no reviewer has taken it. */
  public FilingDetail withdraw(Long id) {
    Actor actor = editor();
    Filing f = access.forEditor(actor, id);
    f.withdraw(types.of(f.getTypeCode()).type(), actor.loginName(), BusinessTime.now());
    steps.publish(actor, f);
    return access.detail(f);
  }

  /** 删除: only what was never submitted; its form and materials go with it. */
  public void delete(Long id) {
    Actor actor = editor();
    Filing f = access.forEditor(actor, id);
    if (!f.isDeletable()) {
      throw new RefusedException(
          "filing.not-deletable", "number", f.getNumber(), "status", f.getStatus().name());
    }
    List<Long> stored = new java.util.ArrayList<>();
    for (String table : List.of("FilingMaterial", "FilingMaterialVersion")) {
      stored.addAll(
          em.createQuery("SELECT m.fileId FROM " + table + " m WHERE m.filingId = :f", Long.class)
              .setParameter("f", id)
              .getResultList());
      em.createQuery("DELETE FROM " + table + " m WHERE m.filingId = :f")
          .setParameter("f", id)
          .executeUpdate();
    }
    FilingForm form = access.form(f);
    if (form != null) {
      em.remove(form);
      em.flush(); // the form refers to the filing
    }
    em.remove(f);
    em.flush();
    stored.stream().distinct().filter(fid -> !copiedElsewhere(fid, id)).forEach(files::remove);
    actors.record(actor, "filing.deleted", f.getNumber());
  }

  private Actor editor() {
    return actors.current();
  }

  /** 我的备案: the enterprise's filings and the account's own, newest first. */
  @RolesAllowed({ENTERPRISE, AGENT, REGISTERED})
  public List<FilingView> mine() {
    Actor actor = actors.current();
    Long enterprise = actor.role().isEnterpriseSide() ? actor.enterpriseId() : null;
    return em.createNamedQuery("Filing.ofApplicant", Filing.class)
        .setParameter("enterprise", Applicant.key(enterprise))
        .setParameter("account", actor.accountId())
        .setMaxResults(500)
        .getResultStream()
        .map(access::view)
        .toList();
  }

  /** A change copies the approved filing's files: those stay while another filing has them. */
  private boolean copiedElsewhere(Long fileId, Long deleted) {
    return em.createQuery(
                    "SELECT COUNT(m) FROM FilingMaterial m WHERE m.fileId = :file AND m.filingId <> :f",
                    Long.class)
                .setParameter("file", fileId)
                .setParameter("f", deleted)
                .getSingleResult()
            + em.createQuery(
                    "SELECT COUNT(v) FROM FilingMaterialVersion v WHERE v.fileId = :file"
                        + " AND v.filingId <> :f",
                    Long.class)
                .setParameter("file", fileId)
                .setParameter("f", deleted)
                .getSingleResult()
        > 0;
  }
}
