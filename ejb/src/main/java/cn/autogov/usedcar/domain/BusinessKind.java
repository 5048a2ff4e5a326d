package cn.autogov.usedcar.domain;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 二手车经营主体类型 (seed 003 §2.1.2), in the order of the seed's filings §2.3.1–2.3.5: a business
 * registers one or more, and files one filing per kind. A market counts its resident dealers and
 * its own staff; the others their professional staff.
 */
public enum BusinessKind {
  MARKET("uc-market"),
  APPRAISER("uc-appraiser"),
  DEALER("uc-dealer"),
  BROKER("uc-broker"),
  AUCTIONEER("uc-auctioneer");

  private final String filingType;

  BusinessKind(String filingType) {
    this.filingType = filingType;
  }

  /** The code of this kind's filing type on the engine. */
  public String filingType() {
    return filingType;
  }

  /** The code of the type that changes a confirmed filing of this kind. */
  public String changeType() {
    return filingType + "-change";
  }

  /** The kind whose filing (or change) has this type code, or null. */
  public static BusinessKind ofFilingType(String typeCode) {
    for (BusinessKind k : values()) {
      if (k.filingType.equals(typeCode) || k.changeType().equals(typeCode)) {
        return k;
      }
    }
    return null;
  }

  /** Stored as their names, comma-separated, in the seed's order. */
  public static String join(Set<BusinessKind> kinds) {
    return kinds.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
  }

  public static Set<BusinessKind> split(String stored) {
    Set<BusinessKind> kinds = EnumSet.noneOf(BusinessKind.class);
    if (stored != null && !stored.isBlank()) {
      Arrays.stream(stored.split(",")).map(BusinessKind::valueOf).forEach(kinds::add);
    }
    return kinds;
  }
}
