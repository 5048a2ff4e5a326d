package cn.autogov.filing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.eclipse.persistence.annotations.ChangeTracking;
import org.eclipse.persistence.annotations.ChangeTrackingType;

/**
 * The base of every form entity: keyed by its filing's id. Its fields are written by {@link
 * FormSchema} through reflection, which woven attribute change tracking would not see: changes are
 * found by comparison at commit instead (the few form rows of a transaction cost nothing to
 * compare).
 */
@MappedSuperclass
@ChangeTracking(ChangeTrackingType.DEFERRED)
public abstract class FormEntity implements FilingForm {

  @Id
  @Column(name = "filing_id")
  private Long filingId;

  protected FormEntity() {}

  protected FormEntity(Long filingId) {
    this.filingId = filingId;
  }

  @Override
  public Long getFilingId() {
    return filingId;
  }

  /**
   * A new, empty form of the class for the filing, or, for a change, a copy of the approved
   * filing's form ({@code changed}, else null). The class needs a constructor without arguments.
   */
  public static FilingForm create(
      Class<? extends FilingForm> type, Long filingId, FilingForm changed) {
    try {
      var c = type.getDeclaredConstructor();
      c.setAccessible(true);
      FormEntity form = (FormEntity) c.newInstance();
      form.filingId = filingId;
      return changed == null ? form : form.copying(changed);
    } catch (ReflectiveOperationException | ClassCastException e) {
      throw new IllegalStateException(type.getName() + " is no FormEntity to create", e);
    }
  }

  /** A copy of another form's values (a change starts as the approved filing's form). */
  protected final <F extends FormEntity> F copying(FilingForm approved) {
    read(new FormInput(approved.values(), new cn.autogov.kernel.Checks(), false));
    @SuppressWarnings("unchecked")
    F self = (F) this;
    return self;
  }
}
