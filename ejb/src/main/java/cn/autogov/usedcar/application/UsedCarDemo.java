package cn.autogov.usedcar.application;

import cn.autogov.enterprise.domain.Enterprise;
import cn.autogov.filing.application.FilingDefinition;
import cn.autogov.filing.application.FilingNumbers;
import cn.autogov.filing.application.FilingTypes;
import cn.autogov.filing.domain.Decision;
import cn.autogov.filing.domain.Filing;
import cn.autogov.filing.domain.FilingForm;
import cn.autogov.filing.domain.FormInput;
import cn.autogov.identity.application.DemoAccountsCreated;
import cn.autogov.identity.domain.IdType;
import cn.autogov.identity.domain.UserAccount;
import cn.autogov.kernel.Checks;
import cn.autogov.kernel.identifier.CreditCode;
import cn.autogov.usedcar.domain.BusinessKind;
import cn.autogov.usedcar.domain.Sale;
import cn.autogov.usedcar.domain.SaleEntry;
import cn.autogov.usedcar.domain.UsedCarBusiness;
import cn.autogov.usedcar.domain.UsedCarRegistration;
import cn.autogov.usedcar.domain.UsedCarSale;
import cn.autogov.usedcar.domain.VehicleClass;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The demo used-car businesses (demo mode), all in 福州市鼓楼区: a dealer and a market whose filings the
 * county's commerce authority confirmed, each with a few hundred sales of the last months; and a
 * broker whose filing waits for the county ({@code demo-commerce-gl}; the city's, {@code
 * demo-commerce-fz}, sees it too).
 */
@ApplicationScoped
public class UsedCarDemo {

  static final String COUNTY = "350102";

  /** Sales each confirmed demo business has. */
  static final int SALES = 300;

  @PersistenceContext EntityManager em;

  @Inject FilingTypes types;

  @EJB FilingNumbers numbers;

  void onCreated(@Observes DemoAccountsCreated demo) {
    LocalDateTime now = demo.at();
    Enterprise dealer =
        register(
            demo.account("demo-ucdealer"),
            "91350102MA31UC0188",
            BusinessKind.DEALER,
            "五一路18号",
            now);
    Enterprise market =
        register(
            demo.account("demo-ucmarket"),
            "91350102MA31UC0263",
            BusinessKind.MARKET,
            "六一路66号",
            now);
    Enterprise broker =
        register(
            demo.account("demo-ucnew"), "91350102MA31UC034X", BusinessKind.BROKER, "东街口8号", now);
    file(dealer, BusinessKind.DEALER, "demo-ucdealer", now, true);
    file(market, BusinessKind.MARKET, "demo-ucmarket", now, true);
    file(broker, BusinessKind.BROKER, "demo-ucnew", now, false);
    sales(dealer, "demo-ucdealer", 1, now);
    sales(market, "demo-ucmarket", 2, now);
  }

  private Enterprise register(
      UserAccount account, String code, BusinessKind kind, String street, LocalDateTime now) {
    String name = account.getDisplayName();
    var e =
        Enterprise.registerOwn(
            CreditCode.of(code), name, COUNTY, "福建省福州市鼓楼区" + street, account.getId(), now);
    em.persist(e);
    em.flush();
    account.verifiedAsLegalPerson(
        e.getId(),
        name,
        e.getCreditCode(),
        COUNTY,
        "林演示",
        IdType.RESIDENT_ID,
        "350102198001010011");
    var r =
        new UsedCarRegistration(
            name,
            COUNTY,
            street,
            true,
            code,
            null,
            null,
            null,
            null,
            null,
            Set.of(),
            Set.of(kind),
            "郑演示",
            account.getMobile(),
            null);
    em.persist(UsedCarBusiness.of(e.getId(), r, now));
    return e;
  }

