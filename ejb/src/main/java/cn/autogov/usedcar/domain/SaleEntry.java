package cn.autogov.usedcar.domain;

import cn.autogov.kernel.BusinessTime;
import cn.autogov.kernel.Checks;
import cn.autogov.kernel.ChineseAmount;
import cn.autogov.kernel.DomainText;
import cn.autogov.kernel.identifier.IdentifierKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * 二手车销售基本情况 (seed 003 §2.4.1) as typed — on the form, over REST, or as one row of an Excel import
 * —, every value a text, under the field names every channel shares (in {@link #FIELDS}' order, the
 * template's columns). {@link #check} applies the one set of rules all three go through and gives
 * the {@link Sale} to record, or null with every problem under its field. All fields are required,
 * as the seed says; the agent's only when there is one; the price in words only agrees with the
 * figures (the platform writes it).
 */
public record SaleEntry(Map<String, String> values) {

  /** Every field, in the order of the seed's form and of the template's columns. */
  public static final List<String> FIELDS =
      List.of(
          "buyerKind",
          "buyerName",
          "buyerIdNumber",
          "buyerAddress",
          "buyerMobile",
          "sellerKind",
          "sellerName",
          "sellerIdNumber",
          "sellerAddress",
          "sellerMobile",
          "hasAgent",
          "agentKind",
          "agentName",
          "agentIdNumber",
          "agentAddress",
          "agentMobile",
          "plateNumber",
          "registrationNumber",
          "vin",
          "brandModel",
          "vehicleClass",
          "transferOffice",
          "price",
          "priceInWords",
          "dealingUnit",
          "soldOn");

  /** The earliest sale date taken (the system began in 2017). */
  public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

  private static final java.util.regex.Pattern EXCEL_SERIAL =
      java.util.regex.Pattern.compile("[1-9]\\d{4}(\\.\\d+)?");

  private static final java.util.regex.Pattern REGISTRATION =
      java.util.regex.Pattern.compile("[0-9A-Z]{10,20}");

  public SaleEntry {
    var copy = new LinkedHashMap<String, String>();
    for (String f : FIELDS) {
      String v = values == null ? null : values.get(f);
      copy.put(f, v == null || v.isBlank() ? null : v.strip());
    }
    values = java.util.Collections.unmodifiableMap(copy);
  }

  public String get(String field) {
    return values.get(field);
  }

  /** The checked sale, or null with every problem under its field. */
  public Sale check(Checks checks) {
    SaleParty buyer = party("buyer", checks);
    SaleParty seller = party("seller", checks);
    boolean agent = yes("hasAgent", checks);
    SaleParty agentParty = agent ? party("agent", checks) : null;
    String plate = checks.identifier("plateNumber", IdentifierKind.PLATE, get("plateNumber"));
    String registration = checks.required("registrationNumber", get("registrationNumber"));
    if (registration != null) {
      registration = registration.toUpperCase(java.util.Locale.ROOT);
      if (!REGISTRATION.matcher(registration).matches()) {
        checks.add("registrationNumber", "usedcar.registration-number");
        registration = null;
      }
    }
    String vin = checks.identifier("vin", IdentifierKind.VIN, get("vin"));
    String brandModel = checks.text("brandModel", get("brandModel"), 100);
    VehicleClass vehicleClass =
        option("vehicleClass", VehicleClass.class, get("vehicleClass"), checks);
    String office = checks.text("transferOffice", get("transferOffice"), 100);
    BigDecimal price = price(checks);
    String unit = checks.text("dealingUnit", get("dealingUnit"), 200);
    LocalDate soldOn = soldOn(checks);
    if (!checks.ok()) {
      return null;
    }
    return new Sale(
        buyer,
        seller,
        agentParty,
        plate,
        registration,
        vin,
        brandModel,
        vehicleClass,
        office,
        price,
        unit,
        soldOn);
  }

  private SaleParty party(String role, Checks checks) {
    return SaleParty.of(
        role,
        get(role + "Kind"),
        get(role + "Name"),
        get(role + "IdNumber"),
        get(role + "Address"),
        get(role + "Mobile"),
        checks);
  }

  /** 是否代理人: yes (true, 是, Y, 1) or no (blank too). */
  private boolean yes(String field, Checks checks) {
    String v = get(field);
    if (v == null) {
      return false;
    }
    return switch (v.toLowerCase(java.util.Locale.ROOT)) {
      case "true", "yes", "y", "1", "是" -> true;
      case "false", "no", "n", "0", "否" -> false;
      default -> {
        checks.add(field, "usedcar.not-an-option", "value", v);
        yield false;
      }
    };
  }

  private BigDecimal price(Checks checks) {
    String typed = checks.required("price", get("price"));
    if (typed == null) {
      return null;
    }
    BigDecimal price;
    try {
      price = new BigDecimal(typed.replace(",", "").replace("，", ""));
    } catch (NumberFormatException e) {
      checks.add("price", "input.not-a-number", "value", typed);
      return null;
    }
    if (price.signum() <= 0 || price.compareTo(ChineseAmount.MAX) > 0) {
      checks.add("price", "usedcar.price-range");
      return null;
    }
    if (price.stripTrailingZeros().scale() > 2) {
      checks.add("price", "usedcar.price-fen");
      return null;
    }
    String words = get("priceInWords");
    if (words != null) {
      var said = ChineseAmount.parse(words);
      if (said.isEmpty()) {
        checks.add("priceInWords", "usedcar.price-words-unreadable", "value", words);
      } else if (said.get().compareTo(price) != 0) {
        checks.add(
            "priceInWords",
            "usedcar.price-words-differ",
            "words",
            words,
            "expected",
            ChineseAmount.of(price));
      }
    }
    return price.setScale(2);
  }

  private LocalDate soldOn(Checks checks) {
    String typed = checks.required("soldOn", get("soldOn"));
    if (typed == null) {
      return null;
    }
    LocalDate d;
    try {
      d =
          EXCEL_SERIAL.matcher(typed).matches() // a date cell of Excel: days since 1899-12-30
              ? LocalDate.of(1899, 12, 30).plusDays((long) Double.parseDouble(typed))
              : LocalDate.parse(
                  typed.length() > 10 ? typed.substring(0, 10) : typed.replace('/', '-'));
    } catch (DateTimeParseException e) {
      checks.add("soldOn", "input.not-a-date", "value", typed);
      return null;
    }
    if (d.isAfter(BusinessTime.today())) {
      checks.add("soldOn", "usedcar.sold-ahead");
      return null;
    }
    if (d.isBefore(EARLIEST)) {
      checks.add("soldOn", "usedcar.sold-too-early");
      return null;
    }
    return d;
  }

  /**
   * An option by its code or its label in Chinese or English (是否企业: 单位 / 个人; 车辆类型: 基本型（轿车）…), or
   * null with a problem naming the value typed.
   */
  public static <E extends Enum<E>> E option(
      String field, Class<E> type, String typed, Checks checks) {
    String v = checks.required(field, typed);
    if (v == null) {
      return null;
    }
    Enum<?> found = LABELS.computeIfAbsent(type, SaleEntry::labels).get(v.toLowerCase(Locale.ROOT));
    if (found != null) {
      return type.cast(found);
    }
    checks.add(field, "usedcar.not-an-option", "value", v);
    return null;
  }

  /** Each option list's constants by code and by label (Chinese, English), lower-cased. */
  private static final Map<Class<?>, Map<String, Enum<?>>> LABELS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static Map<String, Enum<?>> labels(Class<?> type) {
    String list = type.getSimpleName();
    list = Character.toLowerCase(list.charAt(0)) + list.substring(1);
    Map<String, Enum<?>> byText = new java.util.HashMap<>();
    for (Object o : type.getEnumConstants()) {
      Enum<?> e = (Enum<?>) o;
      byText.put(e.name().toLowerCase(Locale.ROOT), e);
      for (Locale l : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
        byText.put(DomainText.text(l, list + "." + e.name()).toLowerCase(Locale.ROOT), e);
      }
    }
    return Map.copyOf(byText);
  }

  /** The values of a recorded sale, as the form shows them. */
  public static SaleEntry of(Sale s) {
    Map<String, String> v = new LinkedHashMap<>();
    put(v, "buyer", s.buyer());
    put(v, "seller", s.seller());
    v.put("hasAgent", s.agent() == null ? "false" : "true");
    put(v, "agent", s.agent());
    v.put("plateNumber", s.plateNumber());
    v.put("registrationNumber", s.registrationNumber());
    v.put("vin", s.vin());
    v.put("brandModel", s.brandModel());
    v.put("vehicleClass", s.vehicleClass().name());
    v.put("transferOffice", s.transferOffice());
    v.put("price", s.price().toPlainString());
    v.put("priceInWords", ChineseAmount.of(s.price()));
    v.put("dealingUnit", s.dealingUnit());
    v.put("soldOn", s.soldOn().toString());
    return new SaleEntry(v);
  }

  private static void put(Map<String, String> v, String role, SaleParty p) {
    if (p != null) {
      v.put(role + "Kind", p.kind().name());
      v.put(role + "Name", p.name());
      v.put(role + "IdNumber", p.idNumber());
      v.put(role + "Address", p.address());
      v.put(role + "Mobile", p.mobile());
    }
  }
}
