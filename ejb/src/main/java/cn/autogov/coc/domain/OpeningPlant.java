package cn.autogov.coc.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A plant as an opening told the tax side of it: its code, what was asked, its data then. */
@Embeddable
public class OpeningPlant {

  @Enumerated(EnumType.STRING)
  @Column(name = "action", length = 10, nullable = false)
  private PlantAction action;

  @Column(name = "plant_code", length = 3, nullable = false)
  private String plantCode;

  @Column(name = "plant_name", length = 200, nullable = false)
  private String plantName;

  @Enumerated(EnumType.STRING)
  @Column(name = "province", length = 2, nullable = false)
  private Province province;

  @Column(name = "address", length = 300)
  private String address;

  protected OpeningPlant() {}

  public OpeningPlant(PlantAction action, Plant p) {
    this.action = action;
    this.plantCode = p.getCode();
    this.plantName = p.getName();
    this.province = p.getProvince();
    this.address = p.getAddress();
  }

  public PlantAction action() {
    return action;
  }

  public String plantCode() {
    return plantCode;
  }

  public String plantName() {
    return plantName;
  }

  public Province province() {
    return province;
  }

  public String address() {
    return address;
  }
}
