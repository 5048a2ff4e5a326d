package cn.autogov.coc.application;

import cn.autogov.access.Role;
import cn.autogov.coc.domain.InvoiceLinkOpeningForm;
import cn.autogov.coc.domain.TaxSystem;
import cn.autogov.filing.domain.FilingType;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * 票据关联系统开通 (seed 000 §十一): the enterprise's tax office and contact, typed online (the seed asks no
 * materials); the certification centre reviews; approval asks the tax side to open the system.
 */
@ApplicationScoped
public class InvoiceLinkOpeningDefinition extends OpeningDefinition {

  private final FilingType type =
      FilingType.define(TaxSystem.INVOICE_LINK.filingType())
          .numbered("IVL")
          .form(InvoiceLinkOpeningForm.class)
          .stage("centre-review", Role.CERTIFICATION_CENTRE, false, 5)
          .build();

  @Override
  public FilingType type() {
    return type;
  }

  @Override
  TaxSystem system() {
    return TaxSystem.INVOICE_LINK;
  }
}
