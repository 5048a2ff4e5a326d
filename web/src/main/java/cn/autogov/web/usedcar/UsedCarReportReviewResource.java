package cn.autogov.web.usedcar;

import static cn.autogov.access.Role.Names.COMMERCE_AUTHORITY;

import cn.autogov.usedcar.application.Completeness;
import cn.autogov.usedcar.application.ReportView;
import cn.autogov.usedcar.application.Statistics;
import cn.autogov.usedcar.application.StatisticsWorkbook;
import cn.autogov.usedcar.application.UsedCarReportReviews;
import cn.autogov.usedcar.application.UsedCarStatistics;
import cn.autogov.usedcar.domain.ReportKind;
import cn.autogov.web.platform.ApiLanguage;
import cn.autogov.web.platform.JsonBodies;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The local commerce authority's side of the used-car returns over REST, within its division:
 * completeness of a period, a return read, 受理, 退回, a correction request answered, 催报.
 */
@Path("v1/used-car/report-reviews")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(COMMERCE_AUTHORITY)
@Tag(name = "Used-car circulation: reports")
public class UsedCarReportReviewResource {

  @Inject UsedCarReportReviews reviews;

  @Inject UsedCarStatistics statistics;

  @Context HttpHeaders headers;

  /** The version read, a remark, and for a correction request whether it is approved. */
  public record Decision(Long version, String remark, Boolean approve) {}

  @GET
  @Path("completeness")
  @Operation(
      summary =
          "A period's completeness in the caller's division (or region, a division within it):"
              + " expected, submitted, on time, late (逾期), missing, accepted, and each business's line")
  public Completeness completeness(
      @QueryParam("kind") String kind,
      @QueryParam("period") String period,
      @QueryParam("region") String region) {
    return reviews.completeness(UsedCarReportResource.kind(kind), period, region);
  }

  @JsonBodies.Limit(1024)
  @POST
  @Path("reminders")
  @Operation(
      summary =
          "催报: one reminder (inbox and SMS) to every business of the period still missing; at"
              + " most one a day each. Answers how many were told")
  public Map<String, Integer> remind(
      @QueryParam("kind") String kind,
      @QueryParam("period") String period,
      @QueryParam("region") String region) {
    return Map.of(
        "reminded", reviews.remindMissing(UsedCarReportResource.kind(kind), period, region));
  }

  @GET
  @Path("statistics")
  @Operation(
      summary =
          "Statistics over the caller's division (or region, one within it) and a span of periods"
              + " (from, to; the last one when omitted; at most 36): totals, by region one level"
              + " down (province → city → county), by vehicle class, by period. source = REPORTS"
              + " (accepted returns, the published figures; the default) or SALES (the sales"
              + " records of the same days, to compare). Amounts in 万元")
  public Statistics statistics(
      @QueryParam("kind") String kind,
      @QueryParam("source") String source,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("region") String region) {
    return statistics.statistics(
        kind == null ? ReportKind.MONTHLY : UsedCarReportResource.kind(kind),
        source(source),
        from,
        to,
        region);
  }

  @GET
  @Path("statistics.xlsx")
  @Produces({SaleImportResource.XLSX, MediaType.APPLICATION_JSON})
  @Operation(
      summary =
          "The same statistics as a workbook: by region, by vehicle class, by period, and what was"
              + " counted (labels in the language of Accept-Language)")
  public Response statisticsWorkbook(
      @QueryParam("kind") String kind,
      @QueryParam("source") String source,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("region") String region) {
    Locale locale = ApiLanguage.of(headers);
    Statistics s = statistics(kind, source, from, to, region);
    StreamingOutput body = out -> StatisticsWorkbook.write(out, s, locale);
    return Response.ok(body, SaleImportResource.XLSX)
        .header(
            "Content-Disposition",
            "attachment; filename*=UTF-8''"
                + URLEncoder.encode(StatisticsWorkbook.fileName(s, locale), StandardCharsets.UTF_8)
                    .replace("+", "%20"))
        .build();
  }

  static Statistics.Source source(String typed) {
    if (typed == null || typed.isBlank()) {
      return Statistics.Source.REPORTS;
    }
    try {
      return Statistics.Source.valueOf(typed.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      var checks = new cn.autogov.kernel.Checks();
      checks.add("source", "usedcar.statistics-source-unknown", "value", typed);
      checks.throwIfAny();
      return null;
    }
  }

  @GET
  @Path("{id}")
  public ReportView get(@PathParam("id") Long id) {
    return reviews.get(id);
  }

  @JsonBodies.Limit(4 * 1024)
  @POST
  @Path("{id}/acceptance")
  @Operation(summary = "受理: the return is accepted and locked (remark optional)")
  public ReportView accept(@PathParam("id") Long id, Decision d) {
    return reviews.accept(id, version(d), d == null ? null : d.remark());
  }

  @JsonBodies.Limit(4 * 1024)
  @POST
  @Path("{id}/return")
  @Operation(summary = "退回: back to the enterprise with what to correct (remark required)")
  public ReportView sendBack(@PathParam("id") Long id, Decision d) {
    return reviews.sendBack(id, version(d), d == null ? null : d.remark());
  }

  @JsonBodies.Limit(4 * 1024)
  @POST
  @Path("{id}/correction")
  @Operation(
      summary =
          "A correction request answered: approve = true sends the return back to the enterprise;"
              + " false keeps it accepted (remark required)")
  public ReportView correction(@PathParam("id") Long id, Decision d) {
    return reviews.decideCorrection(
        id,
        version(d),
        d != null && Boolean.TRUE.equals(d.approve()),
        d == null ? null : d.remark());
  }

  private static long version(Decision d) {
    return UsedCarReportResource.version(d == null ? null : d.version());
  }
}