  /** Its filing, saved and submitted; confirmed by the county when {@code confirmed}. */
  private void file(
      Enterprise e, BusinessKind kind, String by, LocalDateTime now, boolean confirmed) {
    FilingDefinition d = types.of(kind.filingType());
    var type = d.type();
    Filing f =
        Filing.draft(type, numbers.next(type.numberPrefix(), now.getYear()), e.getId(), by, now);
    f.describeApplicant(e.getName(), e.getRegionCode());
    em.persist(f);
    em.flush();
    FilingForm form =
        d.newForm(f.getId(), cn.autogov.enterprise.application.EnterpriseProfile.of(e), null);
    Map<String, String> v = new HashMap<>(form.values());
    v.put("legalRepresentative", "林演示");
    v.put("registeredCapital", "1000");
    v.put("businessArea", kind == BusinessKind.MARKET ? "20000" : "1500");
    v.put("establishedOn", "2012-06-01");
    v.put("termFrom", "2012-06-01");
    v.put("termUntil", "");
    v.put("branchCount", "0");
    v.put("residentDealers", "86");
    v.put("marketStaff", "40");
    v.put("professionalStaff", "12");
    v.put("businessScope", "二手车经销、经纪、交易市场服务");
    v.put("businessAddress", e.getAddress());
    v.put("fillerEmail", "filler@demo.autogov.invalid");
    var checks = new Checks();
    form.read(new FormInput(v, checks, true));
    checks.throwIfAny();
    em.persist(form);
    f.save(true, by, now);
    f.submit(type, now.toLocalDate().plusDays(14), by, now);
    if (confirmed) {
      f.claim("demo-commerce-gl", now);
      f.decide(type, Decision.APPROVE, "demo-commerce-gl", "备案登记表信息齐全，予以确认", null, now);
    }
    f.takeNewSteps();
  }

  /** A few hundred sales of the last three months, different for each business. */
  private void sales(Enterprise e, String by, long seed, LocalDateTime now) {
    var random = new Random(seed);
    String[] names = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周"};
    String[] models = {"大众牌FV7145", "丰田牌TV7180", "本田牌HG7150", "别克牌SGM7151", "吉利牌MR7152"};
    VehicleClass[] classes = VehicleClass.values();
    for (int i = 0; i < SALES; i++) {
      Map<String, String> v = new HashMap<>();
      v.put("buyerKind", "PERSON");
      v.put("buyerName", names[random.nextInt(names.length)] + "买" + i);
      v.put("buyerIdNumber", "11010519491231002X");
      v.put("buyerAddress", "福建省福州市鼓楼区演示路" + (i + 1) + "号");
      v.put("buyerMobile", String.format("139%08d", random.nextInt(100_000_000)));
      v.put("sellerKind", "PERSON");
      v.put("sellerName", names[random.nextInt(names.length)] + "卖" + i);
      v.put("sellerIdNumber", "350102198001010011");
      v.put("sellerAddress", "福建省福州市台江区演示街" + (i + 1) + "号");
      v.put("sellerMobile", String.format("137%08d", random.nextInt(100_000_000)));
      v.put("plateNumber", String.format("闽A%05d", random.nextInt(100_000)));
      v.put("registrationNumber", String.format("3500%08d", random.nextInt(100_000_000)));
      v.put("vin", vin(random));
      v.put("brandModel", models[random.nextInt(models.length)]);
      v.put(
          "vehicleClass",
          classes[random.nextInt(10) < 6 ? random.nextInt(3) : random.nextInt(classes.length)]
              .name());
      v.put("transferOffice", "福州市公安局交通警察支队车辆管理所");
      v.put("price", String.valueOf(20_000 + random.nextInt(300) * 1_000));
      v.put("dealingUnit", e.getName());
      v.put("soldOn", now.toLocalDate().minusDays(1 + random.nextInt(90)).toString());
      var checks = new Checks();
      Sale s = new SaleEntry(v).check(checks);
      checks.throwIfAny();
      em.persist(UsedCarSale.entered(e.getId(), s, by, now.minusDays(random.nextInt(3))));
    }
    em.flush();
  }

  /** A VIN of a Chinese maker with its check digit (GB 16735). */
  static String vin(Random random) {
    String chars = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ";
    var b = new StringBuilder("LSV");
    for (int i = 3; i < 17; i++) {
      b.append(
          i >= 11
              ? (char) ('0' + random.nextInt(10))
              : chars.charAt(random.nextInt(chars.length())));
    }
    b.setCharAt(9, 'L'); // model year 2020
    return cn.autogov.kernel.identifier.Vin.withCheckDigit(b.toString());
  }
}
