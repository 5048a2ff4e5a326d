package cn.autogov.coc.domain;

import cn.autogov.filing.domain.Input;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.List;

/**
 * 票据关联系统开通 (seed 000 §十一): the seed asks only for "相关信息": the tax office the enterprise is
 * registered with and who the tax side reaches there.
 */
@Entity
@Table(name = "coc_invoice_opening")
public class InvoiceLinkOpeningForm extends OpeningForm {

  @Input
  @Column(name = "tax_office", length = 200)
  private String taxOffice;

  @Input(required = false, paragraph = true)
  @Column(name = "remarks", length = 500)
  private String remarks;

  protected InvoiceLinkOpeningForm() {}

  @Override
  public String taxOffice() {
    return taxOffice;
  }

  /** Opens a system for the enterprise, not for a plant. */
  @Override
  public List<PlantRow> plants() {
    return List.of();
  }
}
