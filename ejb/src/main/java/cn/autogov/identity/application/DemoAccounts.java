package cn.autogov.identity.application;

import cn.autogov.identity.domain.Role;
import cn.autogov.identity.domain.UserAccount;
import cn.autogov.kernel.identifier.CreditCode;
import java.time.LocalDateTime;
import java.util.List;

/** One demo user of each kind; the README lists the same login names. */
final class DemoAccounts {

  static final String ENTERPRISE_NAME = "演示汽车有限公司";
  static final CreditCode ENTERPRISE_CREDIT_CODE = CreditCode.of("91350100M000100Y43");
  static final String REGION_BEIJING = "110000";

  private DemoAccounts() {}

  static List<UserAccount> all(String password, LocalDateTime now) {
    return List.of(
        demo("demo-enterprise", "演示汽车有限公司(法人)", Role.ENTERPRISE, password, now)
            .actingFor(ENTERPRISE_NAME, ENTERPRISE_CREDIT_CODE, "350100"),
        demo("demo-agent", "张经办", Role.AGENT, password, now)
            .actingFor(ENTERPRISE_NAME, ENTERPRISE_CREDIT_CODE, "350100"),
        demo("demo-centre", "装备中心审核员", Role.CERTIFICATION_CENTRE, password, now)
            .actingFor("工业和信息化部装备工业发展中心", null, null),
        demo("demo-commerce", "北京市商务局审核员", Role.COMMERCE_AUTHORITY, password, now)
            .actingFor("北京市商务局", null, REGION_BEIJING),
        demo("demo-issuer", "北京市发证机构审核员", Role.ISSUING_AUTHORITY, password, now)
            .actingFor("北京市商务局许可证发证机构", null, REGION_BEIJING),
        demo("demo-ekey", "电子钥匙服务商操作员", Role.EKEY_PROVIDER, password, now)
            .actingFor("电子钥匙服务商", null, null),
        demo("demo-admin", "平台管理员(演示)", Role.ADMIN, password, now).actingFor("平台运维", null, null));
  }

  private static UserAccount demo(
      String login, String name, Role role, String password, LocalDateTime now) {
    return UserAccount.create(login, name, role, password, false, now).markDemo();
  }
}
