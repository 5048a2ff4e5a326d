package cn.autogov.filing.application;

import cn.autogov.enterprise.application.EnterpriseProfile;
import cn.autogov.filing.domain.FilingForm;
import cn.autogov.filing.domain.FilingType;
import cn.autogov.filing.domain.FormEntity;
import cn.autogov.filing.domain.MaterialSlot;
import cn.autogov.kernel.Checks;
import java.util.List;

/**
 * A business on the engine: its {@link FilingType}, its form entity, who may file beyond the type's
 * prerequisite, and what approval does. One CDI bean per type, in the business's own package; the
 * engine finds them all through {@link FilingTypes}.
 */
public interface FilingDefinition {

  FilingType type();

  /** The form entity, as the type declares it. */
  default Class<? extends FilingForm> formClass() {
    return type().form();
  }

  /**
   * The form of a new filing: prefilled from the applicant, or, for a change, a copy of the
   * approved filing's form ({@code changed}, else null).
   */
  default FilingForm newForm(Long filingId, EnterpriseProfile applicant, FilingForm changed) {
    return FormEntity.create(formClass(), filingId, changed);
  }

  /**
   * The material checklist of this form: the type's for its applicant category, and any slots the
   * form's own content asks for (合格证批量变更: one evidence PDF per new-energy vehicle listed, its slot
   * {@code nevEvidence:<VIN>}). A slot's label is its code's, before any {@code :}.
   */
  default List<MaterialSlot> checklist(FilingForm form) {
    return type().checklist(form.category());
  }

  /** Refuses applicants the seed does not let file (problems under the field "type"). */
  default void checkApplicant(EnterpriseProfile applicant, Checks checks) {}

  /**
   * Refuses at 上报 an enterprise's form for what only the platform's records can tell (a plant code
   * the enterprise does not hold, a sample image's name already registered). Problems under the
   * form's field names or the materials' slots.
   */
  default void checkForm(
      EnterpriseProfile applicant,
      FilingForm form,
      List<FilingDetail.Material> materials,
      Checks checks) {}

  /**
   * Refuses an account's own filing (实名认证, 账号找回, …) the seed does not accept, at 上报: what only the
   * platform's records can tell (a credit code already verified, an enterprise without an account).
   * Problems under the form's field names.
   */
  default void checkAccount(Long accountId, FilingForm form, Checks checks) {}

  /**
   * The enterprise the account's filing of an {@linkplain FilingType#addressed() addressed} type
   * goes to, named by its form (the enterprise an agent applies to act for), at 上报; null, with the
   * problem added to {@code checks} under the form's field, when the form names none, or none the
   * account may file to.
   */
  default Long addressee(Long accountId, FilingForm form, Checks checks) {
    return null;
  }

  /**
   * Notes for the filing's readers (the reviewer first) on what the form and the uploaded materials
   * show beyond the rules: a sample image far from the seed's size, say. Computed when the filing
   * is read.
   */
  default List<FilingNote> notes(
      FilingForm form, List<FilingDetail.Material> materials, MaterialFiles files) {
    return List.of();
  }

  /** The effects of the final approval (validity, superseding, applying a change, …). */
  default void approved(Approval approval) {}

  /**
   * The mobile number the applicant is texted at about this filing, when not the account's own
   * (手机号修改: the new number, the old one being lost); null: the account's.
   */
  default String textedAt(FilingForm form) {
    return null;
  }
}
