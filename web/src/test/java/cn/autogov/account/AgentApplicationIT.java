package cn.autogov.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.autogov.filing.Api;
import cn.autogov.testing.Served;
import java.net.URL;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 经办人申请 → 经办人审核 → 撤销 over REST, as filings: the agent files at once, only the legal person of the
 * enterprise named decides (on its workbench, nobody else's), approval lets the agent act for the
 * enterprise, revocation makes the application 无效 and ends the access.
 */
@Tag("served")
@ExtendWith(Served.class)
class AgentApplicationIT {

  @Served.Base URL base;

  @Test
  void shouldLetOnlyTheNamedEnterprisesLegalPersonDecideAndRevokeAnAgent() {
    Api legal = Api.of(base, "ENTERPRISE", "110108");
    Api rival = Api.of(base, "ENTERPRISE", "350102");
    Api agent = Api.of(base, "AGENT", null);
    var enterprise = legal.expect(200, "GET", "/enterprise", null);
    String name = enterprise.getString("name");
    String code = enterprise.getString("creditCode");

    // wrong name, bad code: each named on its field; nothing filed
    var wrongName = agent.call("POST", "/me/agent-applications", apply(name + "分公司", code));
    assertEquals(400, wrongName.statusCode(), wrongName.body());
    assertTrue(
        Api.problems(wrongName.body()).contains("enterpriseName: 未找到名称与统一社会信用代码一致"),
        wrongName.body());
    var badCode = agent.call("POST", "/me/agent-applications", apply(name, "91110108MA01ABCD1"));
    assertEquals(400, badCode.statusCode(), badCode.body());
    assertTrue(Api.problems(badCode.body()).contains("creditCode: "), badCode.body());
    assertEquals("[]", agent.call("GET", "/me/agent-applications", null).body());

    // filed at once, waiting for that legal person; a second one for the same enterprise refused
    var filed = agent.expect(201, "POST", "/me/agent-applications", apply(name, code));
    String number = filed.getString("number");
    long id = filed.getJsonNumber("id").longValue();
    assertTrue(number.startsWith("AGA-"), number);
    assertEquals("SUBMITTED", filed.getString("status"));
    assertEquals(409, agent.call("POST", "/me/agent-applications", apply(name, code)).statusCode());

    // another enterprise's legal person neither sees nor decides it
    assertFalse(rival.call("GET", "/review/filings", null).body().contains(number));
    assertEquals(404, rival.call("GET", "/filings/" + id, null).statusCode());
    assertEquals(
        404,
        rival
            .call("POST", "/review/filings/" + id + "/decisions", "{\"decision\":\"APPROVE\"}")
            .statusCode());
    // and the agent cannot act for the enterprise yet
    assertEquals(404, switchTo(agent, legal.enterpriseId()));

    // the legal person finds it in its queue, reads the form, approves it
    assertTrue(legal.call("GET", "/review/filings", null).body().contains(number));
    var detail = legal.expect(200, "GET", "/filings/" + id, null).toString();
    assertTrue(detail.contains(name) && detail.contains(code), detail);
    assertEquals("[]", legal.call("GET", "/review/filings/" + id + "/colleagues", null).body());
    assertEquals(403, legal.call("GET", "/review/remark-templates", null).statusCode());
    legal.expect(200, "POST", "/review/filings/" + id + "/decisions", "{\"decision\":\"APPROVE\"}");
    assertEquals(204, switchTo(agent, legal.enterpriseId()));
    assertEquals(200, agent.call("GET", "/enterprise", null).statusCode());
    var agents = legal.call("GET", "/enterprise/agents", null).body();
    assertTrue(agents.contains(agent.login()) && agents.contains(number), agents);
    // now an agent: applying again is refused on the name
    var again = agent.call("POST", "/me/agent-applications", apply(name, code));
    assertEquals(400, again.statusCode(), again.body());
    assertTrue(Api.problems(again.body()).contains("enterpriseName: 您已是该企业的经办人"), again.body());

    // nobody but the legal person revokes it; it revokes with a reason the agent reads
    assertEquals(
        404,
        rival
            .call("POST", "/review/filings/" + id + "/revocation", "{\"remark\":\"x\"}")
            .statusCode());
    var revoked =
        legal.expect(200, "POST", "/review/filings/" + id + "/revocation", "{\"remark\":\"已离职\"}");
    assertEquals("INVALIDATED", revoked.getJsonObject("filing").getString("status"));
    assertEquals(409, agent.call("GET", "/enterprise", null).statusCode(), "access ended");
    assertEquals("[]", legal.call("GET", "/enterprise/agents", null).body());
    var mine = agent.call("GET", "/me/agent-applications", null).body();
    assertTrue(mine.contains("\"status\":\"INVALIDATED\""), mine);
    var history = agent.expect(200, "GET", "/filings/" + id, null).toString();
    assertTrue(history.contains("已离职"), history);
    assertEquals(
        409,
        legal.call("POST", "/review/filings/" + id + "/revocation", "{}").statusCode(),
        "once");

    // the agent was told of both, in the type's own words
    String outbox = Api.of(base, "ADMIN", null).call("GET", "/admin/outbox", null).body();
    assertTrue(outbox.contains("您的经办人申请" + number + "已获企业法人同意"), outbox);
    assertTrue(outbox.contains("企业法人已撤销您依经办人申请" + number + "获得的授权"), outbox);
    assertTrue(outbox.contains("不能再为该企业办理业务。已离职"), outbox);
  }

  private static String apply(String name, String code) {
    return "{\"enterpriseName\":\"" + name + "\",\"creditCode\":\"" + code + "\"}";
  }

  private static int switchTo(Api agent, Long enterpriseId) {
    return agent
        .call("PUT", "/me/acting-enterprise", "{\"enterpriseId\":" + enterpriseId + "}")
        .statusCode();
  }
}
