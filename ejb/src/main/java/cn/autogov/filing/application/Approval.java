package cn.autogov.filing.application;

import cn.autogov.enterprise.application.EnterpriseProfile;
import cn.autogov.filing.domain.Filing;
import cn.autogov.filing.domain.FilingForm;
import cn.autogov.filing.domain.FilingStatus;
import cn.autogov.filing.domain.FilingValueChange;
import cn.autogov.filing.domain.FormInput;
import cn.autogov.kernel.Checks;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A filing just approved at its last stage, with the effects a definition may ask for: earlier
 * approvals superseded, a change applied to the filing it changes, changed values recorded.
 */
public final class Approval {

  private final EntityManager em;
  private final Filing filing;
  private final FilingForm form;
  private final EnterpriseProfile applicant;
  private final LocalDateTime now;
  private final java.util.function.Supplier<List<FilingDetail.Material>> materials;
  private final List<Filing> invalidated = new ArrayList<>();

  Approval(
      EntityManager em,
      Filing filing,
      FilingForm form,
      EnterpriseProfile applicant,
      LocalDateTime now,
      java.util.function.Supplier<List<FilingDetail.Material>> materials) {
    this.em = em;
    this.filing = filing;
    this.form = form;
    this.applicant = applicant;
    this.now = now;
    this.materials = materials;
  }

  /** The filing's checklist with the files uploaded (read when asked). */
  public List<FilingDetail.Material> materials() {
    return materials.get();
  }

  /** The filings this approval made 无效. */
  List<Filing> invalidated() {
    return invalidated;
  }

  public Filing filing() {
    return filing;
  }

  public FilingForm form() {
    return form;
  }

  /** The enterprise filed for; null for an account's own filing. */
  public EnterpriseProfile applicant() {
    return applicant;
  }

  /** The account whose own filing this is (实名认证, 账号找回, …); null for an enterprise's. */
  public Long accountId() {
    return filing.getApplicant().getAccountId();
  }

  /**
   * A new approval of the type restarts the validity: the applicant's earlier approved filings of
   * the type, and the changes approved on them, become 无效 (superseded).
   */
  public void supersedeEarlier() {
    var earlier =
        em.createNamedQuery("Filing.approvedOf", Filing.class)
            .setParameter("enterprise", filing.getApplicant().enterpriseKey())
            .setParameter("account", filing.getApplicant().accountKey())
            .setParameter("type", filing.getTypeCode())
            .getResultList();
    for (Filing old : earlier) {
      if (!old.getId().equals(filing.getId())) {
        old.invalidate("system", filing.getNumber(), now);
        invalidated.add(old);
        em.createNamedQuery("Filing.changesOf", Filing.class)
            .setParameter("filing", old.getId())
            .getResultStream()
            .forEach(
                c -> {
                  if (c.getStatus() == FilingStatus.APPROVED) {
                    c.invalidate("system", filing.getNumber(), now);
                    invalidated.add(c);
                  } else if (FilingStatus.OPEN.contains(c.getStatus())) {
                    c.lapse(filing.getNumber(), now); // a pending change of the replaced filing
                    invalidated.add(c);
                  }
                });
      }
    }
  }

  /**
   * 变更: the approved values replace those of the changed filing (old and new kept field by field on
   * this filing), and the change keeps the changed filing's validity.
   */
  public void applyChange() {
    Filing changed = em.find(Filing.class, filing.getChangeOf(), LockModeType.PESSIMISTIC_WRITE);
    if (!changed.isInForce()) { // expired or replaced while the change was in review
      throw new cn.autogov.kernel.RefusedException(
          "filing.change-target-ended",
          "number",
          changed.getNumber(),
          "status",
          changed.getStatus().name());
    }
    FilingForm target = em.find(form.getClass(), changed.getId());
    Map<String, String> after = form.values();
    recordChanges(target.values(), after);
    var checks = new Checks();
    target.read(new FormInput(after, checks, true));
    checks.throwIfAny();
    filing.keepValidityOf(changed);
  }

  /** Records every field whose value differs (old → new) on this filing. */
  public void recordChanges(Map<String, String> before, Map<String, String> after) {
    Map<String, String> all = new LinkedHashMap<>(before);
    after.forEach(all::putIfAbsent);
    for (String field : all.keySet()) {
      String b = before.get(field);
      String a = after.get(field);
      if (!Objects.equals(blankToNull(b), blankToNull(a))) {
        em.persist(FilingValueChange.of(filing.getId(), field, b, a));
      }
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
