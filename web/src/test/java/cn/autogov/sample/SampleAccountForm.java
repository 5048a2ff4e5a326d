package cn.autogov.sample;

import cn.autogov.filing.domain.FormEntity;
import cn.autogov.filing.domain.Input;
import cn.autogov.kernel.identifier.IdentifierKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The test-only account business's form: an account's own request, two fields. */
@Entity
@Table(name = "it_account_form")
public class SampleAccountForm extends FormEntity {

  @Input(identifier = IdentifierKind.MOBILE)
  @Column(name = "contact_mobile", length = 11)
  private String contactMobile;

  @Input(paragraph = true)
  @Column(name = "business_scope", length = 1000)
  private String businessScope;

  protected SampleAccountForm() {}
}
