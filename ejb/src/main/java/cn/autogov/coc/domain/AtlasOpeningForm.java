package cn.autogov.coc.domain;

import cn.autogov.filing.domain.Input;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.List;

/**
 * 免税图册系统开通 (seed 000 §十): the plant's name and the province it lies in, as the seed asks, with the
 * enterprise's contact for the tax side.
 */
@Entity
@Table(name = "coc_atlas_opening")
public class AtlasOpeningForm extends OpeningForm {

  @Input
  @Column(name = "plant_name", length = 200)
  private String plantName;

  @Input(options = Province.class)
  @Column(name = "plant_province", length = 2)
  private String plantProvince;

  protected AtlasOpeningForm() {}

  /** The plant the atlas system starts with; the platform gives it a code when it is new. */
  @Override
  public List<PlantRow> plants() {
    return List.of(
        new PlantRow(PlantAction.ADD, null, plantName, Province.valueOf(plantProvince), null));
  }
}
