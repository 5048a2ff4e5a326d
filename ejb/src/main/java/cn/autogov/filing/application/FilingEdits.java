package cn.autogov.filing.application;

import cn.autogov.access.Actor;
import cn.autogov.document.store.FileStore;
import cn.autogov.document.store.StoredFile;
import cn.autogov.document.store.Upload;
import cn.autogov.enterprise.application.EnterpriseProfile;
import cn.autogov.filing.domain.Filing;
import cn.autogov.filing.domain.FilingForm;
import cn.autogov.filing.domain.FilingMaterial;
import cn.autogov.filing.domain.FilingMaterialVersion;
import cn.autogov.filing.domain.FilingStatus;
import cn.autogov.filing.domain.FilingType;
import cn.autogov.filing.domain.FormField;
import cn.autogov.filing.domain.FormInput;
import cn.autogov.filing.domain.FulfilmentStep;
import cn.autogov.filing.domain.MaterialSlot;
import cn.autogov.identity.application.Actors;
import cn.autogov.kernel.BusinessTime;
import cn.autogov.kernel.Checks;
import cn.autogov.kernel.InputRejectedException;
import cn.autogov.kernel.RefusedException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

/**
 * What the applicant does to its filing before review — fill in and save, attach, submit — for an
 * editor the caller has already established (the signed-in applicant or intake staff: {@link
 * FilingService}; an account proven otherwise on the signed-out pages: {@link #fileAtOnce}). Never
 * used by the front modules.
 */
@Dependent
public class FilingEdits {

  @PersistenceContext EntityManager em;

  @EJB Actors actors;

  @EJB FileStore files;

  @EJB Deadlines deadlines;

  @Inject FilingSteps steps;

  @Inject FilingTypes types;

  @Inject FilingAccess access;

  @Inject FilingStarts starts;

  /**
   * A filing of the account's own, started, filled in, with its materials and submitted in one go:
   * for an account whose holder proved it without signing in (the sign-in page's 手机号修改: the
   * password, the verified identity, the new number's code), or for a signed-in one whose seed
   * files at one click (经办人申请: 确定). Every wrong field and file is named at once; nothing is written
   * then.
   */
  public Filing fileAtOnce(
      FilingDefinition def,
      Actor actor,
      String applicantName,
      Map<String, String> values,
      Map<String, Upload> uploads) {
    Filing f = starts.newOfAccount(def, actor, applicantName);
    var checks = new Checks();
    FilingForm form = access.form(f);
    form.read(new FormInput(keepFixed(def.type(), f, values), checks, true));
    for (MaterialSlot slot : def.checklist(form)) {
      Upload upload = uploads.get(slot.code());
      if (upload != null) {
        attach(actor, f, slot.code(), upload, checks);
      } else if (slot.required()) {
        checks.add(slot.code(), "filing.material-missing"); // as 保存 and 上报 say it
      }
    }
    checks.throwIfAny();
    submit(actor, f);
    return f;
  }

  /**
   * 暂存 ({@code complete} false: blanks allowed, what is filled must be right) or 保存 (every required
   * field and material: 待上报). Nothing is written when anything is wrong.
   */
  public void save(Actor actor, Filing f, Map<String, String> values, boolean complete) {
    f.requireEditable();
    FilingDefinition def = types.of(f.getTypeCode());
    FilingForm form = access.form(f);
    var checks = new Checks();
    form.read(new FormInput(keepFixed(def.type(), f, values), checks, complete));
    if (complete) {
      requireMaterials(def, form, f, checks);
    }
    checks.throwIfAny();
    f.save(complete, actor.loginName(), BusinessTime.now());
    steps.publish(actor, f);
  }

  /**
   * Nobody alters the fields taken from the account (the credit code), and a change not those its
   * type fixes: what the form holds (a change: the approved values) stays, whatever was sent.
   */
  private Map<String, String> keepFixed(FilingType type, Filing f, Map<String, String> values) {
    Map<String, String> kept = new HashMap<>(values == null ? Map.of() : values);
    Map<String, String> held = null;
    for (FormField field : type.fields()) {
      boolean fixed = field.fixedAlways() || f.getChangeOf() != null && field.fixedInChange();
      if (fixed) {
        if (held == null) {
          held =
              access
                  .form(f.getChangeOf() == null ? f : em.find(Filing.class, f.getChangeOf()))
                  .values();
        }
        if (field.isTable()) {
          String cells = field.name() + ".";
          kept.keySet().removeIf(k -> k.startsWith(cells));
          held.forEach(
              (k, v) -> {
                if (k.startsWith(cells)) {
                  kept.put(k, v);
                }
              });
        } else {
          kept.put(field.name(), held.get(field.name()));
        }
      }
    }
    return kept;
  }

  /** A file for one slot of the checklist, checked by the slot's rule when it arrives. */
  public void attach(Actor actor, Filing f, String slotCode, Upload upload) {
    var checks = new Checks();
    attach(actor, f, slotCode, upload, checks);
    checks.throwIfAny();
  }

