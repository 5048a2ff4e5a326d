package cn.autogov.filing;

import static cn.autogov.filing.Api.PDF;
import static cn.autogov.filing.Api.file;
import static cn.autogov.filing.Api.form;
import static cn.autogov.filing.Api.id;
import static cn.autogov.filing.Api.status;
import static cn.autogov.filing.Api.values;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.autogov.filing.domain.Decision;
import cn.autogov.kernel.BusinessTime;
import cn.autogov.kernel.RefusedException;
import cn.autogov.testing.MicroDeployment;
import cn.autogov.testing.Portal;
import cn.autogov.testing.fixtures.Fixtures;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The filing engine in the running application, over real HTTP (REST, bearer tokens) and the
 * database (H2, or PostgreSQL with -Ppostgres): two businesses end to end — the certificate
 * enterprise info change (seed 000 §二) and the export filing with its change (seed 001) — the
 * reviewers' rights and queues, one decision of two winning, and the daily deadlines job.
 */
@Tag("container")
@ExtendWith(ArquillianExtension.class)
class FilingEngineIT {

  private static final String COC = Flows.COC;
  private static final String EXPORT = Flows.EXPORT;

  @Deployment
  static WebArchive app() {
    return MicroDeployment.of(FilingEngineIT.class);
  }

  @ArquillianResource URL base;

  @EJB TestFilings filings;

  @EJB Fixtures fixtures;

