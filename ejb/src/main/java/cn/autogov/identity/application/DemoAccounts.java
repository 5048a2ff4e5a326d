package cn.autogov.identity.application;

import cn.autogov.access.Role;
import cn.autogov.identity.agent.AgentGrant;
import cn.autogov.identity.domain.IdType;
import cn.autogov.identity.domain.UserAccount;
import cn.autogov.identity.enterprise.Enterprise;
import cn.autogov.identity.enterprise.EnterpriseType;
import cn.autogov.identity.enterprise.LegalPersonType;
import cn.autogov.kernel.identifier.CreditCode;
import jakarta.persistence.EntityManager;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One demo user of each kind, each with its own (fictitious) mobile number; the README lists the
 * same login names. The demo enterprise has the demo agent approved.
 */
final class DemoAccounts {

  static final String ENTERPRISE_NAME = "演示汽车有限公司";
  static final CreditCode ENTERPRISE_CREDIT_CODE = CreditCode.of("91350100M000100Y43");
  static final String REGION_BEIJING = "110000";

  /** The second demo exporter, a 流通企业 (dealer) in 福州, beside the 生产企业 演示汽车有限公司. */
  static final String DEALER_NAME = "演示二手车贸易有限公司";

  static final CreditCode DEALER_CREDIT_CODE = CreditCode.of("91350100MA2Y8E3TX7");

  /** 福建省: the demo exporters' province, reviewed by its commerce department. */
  static final String REGION_FUJIAN = "350000";

  private DemoAccounts() {}

  static List<UserAccount> create(EntityManager em, String password, LocalDateTime now) {
    UserAccount enterprise =
        demo("demo-enterprise", ENTERPRISE_NAME, Role.REGISTERED, password, now, 1);
    UserAccount agent = demo("demo-agent", "demo-agent", Role.REGISTERED, password, now, 2);
    UserAccount dealer = demo("demo-dealer", DEALER_NAME, Role.REGISTERED, password, now, 8);
    List<UserAccount> all =
        List.of(
            demo("demo-user", "demo-user", Role.REGISTERED, password, now, 0),
            enterprise,
            agent,
            demo("demo-centre", "装备中心审核员", Role.CERTIFICATION_CENTRE, password, now, 3)
                .actingFor("工业和信息化部装备工业发展中心", null, null),
            demo("demo-commerce", "北京市商务局审核员", Role.COMMERCE_AUTHORITY, password, now, 4)
                .actingFor("北京市商务局", null, REGION_BEIJING),
            demo("demo-issuer", "北京市发证机构审核员", Role.ISSUING_AUTHORITY, password, now, 5)
                .actingFor("北京市商务局许可证发证机构", null, REGION_BEIJING),
            demo("demo-ekey", "电子钥匙服务商操作员", Role.EKEY_PROVIDER, password, now, 6)
                .actingFor("电子钥匙服务商", null, null),
            demo("demo-admin", "平台管理员(演示)", Role.ADMIN, password, now, 7)
                .actingFor("平台运维", null, null),
            dealer,
            demo("demo-commerce-fj", "福建省商务厅审核员", Role.COMMERCE_AUTHORITY, password, now, 9)
                .actingFor("福建省商务厅", null, REGION_FUJIAN));
    all.forEach(em::persist);
    em.flush();
    var e =
        Enterprise.register(
            ENTERPRISE_CREDIT_CODE,
            ENTERPRISE_NAME,
            EnterpriseType.ENTERPRISE,
            LegalPersonType.CORPORATE,
            "王法人",
            "福建省福州市鼓楼区演示路1号",
            enterprise.getId(),
            now);
    e.joinCertificateBusiness("YSQC"); // 演示汽车: a manufacturer of the certificate business
    em.persist(e);
    em.flush();
    enterprise.verifiedAsLegalPerson(
        e.getId(),
        ENTERPRISE_NAME,
        ENTERPRISE_CREDIT_CODE,
        e.getRegionCode(),
        "王法人",
        IdType.RESIDENT_ID,
        "350102198001010011");
    var d =
        Enterprise.register(
            DEALER_CREDIT_CODE,
            DEALER_NAME,
            EnterpriseType.ENTERPRISE,
            LegalPersonType.CORPORATE,
            "林法人",
            "福建省福州市仓山区演示大道8号",
            dealer.getId(),
            now);
    em.persist(d);
    em.flush();
    dealer.verifiedAsLegalPerson(
        d.getId(),
        DEALER_NAME,
        DEALER_CREDIT_CODE,
        d.getRegionCode(),
        "林法人",
        IdType.RESIDENT_ID,
        "35010419850505001X");
    agent.verifiedAsNaturalPerson("张经办", IdType.RESIDENT_ID, "11010519491231002X");
    em.persist(AgentGrant.of(agent.getId(), e.getId(), null, null, now));
    agent.ofEnterprise(e.getId());
    return all;
  }

  private static UserAccount demo(
      String login, String name, Role role, String password, LocalDateTime now, int n) {
    return UserAccount.create(login, name, role, password, false, now)
        .withContact(login + "@demo.autogov.invalid", "1380000000" + n)
        .markDemo();
  }
}
