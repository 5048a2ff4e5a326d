package cn.autogov.web.usedcar;

import cn.autogov.kernel.ChineseAmount;
import cn.autogov.kernel.identifier.PlateNumber;
import cn.autogov.usedcar.application.SaleView;
import cn.autogov.usedcar.application.UsedCarConfirmations;
import cn.autogov.usedcar.application.UsedCarSales;
import cn.autogov.usedcar.domain.PartyKind;
import cn.autogov.usedcar.domain.SaleEntry;
import cn.autogov.usedcar.domain.VehicleClass;
import cn.autogov.web.platform.Forms;
import cn.autogov.web.platform.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * /app/usedcar/sale.xhtml: 二手车销售情况录入 (seed 003 §2.4.1), and 编辑 of a recorded sale ({@code ?id=}):
 * the seed's five sections, the plate's province picked, the price in capitals written from the
 * figures; refused, with the reason and the filing, until the filing is confirmed.
 */
@Named
@ViewScoped
public class UsedCarSaleBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The form's sections and their fields, as the seed lays them out. */
  public record Section(String key, List<String> fields) implements Serializable {}

  private static final List<Section> SECTIONS =
      List.of(
          new Section("buyer", fields("buyer")),
          new Section("seller", fields("seller")),
          new Section("agent", fields("hasAgent", "agent")),
          new Section(
              "vehicle",
              List.of("plateNumber", "registrationNumber", "vin", "brandModel", "vehicleClass")),
          new Section(
              "transaction",
              List.of("transferOffice", "price", "priceInWords", "dealingUnit", "soldOn")));

  @Inject UsedCarSales sales;

  private Long id;
  private long version;
  private final Map<String, String> values = new HashMap<>();
  private String plateProvince;
  private String plateRest;
  private UsedCarConfirmations.Standing standing;
  private SaleView saved;

  private static List<String> fields(String... prefixes) {
    return SaleEntry.FIELDS.stream()
        .filter(f -> Arrays.stream(prefixes).anyMatch(f::startsWith))
        .toList();
  }

  @PostConstruct
  void load() {
    standing = sales.standing();
    String given =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
    if (given != null && given.matches("\\d{1,18}")) {
      SaleView v = Forms.call("sale", () -> sales.get(Long.valueOf(given)));
      if (v != null) {
        id = v.id();
        version = v.version();
        values.putAll(v.values());
        String plate = v.values().get("plateNumber");
        if (plate != null && !plate.isEmpty()) {
          plateProvince = plate.substring(0, 1);
          plateRest = plate.substring(1);
        }
      }
    } else {
      values.put("hasAgent", "false");
      values.put("buyerKind", PartyKind.PERSON.name());
      values.put("sellerKind", PartyKind.PERSON.name());
    }
  }

  /** 提交报表 (or 保存 of an edit): the list shows it next. */
  public String submit() {
    values.put(
        "plateNumber",
        (plateProvince == null ? "" : plateProvince) + (plateRest == null ? "" : plateRest));
    values.put("priceInWords", getWords());
    Map<String, String> sent = Map.copyOf(withoutNulls());
    saved =
        Forms.call(
            "sale", () -> id == null ? sales.record(sent) : sales.correct(id, version, sent));
    if (saved == null) {
      return null;
    }
    Forms.info(Texts.ui(id == null ? "sale.recorded" : "sale.corrected"));
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    return "/app/usedcar/sales?faces-redirect=true";
  }

  private Map<String, String> withoutNulls() {
    Map<String, String> m = new HashMap<>();
    values.forEach(
        (k, v) -> {
          if (v != null) {
            m.put(k, v);
          }
        });
    return m;
  }

  /** 车价合计(大写), from the figures as typed; blank while they are no amount. */
  public String getWords() {
    String price = values.get("price");
    try {
      BigDecimal p = new BigDecimal(price.strip().replace(",", ""));
      return p.signum() > 0 && p.compareTo(ChineseAmount.MAX) <= 0 && p.scale() <= 2
          ? ChineseAmount.of(p)
          : "";
    } catch (RuntimeException e) {
      return "";
    }
  }

  public boolean isAgent() {
    return "true".equals(values.get("hasAgent"));
  }

  public List<Section> getSections() {
    return SECTIONS;
  }

  public List<String> getPartyKinds() {
    return Arrays.stream(PartyKind.values()).map(Enum::name).toList();
  }

  public List<String> getVehicleClasses() {
    return Arrays.stream(VehicleClass.values()).map(Enum::name).toList();
  }

  public List<String> getProvinces() {
    return PlateNumber.provinces();
  }

  public Map<String, String> getValues() {
    return values;
  }

  public Long getId() {
    return id;
  }

  public UsedCarConfirmations.Standing getStanding() {
    return standing;
  }

  public String getPlateProvince() {
    return plateProvince;
  }

  public void setPlateProvince(String v) {
    this.plateProvince = v;
  }

  public String getPlateRest() {
    return plateRest;
  }

  public void setPlateRest(String v) {
    this.plateRest = v;
  }
}