  @Test
  void shouldRunTheCertificateInfoChangeFromDraftToTheChangedEnterprise() throws Exception {
    Api ent = Api.of(base, "ENTERPRISE", "110108");
    Api centre = Api.of(base, "CERTIFICATION_CENTRE", null);
    Api commerce = Api.of(base, "COMMERCE_AUTHORITY", "110000");
    Api stranger = Api.of(base, "ENTERPRISE", "110108");

    // 新增: a draft with a number of its own, the form prefilled from the enterprise
    JsonObject d = ent.expect(201, "POST", "/filings", "{\"type\":\"" + COC + "\"}");
    long id = id(d);
    String number = d.getJsonObject("filing").getString("number");
    String oldName = values(d).get("enterpriseName");
    assertTrue(number.matches("CEC-" + BusinessTime.today().getYear() + "-\\d{6}"), number);
    assertEquals("DRAFT", status(d));
    assertTrue(values(d).get("enterpriseName").startsWith("测试企业"), values(d).toString());
    assertFalse(d.toString().contains("isPresent"), "the pages' helpers are not data");
    assertEquals(
        "changedLicence",
        d.getJsonArray("materials").getJsonObject(0).getString("slot"),
        "the checklist");

    // 保存 needs every required field, each problem named in Chinese; a draft keeps blanks
    Map<String, String> v = new HashMap<>(values(d));
    v.put("productionAddress", "");
    var incomplete = ent.call("PUT", "/filings/" + id + "/form", form(v, true));
    assertEquals(400, incomplete.statusCode());
    String problems = Api.problems(incomplete.body());
    assertTrue(problems.contains("listing: 公告企业类别不能为空"), problems);
    assertTrue(problems.contains("productionAddress: 生产地址不能为空"), problems);
    assertEquals(
        "DRAFT", status(ent.expect(200, "PUT", "/filings/" + id + "/form", form(v, false))));

    // the checklist follows the category: 非公告企业 need the new licence only, checked on arrival
    v.put("listing", "NON_BULLETIN");
    v.put("enterpriseName", "测试变更后企业" + id);
    v.put("productionAddress", "河北省保定市生产路1号");
    var noLicence = ent.call("PUT", "/filings/" + id + "/form", form(v, true));
    assertEquals(400, noLicence.statusCode());
    assertTrue(Api.problems(noLicence.body()).contains("changedLicence: 变更后的企业营业执照复印件（加盖公章）尚未上传"));
    long spooled = spoolFiles();
    var fake =
        ent.call(
            "PUT",
            "/filings/" + id + "/materials/changedLicence",
            file(
                "licence.pdf",
                java.util.Base64.getEncoder().encodeToString("not a pdf".getBytes())));
    assertEquals(400, fake.statusCode(), fake.body());
    assertTrue(fake.body().contains("changedLicence"), fake.body());
    ent.expect(
        200, "PUT", "/filings/" + id + "/materials/changedLicence", file("licence.pdf", PDF));
    // the streamed upload too, refused and accepted: no request leaves its spool file behind
    assertEquals(400, binary(ent, id, "changedLicence", "not a pdf".getBytes()).statusCode());
    assertEquals(
        200,
        binary(ent, id, "changedLicence", java.util.Base64.getDecoder().decode(PDF)).statusCode());
    for (int i = 0; i < 20 && spoolFiles() > spooled; i++) {
      Thread.sleep(100); // the request's end removes them, just after the answer left
    }
    assertEquals(spooled, spoolFiles(), "upload spool files left in " + TMP);
    assertEquals(
        "SAVED", status(ent.expect(200, "PUT", "/filings/" + id + "/form", form(v, true))));

    // 上报: to the certification centre, due after five working days
    d = ent.expect(200, "POST", "/filings/" + id + "/submit", null);
    assertEquals("SUBMITTED", status(d));
    assertFalse(d.getJsonObject("filing").isNull("dueOn"));

    // who may see it: the centre (in its queue), not the commerce authority, not another enterprise
    JsonObject queue = centre.expect(200, "GET", "/review/filings?applicant=" + number, null);
    assertEquals(1, queue.getJsonArray("rows").size(), queue.toString());
    assertEquals(404, commerce.call("GET", "/filings/" + id, null).statusCode());
    assertEquals(404, stranger.call("GET", "/filings/" + id, null).statusCode());
    assertEquals(
        404,
        stranger.call("GET", "/filings/" + id + "/materials/changedLicence", null).statusCode(),
        "another's material answers as a missing one");
    assertEquals(
        0,
        commerce
            .expect(200, "GET", "/review/filings?applicant=" + number, null)
            .getJsonArray("rows")
            .size());

    long beforeReturn = d.getJsonObject("filing").getJsonNumber("version").longValue();
    // 退回修改 needs a remark the applicant reads; the applicant fixes and submits again
    var noRemark =
        centre.call("POST", "/review/filings/" + id + "/decisions", "{\"decision\":\"RETURN\"}");
    assertEquals(400, noRemark.statusCode());
    assertTrue(Api.problems(noRemark.body()).contains("remark:"), noRemark.body());
    d =
        centre.expect(
            200,
            "POST",
            "/review/filings/" + id + "/decisions",
            "{\"decision\":\"RETURN\",\"remark\":\"营业执照复印件未加盖公章\"}");
    assertEquals("RETURNED", status(d));
    JsonObject mine = ent.expect(200, "GET", "/filings/" + id, null);
    assertEquals("营业执照复印件未加盖公章", mine.getJsonObject("filing").getString("remark"));
    ent.expect(
        200,
        "PUT",
        "/filings/" + id + "/materials/changedLicence",
        file("licence-stamped.pdf", PDF));
    long seen =
        ent.expect(200, "POST", "/filings/" + id + "/submit", null)
            .getJsonObject("filing")
            .getJsonNumber("version")
            .longValue();

    // the version the reviewer saw before the return is stale: the applicant changed the filing
    // and submitted it again since, so an approval of it is refused and says who changed it when
    var stale =
        centre.call(
            "POST",
            "/review/filings/" + id + "/decisions",
            "{\"decision\":\"APPROVE\",\"version\":" + beforeReturn + "}");
    assertEquals(409, stale.statusCode(), stale.body());
    assertTrue(stale.body().contains("更改") && stale.body().contains(ent.login()), stale.body());
    // and a decision must say which version it decides on
    var blind =
        Portal.api(
            base,
            "POST",
            "/api/v1/review/filings/" + id + "/decisions",
            centre.token(),
            "{\"decision\":\"APPROVE\"}");
    assertEquals(400, blind.statusCode(), blind.body());
    assertTrue(Api.problems(blind.body()).contains("version:"), blind.body());

    // a second reviewer takes it: the first, with the page seen before, cannot decide over them
    Api centre2 = Api.of(base, "CERTIFICATION_CENTRE", null);
    centre2.expect(200, "POST", "/review/filings/" + id + "/claim", null);
    var taken =
        centre.call(
            "POST",
            "/review/filings/" + id + "/decisions",
            "{\"decision\":\"APPROVE\",\"version\":" + seen + "}");
    assertEquals(409, taken.statusCode());
    assertTrue(taken.body().contains(centre2.login()), taken.body());

    // 审核通过: the enterprise's data changes; old and new values are kept on the filing
    d =
        centre2.expect(
            200, "POST", "/review/filings/" + id + "/decisions", "{\"decision\":\"APPROVE\"}");
    assertEquals("APPROVED", status(d));
    assertTrue(ent.expect(200, "GET", "/enterprise", null).toString().contains("测试变更后企业" + id));
    assertTrue(
        d.getJsonArray("changes").toString().contains("\"before\":\"" + oldName + "\""),
        d.toString());
    List<String> actions =
        d.getJsonArray("history").stream().map(e -> e.asJsonObject().getString("action")).toList();
    assertEquals(
        List.of(
            "created",
            "draft-saved",
            "saved",
            "submitted",
            "returned",
            "saved",
            "submitted",
            "claimed",
            "approved"),
        actions);
    // done lists and the applicant's message
    assertTrue(
        centre2.expect(200, "GET", "/review/filings/done", null).toString().contains(number));
    assertTrue(
        filings.messagesTo(fixtures.mobileOf(ent.login())).stream()
            .anyMatch(m -> m.contains(number + "已审核通过")));
  }

