package cn.autogov.usedcar.application;

import cn.autogov.reference.ReferenceData;
import cn.autogov.reference.RegionView;
import cn.autogov.usedcar.domain.ReportFigures;
import cn.autogov.usedcar.domain.ReportKind;
import cn.autogov.usedcar.domain.ReportPeriod;
import cn.autogov.usedcar.domain.UsedCarBusiness;
import cn.autogov.usedcar.domain.VehicleClass;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A return's figures from the enterprise's sales records of the period: one grouped query over its
 * sales of those days (the index on enterprise and sale date), in the caller's transaction. A sale
 * is 本地过户 when its transfer-in vehicle office's name holds the name of the enterprise's city (福州
 * for 福州市车辆管理所; the province's for a municipality's districts), 转籍 otherwise: the record has no
 * other sign of it, and the enterprise corrects a figure with its reason where that falls short.
 */
@Dependent
public class ReportPrefill {

  @PersistenceContext EntityManager em;

  @EJB ReferenceData reference;

  public ReportFigures figures(ReportKind kind, Long enterpriseId, ReportPeriod period) {
    if (kind != ReportKind.MONTHLY) {
      return ReportFigures.of(kind, List.of());
    }
    String local = localName(enterpriseId);
    List<Object[]> rows =
        em.createQuery(
                "SELECT s.vehicleClass, COUNT(s), SUM(s.price),"
                    + " SUM(CASE WHEN s.agent.kind IS NULL THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN LOCATE(:office, s.transferOffice) > 0 THEN 1 ELSE 0 END)"
                    + " FROM UsedCarSale s WHERE s.enterpriseId = :e"
                    + " AND s.soldOn >= :from AND s.soldOn < :to GROUP BY s.vehicleClass",
                Object[].class)
            .setParameter("office", local == null ? "\u0000" : local)
            .setParameter("e", enterpriseId)
            .setParameter("from", period.start())
            .setParameter("to", period.end())
            .getResultList();
    List<ReportFigures.ClassSums> sums = new ArrayList<>();
    for (Object[] r : rows) {
      sums.add(
          new ReportFigures.ClassSums(
              (VehicleClass) r[0],
              ((Number) r[1]).longValue(),
              (BigDecimal) r[2],
              ((Number) r[3]).longValue(),
              ((Number) r[4]).longValue()));
    }
    return ReportFigures.of(kind, sums);
  }

  /**
   * The short name of the enterprise's city as vehicle offices are named (福州 of 福州市; 北京 for a
   * district of 北京市), or null when the division is unknown.
   */
  public String localName(Long enterpriseId) {
    UsedCarBusiness b = em.find(UsedCarBusiness.class, enterpriseId);
    if (b == null) {
      return null;
    }
    RegionView county = reference.region(b.getDomicileRegion()).orElse(null);
    RegionView city =
        county == null || county.parentCode() == null
            ? null
            : reference.region(county.parentCode()).orElse(null);
    if (city != null
        && (city.statisticalOnly() || List.of("市辖区", "县").contains(city.nameZh()))
        && city.parentCode() != null) {
      city = reference.region(city.parentCode()).orElse(null);
    }
    return city == null ? null : shortName(city.nameZh());
  }

  /** 福州市 → 福州, 北京市 → 北京, 大兴安岭地区 → 大兴安岭, 黔东南苗族侗族自治州 → 黔东南. */
  static String shortName(String name) {
    String n = name;
    int autonomous = n.indexOf("自治");
    if (autonomous > 0) {
      n = n.substring(0, Math.min(autonomous, 3));
    }
    for (String suffix : List.of("地区", "市", "盟", "省")) {
      if (n.endsWith(suffix) && n.length() > suffix.length() + 1) {
        return n.substring(0, n.length() - suffix.length());
      }
    }
    return n;
  }
}
