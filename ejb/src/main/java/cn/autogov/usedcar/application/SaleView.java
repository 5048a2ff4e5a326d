package cn.autogov.usedcar.application;

import cn.autogov.usedcar.domain.SaleEntry;
import cn.autogov.usedcar.domain.UsedCarSale;
import java.time.LocalDate;
import java.util.Map;

/** A recorded sale as the list, the form and the API show it: its values under the shared names. */
public record SaleView(
    Long id, LocalDate enteredOn, Long importId, long version, Map<String, String> values) {

  static SaleView of(UsedCarSale s) {
    return new SaleView(
        s.getId(),
        s.getEnteredOn(),
        s.getImportId(),
        s.getVersion(),
        SaleEntry.of(s.sale()).values());
  }
}