  @Test
  void shouldRunTheExportFilingWithItsValidityChangeAndSupersession() {
    Api ent = Api.of(base, "ENTERPRISE", "110108");
    Api beijing = Api.of(base, "COMMERCE_AUTHORITY", "110000");
    Api shanghai = Api.of(base, "COMMERCE_AUTHORITY", "310000");

    long first = Flows.exportApproved(base, ent, beijing, shanghai);
    JsonObject approved = ent.expect(200, "GET", "/filings/" + first, null);
    assertEquals(
        BusinessTime.today().plusYears(1).minusDays(1).toString(),
        approved.getJsonObject("filing").getString("validUntil"));
    assertTrue(
        approved.getJsonObject("filing").getJsonArray("operations").toString().contains("change"));

    // 变更: the same form, the credit code fixed; on approval the validity stays and the values apply
    JsonObject change = ent.expect(201, "POST", "/filings/" + first + "/changes", null);
    long changeId = id(change);
    assertTrue(change.getJsonObject("filing").getString("number").startsWith("EXC-"));
    Map<String, String> v = new HashMap<>(values(change));
    String creditCode = v.get("creditCode");
    v.put("creditCode", "91110108MA00000000");
    v.put("contactName", "李变更");
    JsonObject saved = ent.expect(200, "PUT", "/filings/" + changeId + "/form", form(v, true));
    assertEquals(creditCode, values(saved).get("creditCode"), "a change keeps the credit code");
    String changedField =
        saved.getJsonArray("fields").stream()
            .map(Object::toString)
            .filter(t -> t.contains("\"name\":\"contactName\""))
            .findFirst()
            .orElseThrow();
    assertTrue(changedField.contains("\"approvedValue\":\"王联系\""), changedField);
    assertEquals(
        409,
        ent.call("POST", "/filings/" + first + "/changes", null).statusCode(),
        "one open change");
    ent.expect(200, "POST", "/filings/" + changeId + "/submit", null);
    // the province decides: a district's commerce reviewer neither queues nor reads it
    Api district = Api.of(base, "COMMERCE_AUTHORITY", "110108");
    String changeNumber = change.getJsonObject("filing").getString("number");
    assertEquals(
        0,
        district
            .expect(200, "GET", "/review/filings?applicant=" + changeNumber, null)
            .getJsonArray("rows")
            .size());
    assertEquals(404, district.call("GET", "/filings/" + changeId, null).statusCode());
    assertEquals(
        1,
        beijing
            .expect(200, "GET", "/review/filings?applicant=" + changeNumber, null)
            .getJsonArray("rows")
            .size());
    // seed 001 has no 撤回 and no 退回修改: approved or rejected only
    assertEquals(409, ent.call("POST", "/filings/" + changeId + "/withdraw", null).statusCode());
    var sendBack =
        beijing.call(
            "POST",
            "/review/filings/" + changeId + "/decisions",
            "{\"decision\":\"RETURN\",\"remark\":\"补材料\"}");
    assertEquals(409, sendBack.statusCode());
    assertTrue(sendBack.body().contains("只能审核通过或不通过"), sendBack.body());

    // in the portal: the applicant's page of the export filing, the reviewer's side-by-side change
    String edit =
        new Portal.Session(base)
            .signIn(ent.login(), Portal.PASSWORD)
            .get("/app/filings/edit.xhtml?id=" + first)
            .body();
    assertTrue(edit.contains("二手车出口企业备案"), "an approved filing is shown, not edited");
    assertTrue(edit.contains("not-editable"), edit);
    String review =
        new Portal.Session(base)
            .signIn(beijing.login(), Portal.PASSWORD)
            .get("/review/filings/view.xhtml?id=" + changeId)
            .body();
    assertTrue(review.contains("变更前（已备案）"), "the approved values beside the new ones");
    assertTrue(review.contains("李变更") && review.contains("王联系"), review);
    assertTrue(review.contains("ag-changed"), "the changed row is marked");
    JsonObject decided =
        beijing.expect(
            200,
            "POST",
            "/review/filings/" + changeId + "/decisions",
            "{\"decision\":\"APPROVE\"}");
    assertEquals("APPROVED", status(decided));
    assertEquals(
        approved.getJsonObject("filing").getString("validUntil"),
        decided.getJsonObject("filing").getString("validUntil"));
    assertEquals(
        "李变更", values(ent.expect(200, "GET", "/filings/" + first, null)).get("contactName"));
    assertTrue(decided.getJsonArray("changes").toString().contains("\"after\":\"李变更\""));

    // a new approved filing restarts the validity: the earlier one and its change become 无效
    long second = Flows.exportApproved(base, ent, beijing, null);
    assertNotEquals(first, second);
    assertEquals("INVALIDATED", status(ent.expect(200, "GET", "/filings/" + first, null)));
    assertEquals("INVALIDATED", status(ent.expect(200, "GET", "/filings/" + changeId, null)));
    assertEquals("APPROVED", status(ent.expect(200, "GET", "/filings/" + second, null)));

    // production mode removing a demo enterprise takes its filings (forms, materials, changes)
    // first
    assertEquals(0, filings.removeAsDemo(ent.enterpriseId()));
  }

