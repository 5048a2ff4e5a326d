package cn.autogov.coc.application;

import static cn.autogov.document.inspection.UploadRules.REAL_NAME_SCAN;
import static cn.autogov.filing.domain.MaterialSlot.required;

import cn.autogov.access.Role;
import cn.autogov.coc.domain.ConfigInfoOpeningForm;
import cn.autogov.coc.domain.TaxSystem;
import cn.autogov.filing.domain.FilingType;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * 配置信息系统开通 (添加或变更生产厂, seed 000 §九): the plants to add or change, with the 《国家税务总局车购税价格信息企业采集信息单》
 * the enterprise got from its tax bureau; the certification centre reviews; approval sets the
 * plants' data and asks the tax side to open the system.
 */
@ApplicationScoped
public class ConfigInfoOpeningDefinition extends OpeningDefinition {

  private final FilingType type =
      FilingType.define(TaxSystem.CONFIG_INFO.filingType())
          .numbered("CIO")
          .form(ConfigInfoOpeningForm.class)
          .materials(FilingType.ANY, required("priceInfoSheet", REAL_NAME_SCAN))
          .stage("centre-review", Role.CERTIFICATION_CENTRE, false, 5)
          .build();

  @Override
  public FilingType type() {
    return type;
  }

  @Override
  TaxSystem system() {
    return TaxSystem.CONFIG_INFO;
  }
}
