package cn.autogov.coc.domain;

import cn.autogov.filing.domain.FormEntity;
import cn.autogov.filing.domain.Input;
import cn.autogov.kernel.identifier.IdentifierKind;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.util.List;

/**
 * The form of a filing that opens a tax-linked system (seed 000 §九–§十一): whom the tax side reaches
 * at the enterprise, and the plants the filing adds or changes, if any.
 */
@MappedSuperclass
public abstract class OpeningForm extends FormEntity {

  @Input
  @Column(name = "contact_person", length = 50)
  private String contactPerson;

  @Input(identifier = IdentifierKind.MOBILE)
  @Column(name = "contact_mobile", length = 20)
  private String contactMobile;

  protected OpeningForm() {}

  public abstract List<PlantRow> plants();

  public String contactPerson() {
    return contactPerson;
  }

  public String contactMobile() {
    return contactMobile;
  }

  /** The tax office the enterprise is registered with, where the form asks for it. */
  public String taxOffice() {
    return null;
  }
}
