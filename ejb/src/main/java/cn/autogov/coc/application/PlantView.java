package cn.autogov.coc.application;

import cn.autogov.coc.domain.OpeningPlant;
import cn.autogov.coc.domain.Plant;
import cn.autogov.coc.domain.PlantAction;
import cn.autogov.coc.domain.Province;
import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * A plant as pages, REST and the tax exchange show it: its code, name, province (with its GB/T 2260
 * code), address; in an opening, what was asked of it; in the register, the filing that last set it
 * and when.
 */
public record PlantView(
    String code,
    String name,
    Province province,
    String address,
    PlantAction action,
    String filingNumber,
    LocalDateTime changedAt)
    implements Serializable {

  static PlantView of(Plant p) {
    return new PlantView(
        p.getCode(),
        p.getName(),
        p.getProvince(),
        p.getAddress(),
        null,
        p.getFilingNumber(),
        p.getChangedAt());
  }

  static PlantView of(OpeningPlant p) {
    return new PlantView(
        p.plantCode(), p.plantName(), p.province(), p.address(), p.action(), null, null);
  }

  public String provinceCode() {
    return province.gbCode();
  }
}
