package cn.autogov.coc.application;

import cn.autogov.coc.application.TaxExchange.EnterpriseOpenings;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The tax contract's JSON shapes (urn:autogov:tax:v1's Opening, Plant and EnterpriseOpenings, field
 * for field): what the REST twin answers and the callbacks carry. A province is its GB/T 2260 code;
 * times are the platform's local time (China Standard Time); absent values are left out.
 */
public final class TaxContract {

  private TaxContract() {}

  public static Map<String, Object> opening(OpeningView o) {
    var m = new LinkedHashMap<String, Object>();
    m.put("number", o.number());
    m.put("system", o.system().name());
    m.put("creditCode", o.creditCode());
    m.put("enterpriseName", o.enterpriseName());
    put(m, "contactPerson", o.contactPerson());
    put(m, "contactMobile", o.contactMobile());
    put(m, "taxOffice", o.taxOffice());
    m.put("plants", o.plants().stream().map(TaxContract::plant).toList());
    m.put("status", o.status().name());
    m.put("approvedAt", o.approvedAt().toString());
    put(m, "confirmedAt", o.confirmedAt());
    put(m, "refusalReason", o.refusalReason());
    return m;
  }

  public static Map<String, Object> plant(PlantView p) {
    var m = new LinkedHashMap<String, Object>();
    m.put("code", p.code());
    m.put("name", p.name());
    m.put("province", p.provinceCode());
    put(m, "address", p.address());
    put(m, "action", p.action());
    return m;
  }

  public static Map<String, Object> enterprise(EnterpriseOpenings e) {
    var m = new LinkedHashMap<String, Object>();
    m.put("creditCode", e.creditCode());
    m.put("enterpriseName", e.enterpriseName());
    m.put("plants", e.plants().stream().map(TaxContract::plant).toList());
    m.put("openings", e.openings().stream().map(TaxContract::opening).toList());
    return m;
  }

  /** CheckBatchChange's answer: whether listed, and the entries. */
  public static Map<String, Object> batchChange(java.util.List<TaxExchange.BatchEntry> entries) {
    var m = new LinkedHashMap<String, Object>();
    m.put("approved", !entries.isEmpty());
    m.put(
        "entries",
        entries.stream()
            .map(
                e -> {
                  var x = new LinkedHashMap<String, Object>();
                  x.put("filingNumber", e.filingNumber());
                  x.put("certificateNumber", e.certificateNumber());
                  x.put("vin", e.vin());
                  put(x, "vehicleModel", e.vehicleModel());
                  x.put("changeKind", e.changeKind());
                  x.put("approvedAt", e.approvedAt().toString());
                  return x;
                })
            .toList());
    return m;
  }

  private static void put(Map<String, Object> m, String key, Object value) {
    if (value != null) {
      m.put(key, value instanceof Enum<?> en ? en.name() : value.toString());
    }
  }
}
