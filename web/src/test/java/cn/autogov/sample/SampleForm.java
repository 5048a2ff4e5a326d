package cn.autogov.sample;

import cn.autogov.export.domain.ExportFilingForm;
import cn.autogov.filing.domain.FormEntity;
import cn.autogov.filing.domain.Input;
import cn.autogov.kernel.identifier.IdentifierKind;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The test-only business's form: six fields of different kinds and a repeating table, each declared
 * here once. Nothing else is written for them but the migration and the labels.
 */
@Entity
@Table(name = "it_sample_form")
public class SampleForm extends FormEntity {

  @Input
  @Column(name = "enterprise_name", length = 200)
  private String enterpriseName;

  @Input(options = ExportFilingForm.Scale.class, category = true)
  @Column(name = "enterprise_scale", length = 20)
  private String enterpriseScale;

  @Input
  @Column(name = "registered_capital", precision = 14, scale = 2)
  private BigDecimal registeredCapital;

  @Input
  @Column(name = "established_on")
  private LocalDate establishedOn;

  @Input(paragraph = true)
  @Column(name = "business_scope", length = 1000)
  private String businessScope;

  @Input(identifier = IdentifierKind.MOBILE)
  @Column(name = "contact_mobile", length = 11)
  private String contactMobile;

  @Input(max = 20)
  @ElementCollection
  @CollectionTable(name = "it_sample_branch", joinColumns = @JoinColumn(name = "filing_id"))
  @OrderColumn(name = "row_no")
  private List<SampleBranch> branches = new ArrayList<>();

  protected SampleForm() {}
}
