package cn.autogov.coc.domain;

import cn.autogov.filing.domain.Input;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One plant (生产厂) of a 配置信息系统开通 filing (seed 000 §九): added, or an existing one (named by its code)
 * changed, with its name, province and address.
 */
@Embeddable
public class PlantRow {

  @Input(options = PlantAction.class)
  @Column(name = "action", length = 10)
  private String action;

  @Input(required = false)
  @Column(name = "plant_code", length = 3)
  private String plantCode;

  @Input
  @Column(name = "plant_name", length = 200)
  private String plantName;

  @Input(options = Province.class)
  @Column(name = "province", length = 2)
  private String province;

  @Input
  @Column(name = "address", length = 300)
  private String address;

  protected PlantRow() {}

  public PlantRow(PlantAction action, String plantCode, String plantName, Province p, String at) {
    this.action = action.name();
    this.plantCode = plantCode;
    this.plantName = plantName;
    this.province = p.name();
    this.address = at;
  }

  /** A change names the plant it changes; an addition names none (the platform gives the code). */
  void check(String at, cn.autogov.kernel.Checks checks) {
    boolean change = PlantAction.CHANGE.name().equals(action);
    if (change && (plantCode == null || plantCode.isBlank())) {
      checks.add(at + "plantCode", "coc.plant-code-needed");
    } else if (change && !Plant.isCode(plantCode)) {
      checks.add(at + "plantCode", "coc.plant-code-format", "value", plantCode);
    } else if (!change && plantCode != null && !plantCode.isBlank()) {
      checks.add(at + "plantCode", "coc.plant-code-given");
    }
  }

  public PlantAction action() {
    return action == null ? null : PlantAction.valueOf(action);
  }

  public String plantCode() {
    return plantCode;
  }

  public String plantName() {
    return plantName;
  }

  public Province province() {
    return province == null ? null : Province.valueOf(province);
  }

  public String address() {
    return address;
  }
}