  /** Attaches, or adds to {@code checks} what is wrong with the file. */
  private void attach(Actor actor, Filing f, String slotCode, Upload upload, Checks checks) {
    f.requireEditable();
    MaterialSlot slot =
        types.of(f.getTypeCode()).checklist(access.form(f)).stream()
            .filter(s -> s.code().equals(slotCode))
            .findFirst()
            .orElse(null);
    if (slot == null) {
      throw new RefusedException("filing.no-such-material", "slot", String.valueOf(slotCode));
    }
    StoredFile file =
        files.accept(
            checks,
            slot.code(),
            slot.rule(),
            upload,
            actor.accountId(),
            slot.rule().fileName() == null ? null : access.namingCode(f));
    if (file == null) {
      return;
    }
    LocalDateTime now = BusinessTime.now();
    FilingMaterial existing = access.material(f.getId(), slot.code());
    if (existing == null) {
      em.persist(FilingMaterial.of(f.getId(), slot.code(), file.getId(), actor.loginName(), now));
    } else {
      em.persist(FilingMaterialVersion.of(existing, now));
      existing.replace(file.getId(), actor.loginName(), now);
    }
    em.flush();
    actors.recordChange(
        actor,
        "filing.material-attached",
        f.getNumber(),
        existing == null ? null : slot.code(),
        slot.code() + " " + file.getFileName() + " sha256:" + file.getSha256());
  }

  /**
   * 上报: checked complete once more (form, materials), then to the first stage with its due date.
   */
  public void submit(Actor actor, Filing f) {
    FilingDefinition def = types.of(f.getTypeCode());
    if (!f.getStatus().isEditable()) {
      throw new RefusedException(
          "filing.not-submittable", "number", f.getNumber(), "status", f.getStatus().name());
    }
    FilingForm form = access.form(f);
    var checks = new Checks();
    form.read(new FormInput(form.values(), checks, true));
    requireMaterials(def, form, f, checks);
    EnterpriseProfile e = access.enterprise(f); // null: an account's own filing
    if (e != null) {
      def.checkApplicant(e, checks);
      def.checkForm(e, form, access.materials(f), checks);
    } else {
      def.checkAccount(f.getApplicant().getAccountId(), form, checks);
    }
    Long addressee =
        def.type().addressed()
            ? def.addressee(f.getApplicant().getAccountId(), form, checks)
            : null;
    if (f.getChangeOf() == null) {
      if (e != null) {
        starts.requirePrerequisite(def.type(), e, checks);
      }
    } else if (em.find(Filing.class, f.getChangeOf()).getStatus() != FilingStatus.APPROVED) {
      throw new RefusedException("filing.change-needs-approved");
    }
    checks.throwIfAny();
    if (addressee != null) {
      starts.requireNoneWaitingAt(def.type(), f.getApplicant().getAccountId(), addressee);
      f.addressTo(addressee);
    }
    LocalDateTime now = BusinessTime.now();
    if (f.getStatus() != FilingStatus.SAVED) {
      f.save(true, actor.loginName(), now);
    }
    if (e != null) {
      f.describeApplicant(e.name(), e.regionCode()); // as it is on the day it is filed
    }
    LocalDate due = deadlines.dueAfter(now.toLocalDate(), def.type().stage(0).slaWorkingDays());
    f.submit(def.type(), due, actor.loginName(), now);
    steps.publish(actor, f);
  }

  private void requireMaterials(FilingDefinition def, FilingForm form, Filing f, Checks checks) {
    var present =
        em.createNamedQuery("FilingMaterial.ofFiling", FilingMaterial.class)
            .setParameter("filing", f.getId())
            // the form just read may hold a refused value (a text too long for its column):
            // never flushed, it is thrown away with the refusal
            .setFlushMode(jakarta.persistence.FlushModeType.COMMIT)
            .getResultStream()
            .map(FilingMaterial::getSlot)
            .toList();
    for (MaterialSlot slot : def.checklist(form)) {
      if (slot.required() && !present.contains(slot.code())) {
        checks.add(slot.code(), "filing.material-missing");
      }
    }
  }

  /**
   * 办理: records the next fulfilment step after 审核通过 (with its datum, a tracking number, when the
   * step has one) for the actor whose access to the filing its caller established (staff of the
   * step's role on the workbench; the applicant for its own step); the applicant reads it in the
   * history and is told. The step after waits in its role's queue, due in its working days.
   */
  public void fulfil(Actor actor, Filing f, String step, String datum) {
    FilingType type = types.of(f.getTypeCode()).type();
    if (step == null || step.isBlank()) {
      throw InputRejectedException.of("step", "input.required");
    }
    FulfilmentStep next = f.stepFor(type, step.strip(), actor.role()); // whose step, first
    var checks = new Checks();
    String field = next.datum() == null ? "datum" : next.datum();
    String value = checks.optionalText(field, datum, 100);
    if (next.datum() != null && value == null) {
      checks.add(field, "input.required");
    }
    checks.throwIfAny();
    LocalDateTime now = BusinessTime.now();
    FulfilmentStep after = type.fulfilmentAfter(f.getReview().getFulfilledSteps() + 1);
    LocalDate due =
        after == null ? null : deadlines.dueAfter(now.toLocalDate(), after.slaWorkingDays());
    f.fulfil(type, step.strip(), actor.role(), actor.loginName(), value, due, now);
    em.flush();
    steps.publish(actor, f);
  }
}
