package cn.autogov.web.usedcar;

import static cn.autogov.access.Role.Names.AGENT;
import static cn.autogov.access.Role.Names.ENTERPRISE;

import cn.autogov.usedcar.application.ReportView;
import cn.autogov.usedcar.application.UsedCarReports;
import cn.autogov.usedcar.domain.ReportKind;
import cn.autogov.web.platform.JsonBodies;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * 二手车企业报表 (seed 003 §2.5) over REST, for the enterprise the caller acts for: the kinds it reports,
 * the list by year, 添加 (pre-filled from the period's sales), 保存, 重新取数, 上报, 申请更正. Kind in the path:
 * {@code MONTHLY} (二手车交易月报, period 2026-11) or {@code APPRAISAL} (鉴定评估季报, 2026-Q3).
 */
@Path("v1/used-car/reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ENTERPRISE, AGENT})
@Tag(name = "Used-car circulation: reports")
public class UsedCarReportResource {

  @Inject UsedCarReports reports;

  /** What 添加 names. */
  public record Opening(String kind, String period) {}

  /** 保存: cell values and reasons by cell ({@code SEDAN.AMOUNT}), 填报人, the version read. */
  public record Filling(
      Long version, Map<String, String> values, Map<String, String> reasons, String fillerName) {}

  /** The version read, and a reason where one is asked (申请更正). */
  public record Step(Long version, String reason) {}

  @GET
  @Path("kinds")
  @Operation(summary = "The returns the enterprise reports, by the kinds of its confirmed filings")
  public List<ReportKind> kinds() {
    return reports.kinds();
  }

  @GET
  @Operation(summary = "查询: the enterprise's returns of a kind, newest first, of one year if given")
  public List<ReportView> list(@QueryParam("kind") String kind, @QueryParam("year") Integer year) {
    return reports.list(kind(kind), year);
  }

  @JsonBodies.Limit(1024)
  @POST
  @Operation(
      summary =
          "添加: the period's return, pre-filled from the sales records of the period (201), or the"
              + " one already there (200). Only ended periods; 409 until the filing is confirmed")
  public Response open(Opening o) {
    ReportView v = reports.open(kind(o == null ? null : o.kind()), o == null ? null : o.period());
    return Response.ok(v).build();
  }

  @GET
  @Path("{id}")
  public ReportView get(@PathParam("id") Long id) {
    return reports.get(id);
  }

  @JsonBodies.Limit(64 * 1024)
  @PUT
  @Path("{id}")
  @Operation(
      summary =
          "保存: figures by cell (SEDAN.AMOUNT in 万元 to two decimals, SEDAN.TOTAL … counts), a"
              + " reason for each that differs from the records' figure, fillerName; 400 names every"
              + " wrong cell")
  public ReportView save(@PathParam("id") Long id, Filling f) {
    return f == null
        ? reports.save(id, -1, Map.of(), Map.of(), null)
        : reports.save(id, version(f.version()), f.values(), f.reasons(), f.fillerName());
  }

  @JsonBodies.Limit(1024)
  @POST
  @Path("{id}/recompute")
  @Operation(summary = "重新取数: the records' figures again; corrections with reasons stay")
  public ReportView recompute(@PathParam("id") Long id, Step s) {
    return reports.recompute(id, version(s == null ? null : s.version()));
  }

  @JsonBodies.Limit(1024)
  @POST
  @Path("{id}/submit")
  @Operation(
      summary =
          "上报: every figure present and the totals consistent (400 names each problem); late"
              + " (逾期) when first reported after the due day; the month's sales close")
  public ReportView submit(@PathParam("id") Long id, Step s) {
    return reports.submit(id, version(s == null ? null : s.version()));
  }

  @JsonBodies.Limit(4 * 1024)
  @POST
  @Path("{id}/correction")
  @Operation(summary = "申请更正 of an accepted return, with the reason; the authority decides")
  public ReportView correction(@PathParam("id") Long id, Step s) {
    return reports.requestCorrection(
        id, version(s == null ? null : s.version()), s == null ? null : s.reason());
  }

  static long version(Long v) {
    return v == null ? -1 : v;
  }

  /** MONTHLY or APPRAISAL; anything else is a 400 naming it. */
  static ReportKind kind(String typed) {
    try {
      return ReportKind.valueOf(typed == null ? "" : typed.strip().toUpperCase());
    } catch (IllegalArgumentException e) {
      var checks = new cn.autogov.kernel.Checks();
      checks.add("kind", "usedcar.report-kind-unknown", "value", String.valueOf(typed));
      checks.throwIfAny();
      return null;
    }
  }
}
