package cn.autogov.identity.application;

import cn.autogov.access.Role;
import cn.autogov.identity.domain.IdType;
import cn.autogov.identity.domain.UserAccount;
import jakarta.persistence.EntityManager;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One demo user of each kind, each with its own (fictitious) mobile number; the README lists the
 * same login names. The two demo enterprises, their legal-person accounts' verification and the
 * demo agent's authorisation are the enterprise area's ({@code DemoEnterprises}), on {@link
 * DemoAccountsCreated}.
 */
final class DemoAccounts {

  static final String REGION_BEIJING = "110000";

  /** 福建省: the demo exporters' province, reviewed by its commerce department. */
  static final String REGION_FUJIAN = "350000";

  /** 福州市 and its 鼓楼区: the demo used-car businesses' city and county. */
  static final String REGION_FUZHOU = "350100";

  static final String REGION_GULOU = "350102";

  private DemoAccounts() {}

  static List<UserAccount> create(EntityManager em, String password, LocalDateTime now) {
    UserAccount enterprise = demo("demo-enterprise", "演示汽车有限公司", Role.REGISTERED, password, now, 1);
    UserAccount agent = demo("demo-agent", "demo-agent", Role.REGISTERED, password, now, 2);
    UserAccount dealer = demo("demo-dealer", "演示二手车贸易有限公司", Role.REGISTERED, password, now, 8);
    UserAccount person = demo("demo-person", "demo-person", Role.REGISTERED, password, now, 11);
    List<UserAccount> all =
        List.of(
            demo("demo-user", "demo-user", Role.REGISTERED, password, now, 0),
            enterprise,
            agent,
            demo("demo-centre", "装备中心审核员", Role.CERTIFICATION_CENTRE, password, now, 3)
                .actingFor("工业和信息化部装备工业发展中心", null, null),
            demo("demo-commerce", "北京市商务局审核员", Role.COMMERCE_AUTHORITY, password, now, 4)
                .actingFor("北京市商务局", null, REGION_BEIJING),
            demo("demo-issuer", "福建省发证机构审核员", Role.ISSUING_AUTHORITY, password, now, 5)
                .actingFor("福建省商务厅许可证发证机构", null, REGION_FUJIAN),
            demo("demo-ekey", "电子钥匙服务商操作员", Role.EKEY_PROVIDER, password, now, 6)
                .actingFor("电子钥匙服务商", null, null),
            demo("demo-admin", "平台管理员(演示)", Role.ADMIN, password, now, 7)
                .actingFor("平台运维", null, null),
            dealer,
            demo("demo-commerce-fj", "福建省商务厅审核员", Role.COMMERCE_AUTHORITY, password, now, 9)
                .actingFor("福建省商务厅", null, REGION_FUJIAN),
            demo("demo-maker", "演示专用车有限公司", Role.REGISTERED, password, now, 10),
            person,
            // used-car circulation (seed 003): two confirmed businesses, one waiting, and the
            // commerce authorities of their county and city
            demo("demo-ucdealer", "福州鼓楼演示二手车经销有限公司", Role.REGISTERED, password, now, 12),
            demo("demo-ucmarket", "福州演示二手车交易市场有限公司", Role.REGISTERED, password, now, 13),
            demo("demo-ucnew", "福州新开演示二手车经纪有限公司", Role.REGISTERED, password, now, 14),
            demo("demo-commerce-gl", "鼓楼区商务局审核员", Role.COMMERCE_AUTHORITY, password, now, 15)
                .actingFor("福州市鼓楼区商务局", null, REGION_GULOU),
            demo("demo-commerce-fz", "福州市商务局审核员", Role.COMMERCE_AUTHORITY, password, now, 16)
                .actingFor("福州市商务局", null, REGION_FUZHOU));
    all.forEach(em::persist);
    em.flush();
    agent.verifiedAsNaturalPerson("张经办", IdType.RESIDENT_ID, "11010519491231002X");
    // a verified person with no enterprise yet: files 新增企业备案 (seed 000 §一)
    person.verifiedAsNaturalPerson("赵自然", IdType.RESIDENT_ID, "440524188001010014");
    return all;
  }

  private static UserAccount demo(
      String login, String name, Role role, String password, LocalDateTime now, int n) {
    return UserAccount.create(login, name, role, password, false, now)
        .withContact(login + "@demo.autogov.invalid", String.format("138%08d", n))
        .markDemo();
  }
}