  @Test
  void shouldNeedThePrerequisiteFilingAndTwoApproversWhereTheTypeSaysSo() {
    Api ent = Api.of(base, "ENTERPRISE", "110108");
    Api commerce = Api.of(base, "COMMERCE_AUTHORITY", "110000");
    Api first = Api.of(base, "CERTIFICATION_CENTRE", null);
    Api second = Api.of(base, "CERTIFICATION_CENTRE", null);
    String start = "{\"type\":\"" + PrerequisiteTestDefinition.CODE + "\"}";

    var refused = ent.call("POST", "/filings", start);
    assertEquals(400, refused.statusCode());
    assertTrue(
        Api.problems(refused.body()).contains("type: 须先取得审核通过且在有效期内的export-filing"),
        refused.body());

    long export = Flows.exportApproved(base, ent, commerce, null);
    JsonObject d = ent.expect(201, "POST", "/filings", start);
    long id = id(d);
    // this test type shows no fields; its form is the export form, filled as the export was
    Map<String, String> v = values(ent.expect(200, "GET", "/filings/" + export, null));
    ent.expect(200, "PUT", "/filings/" + id + "/form", form(v, true));
    ent.expect(200, "POST", "/filings/" + id + "/submit", null);

    d =
        first.expect(
            200, "POST", "/review/filings/" + id + "/decisions", "{\"decision\":\"APPROVE\"}");
    assertEquals("SUBMITTED", status(d), "one approval of two");
    assertEquals(first.login(), d.getJsonObject("filing").getString("firstApprovedBy"));
    var again =
        first.call("POST", "/review/filings/" + id + "/decisions", "{\"decision\":\"APPROVE\"}");
    assertEquals(409, again.statusCode());
    assertTrue(again.body().contains("须由另一名审核人员复核"), again.body());
    assertEquals(409, ent.call("POST", "/filings/" + id + "/withdraw", null).statusCode());
    d =
        second.expect(
            200, "POST", "/review/filings/" + id + "/decisions", "{\"decision\":\"APPROVE\"}");
    assertEquals("APPROVED", status(d));
    assertEquals(second.login(), d.getJsonObject("filing").getString("decidedBy"));
  }

