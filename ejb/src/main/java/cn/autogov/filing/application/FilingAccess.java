package cn.autogov.filing.application;

import cn.autogov.access.Actor;
import cn.autogov.access.Role;
import cn.autogov.enterprise.application.EnterpriseProfile;
import cn.autogov.enterprise.application.Enterprises;
import cn.autogov.filing.domain.FieldKind;
import cn.autogov.filing.domain.Filing;
import cn.autogov.filing.domain.FilingChannel;
import cn.autogov.filing.domain.FilingEvent;
import cn.autogov.filing.domain.FilingForm;
import cn.autogov.filing.domain.FilingMaterial;
import cn.autogov.filing.domain.FilingStatus;
import cn.autogov.filing.domain.FilingStep;
import cn.autogov.filing.domain.FilingType;
import cn.autogov.filing.domain.FilingValueChange;
import cn.autogov.filing.domain.FormField;
import cn.autogov.filing.domain.MaterialSlot;
import cn.autogov.filing.domain.Stage;
import cn.autogov.kernel.RefusedException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads a filing for a caller, or answers "not found" when the caller may not see it (so nobody
 * learns that another enterprise's filing exists): the applicant's own enterprise (and a parent
 * enterprise for its sub-enterprises); reviewers of a role with a stage in the type, within their
 * division for regional stages, once the filing was submitted; administrators read everything.
 */
@Dependent
public class FilingAccess {

  @PersistenceContext EntityManager em;

  @Inject FilingTypes types;

  @Inject Enterprises enterprises;

  @jakarta.ejb.EJB cn.autogov.document.store.FileStore files;

  /** The filing its applicant works on (locked against a parallel edit or decision). */
  public Filing forApplicant(Actor actor, Long id) {
    Filing f = id == null ? null : em.find(Filing.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (f == null || !isApplicant(actor, f)) {
      throw RefusedException.notFound();
    }
    return f;
  }

  /**
   * The filing its editor works on, locked: the applicant; for a paper application (线下申请) also the
   * intake staff of the type within their division.
   */
  public Filing forEditor(Actor actor, Long id) {
    Filing f = id == null ? null : em.find(Filing.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (f == null || !mayEdit(actor, f)) {
      throw RefusedException.notFound();
    }
    return f;
  }

  /**
   * Whether the caller is the filing's applicant: its own account, or acting for its enterprise.
   */
  public static boolean isApplicant(Actor actor, Filing f) {
    Long account = f.getApplicant().getAccountId();
    return account != null
        ? account.equals(actor.accountId())
        : actor.actsFor(f.getApplicant().getEnterpriseId());
  }

  /** The applicant enterprise; null for an account's own filing. */
  public EnterpriseProfile enterprise(Filing f) {
    return enterprises.profile(f.getApplicant().getEnterpriseId());
  }

  /** The code a material's file name must begin with (a rule's naming), or null. */
  String namingCode(Filing f) {
    return enterprises.certificateCodeOf(enterprise(f));
  }

  public boolean mayEdit(Actor actor, Filing f) {
    if (isApplicant(actor, f)) {
      return true;
    }
    if (actor.role().isApplicantSide()) {
      return false;
    }
    return f.getChannel() == FilingChannel.OFFLINE
        && types.of(f.getTypeCode()).type().offlineIntake() == actor.role()
        && (!actor.role().isRegional() || covers(actor.regionCode(), f));
  }

  /**
   * The filing a reviewer decides on, locked: staff who may read it; a legal person, what was filed
   * to its enterprise.
   */
  public Filing forReviewer(Actor actor, Long id) {
    Filing f = id == null ? null : em.find(Filing.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (f == null
        || !(actor.role().isApplicantSide() ? isAddressee(actor, f) : mayRead(actor, f))) {
      throw RefusedException.notFound();
    }
    return f;
  }

  public Filing forReader(Actor actor, Long id) {
    Filing f = id == null ? null : em.find(Filing.class, id);
    if (f == null || !mayRead(actor, f)) {
      throw RefusedException.notFound();
    }
    return f;
  }

  public boolean mayRead(Actor actor, Filing f) {
    Role role = actor.role();
    if (isApplicant(actor, f)) {
      return true;
    }
    if (role.isApplicantSide()) {
      EnterpriseProfile e = enterprise(f);
      return role == Role.ENTERPRISE && (e != null && e.visibleTo(actor) || isAddressee(actor, f));
    }
    if (f.getSubmittedAt() == null) {
      return mayEdit(actor, f); // drafts are their editors' alone
    }
    if (role == Role.ADMIN) {
      return true;
    }
    FilingType type = types.of(f.getTypeCode()).type();
    List<Stage> mine = type.route().stream().filter(s -> s.decidingRole() == role).toList();
    return mine.stream().anyMatch(s -> !s.regional() || covers(s, actor.regionCode(), f));
  }

  /** Whether the caller is the legal person of the enterprise a submitted filing is filed to. */
  public static boolean isAddressee(Actor actor, Filing f) {
    return actor.role() == Role.ENTERPRISE
        && f.getSubmittedAt() != null
        && f.getAddresseeId() != null
        && f.getAddresseeId().equals(actor.enterpriseId());
  }

  /**
   * Whether a reviewer of this division may take the filing at this stage: the division covers the
   * applicant's, and is the province itself where the stage is provincial.
   */
  public static boolean covers(Stage stage, String scope, Filing f) {
    return covers(scope, f) && (!stage.provincial() || isProvince(scope));
  }

  /** A province's (or municipality's) division code: 110000, 350000. */
  public static boolean isProvince(String scope) {
    return scope != null && scope.length() == 6 && scope.endsWith("0000");
  }

  /** Whether a (regional) reviewer's division covers the applicant's. */
  public static boolean covers(String scope, Filing f) {
    return Actor.covers(scope, f.getApplicant().getRegionCode());
  }

  public FilingForm form(Filing f) {
    return em.find(types.of(f.getTypeCode()).formClass(), f.getId());
  }

  public FilingView view(Filing f) {
    FilingType type = types.of(f.getTypeCode()).type();
    String changeOf =
        f.getChangeOf() == null ? null : em.find(Filing.class, f.getChangeOf()).getNumber();
    boolean changeable =
        types.changeOf(f.getTypeCode()) != null && !hasOpenChange(f) && f.getChangeOf() == null;
    return FilingView.of(f, type, changeOf, changeable);
  }

  private boolean hasOpenChange(Filing f) {
    return em.createNamedQuery("Filing.changesOf", Filing.class)
        .setParameter("filing", f.getId())
        .getResultStream()
        .anyMatch(c -> FilingStatus.OPEN.contains(c.getStatus()));
  }

  /** The whole filing as its readers see it. */
  public FilingDetail detail(Filing f) {
    FilingDefinition def = types.of(f.getTypeCode());
    FilingType type = def.type();
    FilingForm form = form(f);
    Map<String, String> values = form.values();
    Map<String, String> approved = null;
    if (f.getChangeOf() != null && FilingStatus.OPEN.contains(f.getStatus())) {
      approved = em.find(def.formClass(), f.getChangeOf()).values();
    }
    List<FilingDetail.Field> fields = new java.util.ArrayList<>();
    for (FormField field : type.fields()) {
      fields.add(
          new FilingDetail.Field(
              field.name(),
              field.kind(),
              field.required(),
              field.options(),
              field.fixedAlways() || type.isChange() && field.fixedInChange(),
              field.kind() == FieldKind.CHOICE
                  && field.options().stream().anyMatch(type.materials()::containsKey),
              field.isTable() ? null : values.get(field.name()),
              approved == null || field.isTable() ? null : approved.getOrDefault(field.name(), ""),
              field.max(),
              field.columns(),
              field.isTable()
                  ? FilingDetail.Field.rows(field.name(), field.columns(), values)
                  : null,
              approved == null || !field.isTable()
                  ? null
                  : FilingDetail.Field.rows(field.name(), field.columns(), approved),
              field.codeList()));
    }
    List<FilingDetail.Material> materials = materials(f, def.checklist(form));
    return new FilingDetail(
        view(f),
        fields,
        materials,
        changes(f),
        history(f, type),
        def.notes(form, materials, slot -> read(f, slot)));
  }

  /** The bytes of the file in a filing's slot; null when empty. */
  private byte[] read(Filing f, String slot) {
    FilingMaterial m = material(f.getId(), slot);
    if (m == null) {
      return null;
    }
    var out = new java.io.ByteArrayOutputStream();
    try {
      files.copy(files.find(m.getFileId()), out);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The filing's checklist with what was uploaded. */
  List<FilingDetail.Material> materials(Filing f) {
    return materials(f, types.of(f.getTypeCode()).checklist(form(f)));
  }

  private List<FilingDetail.Material> materials(Filing f, List<MaterialSlot> checklist) {
    Map<String, Object[]> uploaded = new HashMap<>();
    em.createQuery(
            "SELECT m.slot, s.fileName, s.contentType, s.sizeBytes, m.uploadedAt, s.sha256 FROM"
                + " FilingMaterial m, StoredFile s WHERE s.id = m.fileId AND m.filingId = :f",
            Object[].class)
        .setParameter("f", f.getId())
        .getResultList()
        .forEach(r -> uploaded.put((String) r[0], r));
    Map<String, List<FilingDetail.Version>> earlier = new HashMap<>();
    em.createQuery(
            "SELECT v, s FROM FilingMaterialVersion v, StoredFile s WHERE s.id = v.fileId"
                + " AND v.filingId = :f ORDER BY v.id DESC",
            Object[].class)
        .setParameter("f", f.getId())
        .getResultList()
        .forEach(
            r -> {
              var v = (cn.autogov.filing.domain.FilingMaterialVersion) r[0];
              var s = (cn.autogov.document.store.StoredFile) r[1];
              earlier
                  .computeIfAbsent(v.getSlot(), k -> new java.util.ArrayList<>())
                  .add(
                      new FilingDetail.Version(
                          v.getId(),
                          s.getFileName(),
                          s.getSizeBytes(),
                          s.getSha256(),
                          v.getUploadedBy(),
                          v.getUploadedAt(),
                          v.getReplacedAt()));
            });
    List<FilingDetail.Material> list = new java.util.ArrayList<>();
    for (MaterialSlot slot : checklist) {
      Object[] r = uploaded.get(slot.code());
      list.add(
          new FilingDetail.Material(
              slot.code(),
              slot.required(),
              slot.rule().name(),
              r == null ? null : (String) r[1],
              r == null ? null : (String) r[2],
              r == null ? null : ((Number) r[3]).longValue(),
              r == null ? null : (LocalDateTime) r[4],
              r == null ? null : (String) r[5],
              earlier.getOrDefault(slot.code(), List.of())));
    }
    return list;
  }

  private List<FilingDetail.ValueChange> changes(Filing f) {
    return em.createNamedQuery("FilingValueChange.ofFiling", FilingValueChange.class)
        .setParameter("filing", f.getId())
        .getResultStream()
        .map(c -> new FilingDetail.ValueChange(c.getField(), c.getBefore(), c.getAfter()))
        .toList();
  }

  private static List<FilingDetail.Event> history(Filing f, FilingType type) {
    return f.getHistory().stream()
        .map(
            (FilingEvent e) ->
                new FilingDetail.Event(
                    e.getAt(),
                    e.getActor(),
                    e.getAction().code(),
                    e.getFrom() == null ? null : e.getFrom().name(),
                    e.getTo().name(),
                    e.getAction() == FilingStep.FULFILLED
                            || e.getStage() == null
                            || e.getStage() >= type.route().size()
                        ? null
                        : type.stage(e.getStage()).code(),
                    e.getRemark(),
                    fulfilment(e, type),
                    outcome(e, type)))
        .toList();
  }

  /**
   * A decision at a worded stage in the stage's words (核验通过, 复核未通过): the event's stage, or the last
   * one for the final approval.
   */
  private static String outcome(FilingEvent e, FilingType type) {
    boolean passed =
        e.getAction() == FilingStep.STAGE_APPROVED || e.getAction() == FilingStep.APPROVED;
    if (!passed && e.getAction() != FilingStep.REJECTED) {
      return null;
    }
    int at =
        e.getStage() == null || e.getStage() >= type.route().size()
            ? type.route().size() - 1
            : e.getStage();
    var stage = type.stage(at);
    return stage.worded() ? "stage." + stage.code() + (passed ? ".passed" : ".failed") : null;
  }

  /** The fulfilment step an event records, or null. */
  private static cn.autogov.filing.domain.FulfilmentStep fulfilment(
      FilingEvent e, FilingType type) {
    return e.getAction() != FilingStep.FULFILLED
            || e.getStage() == null
            || e.getStage() >= type.fulfilment().size()
        ? null
        : type.fulfilment().get(e.getStage());
  }

  /** The material in one slot of a filing; null when the slot is empty. */
  public FilingMaterial material(Long filingId, String slot) {
    return em.createNamedQuery("FilingMaterial.ofFiling", FilingMaterial.class)
        .setParameter("filing", filingId)
        .getResultStream()
        .filter(m -> m.getSlot().equals(slot))
        .findFirst()
        .orElse(null);
  }
}
