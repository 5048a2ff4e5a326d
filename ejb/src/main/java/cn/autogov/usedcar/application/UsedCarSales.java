package cn.autogov.usedcar.application;

import static cn.autogov.access.Role.Names.AGENT;
import static cn.autogov.access.Role.Names.ENTERPRISE;

import cn.autogov.access.Actor;
import cn.autogov.audit.application.AuditTrail;
import cn.autogov.audit.domain.AuditEvent;
import cn.autogov.identity.application.Actors;
import cn.autogov.kernel.BusinessTime;
import cn.autogov.kernel.Checks;
import cn.autogov.kernel.RefusedException;
import cn.autogov.usedcar.domain.Sale;
import cn.autogov.usedcar.domain.SaleEntry;
import cn.autogov.usedcar.domain.UsedCarSale;
import cn.autogov.usedcar.domain.VehicleClass;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 二手车销售情况录入 and 列表 (seed 003 §2.4) for the enterprise the caller acts for (its legal person or an
 * agent): refused until the local commerce authority confirmed its filing; one rule set for the
 * form, the API and imports ({@link SaleEntry}); the same vehicle sold twice on one day refused as
 * a duplicate; the list paged by key, the newest first, so it stays fast at millions of rows.
 */
@Stateless
@RolesAllowed({ENTERPRISE, AGENT})
public class UsedCarSales {

  /** The most rows of one page. */
  public static final int PAGE_MAX = 100;

  @PersistenceContext EntityManager em;

  @EJB Actors actors;

  @EJB AuditTrail audit;

  @Inject UsedCarConfirmations confirmations;

  @Inject UsedCarBusinesses businesses;

  @Inject ReportLocks locks;

  /** Whether the caller acts for a used-car business (the portal shows it the sales pages). */
  public boolean isBusiness() {
    Long e = actors.current().enterpriseId();
    return e != null && businesses.registered(e).isPresent();
  }

  /** Where the caller's enterprise stands with the local authority. */
  public UsedCarConfirmations.Standing standing() {
    return confirmations.of(enterprise(actors.current()));
  }

  /** 提交报表: records one sale typed on the form or sent over the API. */
  public SaleView record(Map<String, String> values) {
    Actor a = actors.current();
    Long enterprise = enterprise(a);
    confirmations.require(enterprise);
    Sale sale = checked(values, enterprise, null);
    locks.requireOpen(enterprise, sale.soldOn());
    var s = UsedCarSale.entered(enterprise, sale, a.loginName(), BusinessTime.now());
    em.persist(s);
    em.flush();
    record(a, "usedcar-sale.recorded", s, null, sale.vin() + " " + sale.soldOn());
    return SaleView.of(s);
  }

  /** 编辑: new values for a sale of the caller's enterprise, on the version it read. */
  public SaleView correct(Long id, long version, Map<String, String> values) {
    Actor a = actors.current();
    UsedCarSale s = own(a, id);
    confirmations.require(s.getEnterpriseId());
    if (s.getVersion() != version) {
      throw new RefusedException("usedcar.sale-changed");
    }
    String before = s.sale().vin() + " " + s.sale().soldOn();
    locks.requireOpen(s.getEnterpriseId(), s.sale().soldOn());
    Sale sale = checked(values, s.getEnterpriseId(), s.getId());
    locks.requireOpen(s.getEnterpriseId(), sale.soldOn());
    s.correct(sale);
    em.flush();
    record(a, "usedcar-sale.corrected", s, before, sale.vin() + " " + sale.soldOn());
    return SaleView.of(s);
  }

  /** 删除 of a sale of the caller's enterprise. */
  public void delete(Long id) {
    Actor a = actors.current();
    UsedCarSale s = own(a, id);
    confirmations.require(s.getEnterpriseId());
    locks.requireOpen(s.getEnterpriseId(), s.sale().soldOn());
    record(a, "usedcar-sale.deleted", s, s.sale().vin() + " " + s.sale().soldOn(), null);
    em.remove(s);
  }

  public SaleView get(Long id) {
    return SaleView.of(own(actors.current(), id));
  }