  @Test
  void shouldLetIntakeStaffEnterAPaperApplicationThatTheEnterpriseThenSees() {
    Api ent = Api.of(base, "ENTERPRISE", "110108");
    Api commerce = Api.of(base, "COMMERCE_AUTHORITY", "110000");
    Api clerk = Api.of(base, "CERTIFICATION_CENTRE", null);
    long export = Flows.exportApproved(base, ent, commerce, null);
    Map<String, String> v = values(ent.expect(200, "GET", "/filings/" + export, null));
    String intake =
        "{\"type\":\""
            + PrerequisiteTestDefinition.CODE
            + "\",\"creditCode\":\""
            + v.get("creditCode")
            + "\"}";

    // only where the type allows the role: not the commerce authority, not a type without intake
    assertEquals(409, commerce.call("POST", "/review/intake", intake).statusCode());
    var noIntake =
        clerk.call(
            "POST",
            "/review/intake",
            "{\"type\":\"" + COC + "\",\"creditCode\":\"" + v.get("creditCode") + "\"}");
    assertEquals(409, noIntake.statusCode());
    assertTrue(noIntake.body().contains("不受理线下申请"), noIntake.body());
    var unknown =
        clerk.call(
            "POST", "/review/intake", intake.replace(v.get("creditCode"), "91110108MA01234567"));
    assertTrue(unknown.statusCode() == 404 || unknown.statusCode() == 400, unknown.body());

    JsonObject d = clerk.expect(201, "POST", "/review/intake", intake);
    long id = id(d);
    assertEquals(404, ent.call("GET", "/filings/" + (id + 1000), null).statusCode());
    clerk.expect(200, "PUT", "/filings/" + id + "/form", form(v, true));
    d = clerk.expect(200, "POST", "/filings/" + id + "/submit", null);
    assertEquals("SUBMITTED", status(d));
    assertEquals(clerk.login(), d.getJsonArray("history").getJsonObject(0).getString("actor"));
    assertTrue(
        clerk
            .call("GET", "/review/intake", null)
            .body()
            .contains(d.getJsonObject("filing").getString("number")));
    // the enterprise follows the paper application like its own; the commerce authority cannot edit
    // it
    assertTrue(
        ent.call("GET", "/filings", null)
            .body()
            .contains(d.getJsonObject("filing").getString("number")));
    assertEquals(
        404, commerce.call("PUT", "/filings/" + id + "/form", form(v, false)).statusCode());
  }

  @Test
  void shouldWithdrawOnlyBeforeAReviewerTakesItAndDeleteOnlyWhatWasNeverSubmitted() {
    Api ent = Api.of(base, "ENTERPRISE", "110108");
    Api centre = Api.of(base, "CERTIFICATION_CENTRE", null);
    JsonObject d = Flows.cocSubmitted(ent, "撤回测试企业");
    long id = id(d);
    assertEquals(
        409, ent.call("DELETE", "/filings/" + id, null).statusCode(), "submitted: no delete");
    assertEquals(
        "WITHDRAWN", status(ent.expect(200, "POST", "/filings/" + id + "/withdraw", null)));
    ent.expect(200, "POST", "/filings/" + id + "/submit", null);
    centre.expect(200, "POST", "/review/filings/" + id + "/claim", null);
    var late = ent.call("POST", "/filings/" + id + "/withdraw", null);
    assertEquals(409, late.statusCode());
    assertTrue(late.body().contains("已由" + centre.login() + "受理"), late.body());
    assertEquals(
        409,
        ent.call("POST", "/filings", "{\"type\":\"" + COC + "\"}").statusCode(),
        "one open filing of a type");

    Api other = Api.of(base, "ENTERPRISE", "110108");
    long draft = id(other.expect(201, "POST", "/filings", "{\"type\":\"" + COC + "\"}"));
    assertEquals(404, ent.call("DELETE", "/filings/" + draft, null).statusCode(), "not another's");
    assertEquals(204, other.call("DELETE", "/filings/" + draft, null).statusCode());
    assertEquals(404, other.call("GET", "/filings/" + draft, null).statusCode());
  }

  @Test
  void shouldLetExactlyOneOfTwoReviewersDecidingAtOnceWin() throws Exception {
    Api ent = Api.of(base, "ENTERPRISE", "110108");
    Api a = Api.of(base, "CERTIFICATION_CENTRE", null);
    Api b = Api.of(base, "CERTIFICATION_CENTRE", null);
    JsonObject d = Flows.cocSubmitted(ent, "并发测试企业");
    long id = id(d);
    long version = d.getJsonObject("filing").getJsonNumber("version").longValue();
    var pool = Executors.newFixedThreadPool(2);
    List<Future<java.net.http.HttpResponse<String>>> answers = new ArrayList<>();
    for (Api reviewer : List.of(a, b)) {
      String decision = reviewer == a ? "APPROVE" : "REJECT";
      answers.add(
          pool.submit(
              () ->
                  reviewer.call(
                      "POST",
                      "/review/filings/" + id + "/decisions",
                      "{\"decision\":\""
                          + decision
                          + "\",\"remark\":\"材料不全\",\"version\":"
                          + version
                          + "}")));
    }
    List<Integer> codes = new ArrayList<>();
    String loser = "";
    for (var f : answers) {
      var r = f.get();
      codes.add(r.statusCode());
      if (r.statusCode() == 409) {
        loser = r.body();
      }
    }
    pool.shutdown();
    assertEquals(List.of(200, 409), codes.stream().sorted().toList(), codes.toString());
    assertTrue(loser.matches(".*已由fx-[0-9a-f-]+于.*处理.*"), loser);

    // the same in the service itself, two transactions holding the filing at once
    Long direct = filings.submitted(filings.anyEnterprise());
    var threads = Executors.newFixedThreadPool(2);
    List<Future<String>> outcomes = new ArrayList<>();
    for (String reviewer : List.of("reviewer-a", "reviewer-b")) {
      Decision decision = reviewer.endsWith("a") ? Decision.APPROVE : Decision.REJECT;
      Callable<String> decide =
          () -> {
            try {
              filings.decide(direct, reviewer, decision, 500);
              return "won";
            } catch (EJBException | RefusedException e) {
              return "lost";
            }
          };
      outcomes.add(threads.submit(decide));
    }
    List<String> results = new ArrayList<>();
    for (Future<String> f : outcomes) {
      results.add(f.get());
    }
    threads.shutdown();
    assertEquals(1, results.stream().filter("won"::equals).count(), results.toString());
    assertEquals(List.of("created", "saved", "submitted"), filings.history(direct).subList(0, 3));
  }

