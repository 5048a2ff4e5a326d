package cn.autogov.web.exchange;

import cn.autogov.exchange.domain.ExchangeOperation;
import cn.autogov.export.application.ExportFilingQueries;
import cn.autogov.export.application.ExportFilingQueries.ExportFilingView;
import cn.autogov.kernel.RefusedException;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The REST twin of urn:autogov:customs:v1: the same operations, rights (customs.verify, .get,
 * .changes), rate limits, replays ({@code Idempotency-Key}) and message log as the SOAP service.
 * Callers are system clients with HTTP Basic (client id, secret) over HTTPS.
 */
@Path("v1/exchange/customs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Tag(
    name = "Exchange: customs",
    description = "For 海关 systems; system clients with HTTP Basic over HTTPS")
public class CustomsResource {

  private static final int DEFAULT_PAGE = 100;

  @Inject RestExchange exchange;

  @Inject ExportFilingQueries queries;

  @Context HttpServletRequest request;

  @GET
  @Path("export-filing-verifications")
  @PermitAll // the exchange authenticates the system client
  @Operation(
      summary =
          "VerifyExportFiling (right customs.verify): whether the enterprise with this credit code"
              + " and/or customs code holds a valid used-car export filing, and the filing")
  public Response verify(
      @QueryParam("creditCode") String creditCode, @QueryParam("customsCode") String customsCode) {
    return exchange.call(
        request,
        ExchangeOperation.CUSTOMS_VERIFY,
        () -> {
          var v = queries.verify(creditCode, customsCode);
          var m = new LinkedHashMap<String, Object>();
          m.put("valid", v.valid());
          m.put("filing", v.filing() == null ? null : filing(v.filing()));
          return m;
        });
  }

  @GET
  @Path("export-filings/{number}")
  @PermitAll
  @Operation(
      summary = "GetExportFiling (right customs.get): one decided export filing by its number")
  public Response get(@PathParam("number") String number) {
    return exchange.call(
        request, ExchangeOperation.CUSTOMS_GET, () -> filing(queries.byNumber(number)));
  }

  @GET
  @Path("export-filing-changes")
  @PermitAll
  @Operation(
      summary =
          "ListChangedExportFilings (right customs.changes): decided filings whose status changed"
              + " after `since` (ISO local date-time), oldest first; `after` a filing number at that"
              + " same time; pageSize 1-500 (100)")
  public Response changes(
      @QueryParam("since") String since,
      @QueryParam("after") String after,
      @QueryParam("pageSize") Integer pageSize) {
    return exchange.call(
        request,
        ExchangeOperation.CUSTOMS_CHANGES,
        () -> {
          int size = pageSize == null ? DEFAULT_PAGE : pageSize;
          if (size < 1 || size > 500) {
            throw new RefusedException("exchange.bad-parameter", "parameter", "pageSize");
          }
          List<ExportFilingView> page = queries.changedSince(time(since), after, size + 1);
          var m = new LinkedHashMap<String, Object>();
          m.put("filings", page.stream().limit(size).map(CustomsResource::filing).toList());
          m.put("hasMore", page.size() > size);
          return m;
        });
  }

  private static LocalDateTime time(String since) {
    try {
      return since == null ? null : LocalDateTime.parse(since.strip());
    } catch (DateTimeParseException e) {
      throw new RefusedException("exchange.bad-parameter", "parameter", "since");
    }
  }

  /** The same fields as the XSD's ExportFiling. */
  static Map<String, Object> filing(ExportFilingView v) {
    var m = new LinkedHashMap<String, Object>();
    m.put("filingNumber", v.filingNumber());
    m.put("enterpriseName", v.enterpriseName());
    m.put("creditCode", v.creditCode());
    m.put("customsCode", v.customsCode());
    m.put("status", v.status().name());
    m.put("validFrom", v.validFrom() == null ? null : v.validFrom().toString());
    m.put("validTo", v.validTo() == null ? null : v.validTo().toString());
    m.put("changedAt", v.changedAt().toString());
    return m;
  }
}
