package cn.autogov.coc.application;

import static cn.autogov.document.inspection.UploadRules.REAL_NAME_SCAN;
import static cn.autogov.filing.domain.MaterialSlot.required;

import cn.autogov.access.Role;
import cn.autogov.coc.domain.AtlasOpeningForm;
import cn.autogov.coc.domain.TaxSystem;
import cn.autogov.filing.domain.FilingType;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * 免税图册系统开通 (seed 000 §十): the plant's name and province, with the 《设有固定装置非运输车辆免税图册》信息采集系统企业信息单; the
 * certification centre reviews; approval adds the plant and asks the tax side to open the system.
 */
@ApplicationScoped
public class AtlasOpeningDefinition extends OpeningDefinition {

  private final FilingType type =
      FilingType.define(TaxSystem.TAX_FREE_ATLAS.filingType())
          .numbered("TFA")
          .form(AtlasOpeningForm.class)
          .materials(FilingType.ANY, required("atlasInfoSheet", REAL_NAME_SCAN))
          .stage("centre-review", Role.CERTIFICATION_CENTRE, false, 5)
          .build();

  @Override
  public FilingType type() {
    return type;
  }

  @Override
  TaxSystem system() {
    return TaxSystem.TAX_FREE_ATLAS;
  }
}