  /**
   * The server runs in UTC (the ITs start Payara Micro with -Duser.timezone=UTC); at 16:30 UTC it
   * is already tomorrow in Beijing, and that is the day an approval is dated and its validity
   * starts.
   */
  @Test
  void shouldDateAnApprovalByBeijingsCalendarOnAServerRunningInUtc() {
    assertEquals("UTC", java.util.TimeZone.getDefault().getID(), "the server's own zone");
    var beijing = java.time.ZoneId.of("Asia/Shanghai");
    var at =
        java.time.Instant.now()
            .truncatedTo(java.time.temporal.ChronoUnit.DAYS)
            .plus(java.time.Duration.ofMinutes(16 * 60 + 30));
    BusinessTime.use(
        java.time.Clock.offset(
            java.time.Clock.system(beijing),
            java.time.Duration.between(java.time.Instant.now(), at)));
    try {
      Api ent = Api.of(base, "ENTERPRISE", "110108");
      Api commerce = Api.of(base, "COMMERCE_AUTHORITY", "110000");
      long id = Flows.exportApproved(base, ent, commerce, null);
      JsonObject f = ent.expect(200, "GET", "/filings/" + id, null).getJsonObject("filing");
      LocalDate day = at.atZone(beijing).toLocalDate();
      assertNotEquals(at.atZone(java.time.ZoneOffset.UTC).toLocalDate(), day);
      assertEquals(day.toString(), f.getString("validFrom"), f.toString());
      assertEquals(day.plusYears(1).minusDays(1).toString(), f.getString("validUntil"));
      assertTrue(f.getString("decidedAt").startsWith(day.toString()), f.toString());
    } finally {
      BusinessTime.use(null);
    }
  }

  private static final java.nio.file.Path TMP =
      java.nio.file.Path.of(System.getProperty("java.io.tmpdir"));

  /** The server's upload spool files (this test runs in the server). */
  private static long spoolFiles() throws java.io.IOException {
    try (var files = java.nio.file.Files.list(TMP)) {
      return files.filter(f -> f.getFileName().toString().startsWith("autogov-upload-")).count();
    }
  }

