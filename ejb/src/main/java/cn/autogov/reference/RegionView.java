package cn.autogov.reference;

/**
 * An administrative division (GB/T 2260): level 1 province, 2 city, 3 county; {@code
 * statisticalOnly} for the 市辖区-style entries that are no real division.
 */
public record RegionView(
    String code,
    String nameZh,
    String nameEn,
    int level,
    boolean statisticalOnly,
    String parentCode) {

  static RegionView of(Region r) {
    return new RegionView(
        r.getCode(),
        r.getNameZh(),
        r.getNameEn(),
        r.getLevel(),
        r.isStatisticalOnly(),
        r.getParentCode());
  }
}