  /** One page of the list: the newest first, after the key given, narrowed by one search. */
  public SalePage list(SaleQuery q) {
    Long enterprise = enterprise(actors.current());
    int size = Math.max(1, Math.min(q.size() <= 0 ? 20 : q.size(), PAGE_MAX));
    StringBuilder jpql = new StringBuilder("SELECT s FROM UsedCarSale s WHERE s.enterpriseId = :e");
    Map<String, Object> params = new HashMap<>();
    params.put("e", enterprise);
    String k = q.keyword() == null ? "" : q.keyword().strip();
    SaleQuery.By by = by(q.by());
    if (!k.isEmpty() && by != SaleQuery.By.ALL) {
      switch (by) {
        case BUYER -> jpql.append(" AND s.buyer.name LIKE :k");
        case SELLER -> jpql.append(" AND s.seller.name LIKE :k");
        case VIN -> jpql.append(" AND s.vin = :k");
        case PLATE -> jpql.append(" AND s.plateNumber = :k");
        case VEHICLE_CLASS -> jpql.append(" AND s.vehicleClass = :k");
        case ENTERED_ON -> jpql.append(" AND s.enteredOn = :k");
        default -> {}
      }
      params.put("k", keyword(by, k));
    }
    if (q.after() != null) {
      jpql.append(" AND s.id < :after");
      params.put("after", q.after());
    }
    jpql.append(" ORDER BY s.id DESC");
    var query = em.createQuery(jpql.toString(), UsedCarSale.class).setMaxResults(size + 1);
    params.forEach(query::setParameter);
    List<UsedCarSale> found = query.getResultList();
    List<SaleView> rows = found.stream().limit(size).map(SaleView::of).toList();
    return new SalePage(rows, found.size() > size ? rows.get(rows.size() - 1).id() : null);
  }

  private static SaleQuery.By by(String typed) {
    try {
      return typed == null || typed.isBlank()
          ? SaleQuery.By.ALL
          : SaleQuery.By.valueOf(typed.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new RefusedException("usedcar.search-kind", "value", typed);
    }
  }

  private static Object keyword(SaleQuery.By by, String k) {
    return switch (by) {
      case BUYER, SELLER -> "%" + k.replace("%", "").replace("_", "") + "%";
      case VIN, PLATE -> k.toUpperCase(java.util.Locale.ROOT).replace("·", "");
      case VEHICLE_CLASS -> {
        var checks = new Checks();
        VehicleClass c = SaleEntry.option("keyword", VehicleClass.class, k, checks);
        checks.throwIfAny();
        yield c;
      }
      case ENTERED_ON -> {
        try {
          yield LocalDate.parse(k);
        } catch (DateTimeParseException e) {
          throw new RefusedException("usedcar.search-date", "value", k);
        }
      }
      default -> k;
    };
  }

  /** The entry checked, and not a second sale of the vehicle that day (but {@code self}). */
  private Sale checked(Map<String, String> values, Long enterprise, Long self) {
    var checks = new Checks();
    Sale sale = new SaleEntry(values).check(checks);
    checks.throwIfAny();
    List<UsedCarSale> sameDay =
        em.createQuery(
                "SELECT s FROM UsedCarSale s WHERE s.enterpriseId = :e AND s.vin = :vin"
                    + " AND s.soldOn = :day",
                UsedCarSale.class)
            .setParameter("e", enterprise)
            .setParameter("vin", sale.vin())
            .setParameter("day", sale.soldOn())
            .getResultList();
    for (UsedCarSale other : sameDay) {
      if (!other.getId().equals(self)) {
        checks.add(
            "vin",
            "usedcar.sale-duplicate",
            "vin",
            sale.vin(),
            "day",
            sale.soldOn().toString(),
            "entered",
            other.getEnteredOn().toString());
      }
    }
    checks.throwIfAny();
    return sale;
  }

  private UsedCarSale own(Actor a, Long id) {
    UsedCarSale s =
        id == null ? null : em.find(UsedCarSale.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (s == null || !s.getEnterpriseId().equals(a.enterpriseId())) {
      throw RefusedException.notFound();
    }
    return s;
  }

  private static Long enterprise(Actor a) {
    if (a.enterpriseId() == null) {
      throw new RefusedException("usedcar.no-enterprise");
    }
    return a.enterpriseId();
  }

  private void record(Actor a, String action, UsedCarSale s, String before, String after) {
    audit.record(
        new AuditEvent(
            a.loginName(),
            s.getEnterpriseId(),
            action,
            "usedcar-sale/" + s.getId(),
            null,
            before,
            after));
  }
}