  private java.net.http.HttpResponse<String> binary(Api who, long id, String slot, byte[] body)
      throws Exception {
    var request =
        java.net.http.HttpRequest.newBuilder(
                cn.autogov.testing.Http.uri(
                    base, "/api/v1/filings/" + id + "/materials/" + slot + "?fileName=licence.pdf"))
            .header("Authorization", "Bearer " + who.token())
            .header("Content-Type", "application/octet-stream")
            .PUT(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    return java.net.http.HttpClient.newHttpClient()
        .send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void shouldExpireRemindAndEscalateOnTheDailyJob() {
    Api ent = Api.of(base, "ENTERPRISE", "110108");
    Api holder = Api.of(base, "CERTIFICATION_CENTRE", null);
    JsonObject d = Flows.cocSubmitted(ent, "期限测试企业");
    long id = id(d);
    String number = d.getJsonObject("filing").getString("number");
    holder.expect(200, "POST", "/review/filings/" + id + "/claim", null);
    LocalDate today = BusinessTime.today();

    // due tomorrow: the reviewer who holds it is reminded, once a day
    filings.backdate(id, null, today.plusDays(1));
    assertTrue(filings.remind(today) >= 1);
    String holderMobile = fixtures.mobileOf(holder.login());
    assertEquals(
        1, filings.messagesTo(holderMobile).stream().filter(m -> m.contains(number)).count());
    filings.remind(today);
    assertEquals(
        1, filings.messagesTo(holderMobile).stream().filter(m -> m.contains(number)).count());

    // overdue: escalated to the supervisors once, written to the timeline, marked in the queue
    filings.backdate(id, null, today.minusDays(1));
    assertTrue(filings.escalate(today) >= 1);
    filings.escalate(today);
    JsonObject after = ent.expect(200, "GET", "/filings/" + id, null);
    long escalations =
        after.getJsonArray("history").stream()
            .filter(e -> e.asJsonObject().getString("action").equals("escalated"))
            .count();
    assertEquals(1, escalations);
    assertTrue(
        holder
            .expect(200, "GET", "/review/filings?overdue=true&applicant=" + number, null)
            .getJsonArray("rows")
            .getJsonObject(0)
            .getBoolean("overdue"));

    // the enterprise is reminded 30 and 7 days before the validity ends, each once
    holder.expect(
        200, "POST", "/review/filings/" + id + "/decisions", "{\"decision\":\"APPROVE\"}");
    String entMobile = fixtures.mobileOf(ent.login());
    filings.backdate(id, today.plusDays(30), null);
    assertTrue(filings.remindExpiry(today) >= 1);
    filings.remindExpiry(today);
    filings.backdate(id, today.plusDays(6), null); // the 7-day reminder, a day late: caught up
    filings.remindExpiry(today);
    filings.remindExpiry(today);
    assertEquals(
        List.of("还有30天", "还有6天"),
        filings.messagesTo(entMobile).stream()
            .filter(m -> m.contains(number) && m.contains("到期"))
            .map(m -> m.replaceAll(".*（(还有\\d+天)）.*", "$1"))
            .toList());
    String inbox = ent.call("GET", "/inbox", null).body();
    assertTrue(
        inbox.contains("inbox.filing.validity-ending") && inbox.contains("\"30\""),
        "and in the portal's inbox: " + inbox);

    // 失效 the day after the last valid day
    filings.backdate(id, today.minusDays(1), null);
    assertTrue(filings.expire(today) >= 1);
    assertEquals("EXPIRED", status(ent.expect(200, "GET", "/filings/" + id, null)));
  }

  @Test
  void shouldRemindOnlyTheLegalPersonAnAgentApplicationIsAddressedTo() {
    Api legal = Api.of(base, "ENTERPRISE", "110108");
    Api other = Api.of(base, "ENTERPRISE", "110108");
    Api agent = Api.of(base, "AGENT", null);
    var enterprise = legal.expect(200, "GET", "/enterprise", null);
    var filed =
        agent.expect(
            201,
            "POST",
            "/me/agent-applications",
            "{\"enterpriseName\":\""
                + enterprise.getString("name")
                + "\",\"creditCode\":\""
                + enterprise.getString("creditCode")
                + "\"}");
    long id = filed.getJsonNumber("id").longValue();
    String number = filed.getString("number");
    LocalDate today = BusinessTime.today();
    String legalMobile = fixtures.mobileOf(legal.login());
    String otherMobile = fixtures.mobileOf(other.login());

    // due tomorrow: the legal person addressed is reminded, no other legal person of the platform
    filings.backdate(id, null, today.plusDays(1));
    assertTrue(filings.remind(today) >= 1);
    assertEquals(
        1, filings.messagesTo(legalMobile).stream().filter(m -> m.contains(number)).count());
    assertTrue(filings.messagesTo(otherMobile).stream().noneMatch(m -> m.contains(number)));

    // overdue: nobody stands above a legal person; it hears again, nobody else does
    filings.backdate(id, null, today.minusDays(1));
    assertTrue(filings.escalate(today) >= 1);
    assertEquals(
        2, filings.messagesTo(legalMobile).stream().filter(m -> m.contains(number)).count());
    assertTrue(filings.messagesTo(otherMobile).stream().noneMatch(m -> m.contains(number)));
  }

  @Test
  void shouldPageTheQueueAndKeepRemarkTemplates() {
    Api centre = Api.of(base, "CERTIFICATION_CENTRE", null);
    for (int i = 0; i < 3; i++) {
      Flows.cocSubmitted(Api.of(base, "ENTERPRISE", "110108"), "分页测试企业" + i);
    }
    JsonObject p1 = centre.expect(200, "GET", "/review/filings?size=2", null);
    assertEquals(2, p1.getJsonArray("rows").size());
    assertTrue(p1.getBoolean("hasNext"), "three filings at least wait");
    JsonObject p2 = centre.expect(200, "GET", "/review/filings?size=2&page=2", null);
    assertFalse(p2.getJsonArray("rows").isEmpty());
    long total = p1.getJsonNumber("total").longValue();
    assertTrue(total >= 3, "the queue's total counts every waiting filing: " + p1);
    assertEquals(total, p2.getJsonNumber("total").longValue(), "the same total on every page");
    JsonObject all = centre.expect(200, "GET", "/review/filings?size=100", null);
    if (!all.getBoolean("hasNext")) {
      assertEquals(all.getJsonArray("rows").size(), total, "the total is the rows' count");
    }
    List<String> first =
        p1.getJsonArray("rows").stream().map(r -> r.asJsonObject().getString("number")).toList();
    p2.getJsonArray("rows")
        .forEach(
            r ->
                assertFalse(
                    first.contains(r.asJsonObject().getString("number")), "pages do not overlap"));
    // the same pages by seek: after page 1's last row, and back before page 2's first, both orders
    for (String sort : List.of("due", "submitted")) {
      JsonObject s1 = centre.expect(200, "GET", "/review/filings?size=2&sort=" + sort, null);
      JsonObject s2 = centre.expect(200, "GET", "/review/filings?size=2&page=2&sort=" + sort, null);
      assertFalse(s1.containsKey("previous"), "no page before the first: " + s1);
      JsonObject next =
          centre.expect(
              200,
              "GET",
              "/review/filings?size=2&page=2&sort=" + sort + "&after=" + s1.getString("next"),
              null);
      assertEquals(numbers(s2), numbers(next), sort + ": page 2 by seek is page 2 by number");
      assertEquals(s2.getJsonNumber("total"), next.getJsonNumber("total"));
      JsonObject back =
          centre.expect(
              200,
              "GET",
              "/review/filings?size=2&page=1&sort="
                  + sort
                  + "&before="
                  + next.getString("previous"),
              null);
      assertEquals(numbers(s1), numbers(back), sort + ": and back to page 1");
      assertEquals(1, back.getInt("page"));
      assertTrue(back.getBoolean("hasNext"));
    }
    // a name fragment (the fixture enterprises' names begin alike): counted exactly while the
    // queue is shorter than the cap
    String name =
        java.net.URLEncoder.encode(
            p1.getJsonArray("rows").getJsonObject(0).getString("applicantName").substring(0, 2),
            java.nio.charset.StandardCharsets.UTF_8);
    JsonObject named = centre.expect(200, "GET", "/review/filings?size=1&applicant=" + name, null);
    assertTrue(named.getBoolean("hasNext"), "three filings at least match: " + named);
    JsonObject allNamed =
        centre.expect(200, "GET", "/review/filings?size=100&applicant=" + name, null);
    if (!allNamed.getBoolean("hasNext")) {
      assertEquals(
          allNamed.getJsonArray("rows").size(),
          named.getJsonNumber("total").longValue(),
          named.toString());
    }
    assertFalse(named.getBoolean("totalAtLeast"), "a short queue is counted exactly");
    var badCursor = centre.call("GET", "/review/filings?after=2026-13-01~5", null);
    assertEquals(400, badCursor.statusCode());
    assertTrue(badCursor.body().contains("after"), badCursor.body());
    var wrongOrder = centre.call("GET", "/review/filings?sort=submitted&after=2026-12-01~5", null);
    assertEquals(400, wrongOrder.statusCode(), "a due-date cursor is no position by submission");
    String oneNumber = p1.getJsonArray("rows").getJsonObject(0).getString("number");
    JsonObject found = centre.expect(200, "GET", "/review/filings?applicant=" + oneNumber, null);
    assertEquals(1, found.getJsonArray("rows").size());
    assertFalse(found.getBoolean("hasNext"));
    assertEquals(1, found.getJsonNumber("total").longValue());
    var badDate = centre.call("GET", "/review/filings?submittedFrom=yesterday", null);
    assertEquals(400, badDate.statusCode());

    JsonObject t =
        centre.expect(
            201,
            "POST",
            "/review/remark-templates",
            "{\"text\":\"公章影像不清晰，请重新上传\",\"shared\":true}");
    Api colleague = Api.of(base, "CERTIFICATION_CENTRE", null);
    assertTrue(colleague.call("GET", "/review/remark-templates", null).body().contains("公章影像不清晰"));
    long templateId = t.getJsonNumber("id").longValue();
    assertEquals(
        404, colleague.call("DELETE", "/review/remark-templates/" + templateId, null).statusCode());
    assertEquals(
        204, centre.call("DELETE", "/review/remark-templates/" + templateId, null).statusCode());
  }

  private static List<String> numbers(JsonObject page) {
    return page.getJsonArray("rows").stream()
        .map(r -> r.asJsonObject().getString("number"))
        .toList();
  }
}
