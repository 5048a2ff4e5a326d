package cn.autogov.coc.domain;

import cn.autogov.filing.domain.FormInput;
import cn.autogov.filing.domain.Input;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * 配置信息系统开通 (添加或变更生产厂, seed 000 §九): the plants to add or change, and who at the enterprise the tax
 * side reaches about them.
 */
@Entity
@Table(name = "coc_config_opening")
public class ConfigInfoOpeningForm extends OpeningForm {

  /** The most plants one filing adds or changes. */
  public static final int MAX_PLANTS = 20;

  @Input(max = MAX_PLANTS)
  @ElementCollection
  @CollectionTable(name = "coc_config_opening_plant", joinColumns = @JoinColumn(name = "filing_id"))
  @OrderColumn(name = "row_no")
  private List<PlantRow> plants = new ArrayList<>();

  protected ConfigInfoOpeningForm() {}

  /** Each row's code as its action wants it; no plant changed twice. */
  @Override
  public void check(FormInput in) {
    var seen = new HashSet<String>();
    for (int i = 0; i < plants.size(); i++) {
      PlantRow row = plants.get(i);
      row.check("plants." + i + ".", in.checks());
      if (row.plantCode() != null && !row.plantCode().isBlank() && !seen.add(row.plantCode())) {
        in.checks().add("plants." + i + ".plantCode", "coc.plant-twice", "code", row.plantCode());
      }
    }
  }

  @Override
  public List<PlantRow> plants() {
    return List.copyOf(plants);
  }
}
