package cn.autogov.enterprise.application;

import cn.autogov.enterprise.agent.AgentGrant;
import cn.autogov.enterprise.domain.Enterprise;
import cn.autogov.enterprise.domain.EnterpriseType;
import cn.autogov.enterprise.domain.LegalPersonType;
import cn.autogov.identity.application.DemoAccountsCreated;
import cn.autogov.identity.application.DemoAccountsLeaving;
import cn.autogov.identity.domain.IdType;
import cn.autogov.identity.domain.UserAccount;
import cn.autogov.kernel.identifier.CreditCode;
import cn.autogov.platform.DemoDataRemoval;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The demo enterprises (demo mode): 演示汽车有限公司, a manufacturer of the certificate business in 福州
 * (公告内, code ABCD), with {@code demo-enterprise} its legal person and {@code demo-agent}
 * authorised; 演示专用车有限公司, a manufacturer outside the bulletin (非公告, code WXYZ), with {@code
 * demo-maker}; and 演示二手车贸易有限公司, a used-car dealer in 福州, with {@code demo-dealer}. Production mode
 * removes them, their sub-enterprises and every area's data of them.
 */
@ApplicationScoped
public class DemoEnterprises {

  private static final CreditCode ENTERPRISE_CREDIT_CODE = CreditCode.of("91350100M000100Y43");

  private static final CreditCode DEALER_CREDIT_CODE = CreditCode.of("91350100MA2Y8E3TX7");

  private static final CreditCode MAKER_CREDIT_CODE = CreditCode.of("913501003141592683");

  @PersistenceContext EntityManager em;

  @Inject Event<DemoDataRemoval> removal;

  void onCreated(@Observes DemoAccountsCreated demo) {
    LocalDateTime now = demo.at();
    Enterprise e =
        register(
            demo.account("demo-enterprise"),
            ENTERPRISE_CREDIT_CODE,
            "王法人",
            "福建省福州市鼓楼区演示路1号",
            "350102198001010011",
            now);
    e.joinCertificateBusiness("ABCD"); // 演示汽车: a manufacturer of the certificate business (公告内)
    register(
        demo.account("demo-dealer"),
        DEALER_CREDIT_CODE,
        "林法人",
        "福建省福州市仓山区演示大道8号",
        "35010419850505001X",
        now);
    register(
            demo.account("demo-maker"),
            MAKER_CREDIT_CODE,
            "陈法人",
            "福建省福州市马尾区演示专用车路6号",
            "330102190304229969",
            now)
        .joinCertificateBusiness("WXYZ"); // 演示专用车: a manufacturer outside the bulletin (非公告)
    UserAccount agent = demo.account("demo-agent");
    em.persist(AgentGrant.of(agent.getId(), e.getId(), null, null, now));
    agent.ofEnterprise(e.getId());
  }

  private Enterprise register(
      UserAccount account,
      CreditCode code,
      String representative,
      String address,
      String idNumber,
      LocalDateTime now) {
    String name = account.getDisplayName();
    var e =
        Enterprise.register(
            code,
            name,
            EnterpriseType.ENTERPRISE,
            LegalPersonType.CORPORATE,
            representative,
            address,
            account.getId(),
            now);
    em.persist(e);
    em.flush();
    account.verifiedAsLegalPerson(
        e.getId(), name, code, e.getRegionCode(), representative, IdType.RESIDENT_ID, idNumber);
    return e;
  }

  void onLeaving(@Observes DemoAccountsLeaving demo) {
    String accounts = "SELECT id FROM user_account WHERE demo = TRUE";
    String owned = "SELECT id FROM enterprise WHERE account_id IN (" + accounts + ")";
    @SuppressWarnings("unchecked")
    List<Number> ids =
        em.createNativeQuery(
                "SELECT id FROM enterprise WHERE account_id IN ("
                    + accounts
                    + ") OR parent_id IN ("
                    + owned
                    + ")")
            .getResultList();
    removal.fire(
        new DemoDataRemoval(ids.stream().map(Number::longValue).toList(), demo.accountIds()));
    for (String sql :
        List.of(
            "DELETE FROM agent_grant WHERE agent_id IN ("
                + accounts
                + ") OR enterprise_id IN ("
                + owned
                + ")",
            // an agent of the platform's own that had switched to a demo enterprise acts for none
            "UPDATE user_account SET enterprise_id = NULL WHERE role = 'AGENT' AND enterprise_id IN ("
                + owned
                + ")",
            // 企业代码变更 done in demo mode: the codes the demo enterprises had before
            "DELETE FROM enterprise_former_code WHERE enterprise_id IN ("
                + owned
                + ") OR enterprise_id IN (SELECT id FROM enterprise WHERE parent_id IN ("
                + owned
                + "))",
            "DELETE FROM enterprise WHERE parent_id IN (" + owned + ")",
            "DELETE FROM enterprise WHERE account_id IN (" + accounts + ")")) {
      em.createNativeQuery(sql).executeUpdate();
    }
  }
}
