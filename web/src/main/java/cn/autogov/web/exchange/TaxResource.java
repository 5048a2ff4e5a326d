package cn.autogov.web.exchange;

import cn.autogov.coc.application.OpeningView;
import cn.autogov.coc.application.TaxContract;
import cn.autogov.coc.application.TaxExchange;
import cn.autogov.exchange.domain.ExchangeOperation;
import cn.autogov.kernel.RefusedException;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The REST twin of urn:autogov:tax:v1: the same operations, rights (tax.openings, .opening-confirm,
 * .enterprise), rate limits, replays ({@code Idempotency-Key}) and message log as the SOAP service.
 * Callers are system clients with HTTP Basic (client id, secret) over HTTPS.
 */
@Path("v1/exchange/tax")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Tag(
    name = "Exchange: tax",
    description = "For 税务 systems; system clients with HTTP Basic over HTTPS")
public class TaxResource {

  private static final int DEFAULT_PAGE = 100;

  @Inject RestExchange exchange;

  @Inject TaxExchange tax;

  @Context HttpServletRequest request;

  @GET
  @Path("openings")
  @PermitAll // the exchange authenticates the system client
  @Operation(
      summary =
          "ListApprovedOpenings (right tax.openings): system openings (配置信息/免税图册/票据关联) the"
              + " certification centre approved after `since` (ISO local date-time), oldest first;"
              + " `after` an opening number at that same time; pageSize 1-500 (100)")
  public Response openings(
      @QueryParam("since") String since,
      @QueryParam("after") String after,
      @QueryParam("pageSize") Integer pageSize) {
    return exchange.call(
        request,
        ExchangeOperation.TAX_OPENINGS,
        () -> {
          int size = pageSize == null ? DEFAULT_PAGE : pageSize;
          if (size < 1 || size > TaxExchange.PAGE_MAX) {
            throw new RefusedException("exchange.bad-parameter", "parameter", "pageSize");
          }
          List<OpeningView> page = tax.approvedSince(time(since), after, size + 1);
          var m = new LinkedHashMap<String, Object>();
          m.put("openings", page.stream().limit(size).map(TaxContract::opening).toList());
          m.put("hasMore", page.size() > size);
          return m;
        });
  }

  @POST
  @Path("openings/{number}/confirmation")
  @PermitAll
  @Operation(
      summary =
          "ConfirmOpening (right tax.opening-confirm): the tax system opened the system (result"
              + " OPENED) or did not (REFUSED, with `reason`); saying it again changes nothing, and"
              + " with the same Idempotency-Key the first answer is returned")
  public Response confirm(
      @PathParam("number") String number,
      @QueryParam("result") String result,
      @QueryParam("reason") String reason) {
    return exchange.call(
        request,
        ExchangeOperation.TAX_OPENING_CONFIRM,
        () ->
            TaxContract.opening(
                tax.confirm(number, opened(result), reason, exchange.clientOf(request))));
  }

  @GET
  @Path("enterprises/{creditCode}")
  @PermitAll
  @Operation(
      summary =
          "GetEnterpriseOpenings (right tax.enterprise): the enterprise's plants and the systems"
              + " opened for it, by its unified social credit code")
  public Response enterprise(@PathParam("creditCode") String creditCode) {
    return exchange.call(
        request,
        ExchangeOperation.TAX_ENTERPRISE,
        () -> TaxContract.enterprise(tax.enterprise(creditCode)));
  }

  @GET
  @Path("batch-changes")
  @PermitAll
  @Operation(
      summary =
          "CheckBatchChange (right tax.batch-change): whether a certificate number or a VIN (at"
              + " least one) is in an approved 合格证电子信息批量变更, with the entries that list it")
  public Response batchChange(
      @QueryParam("certificateNumber") String certificateNumber, @QueryParam("vin") String vin) {
    return exchange.call(
        request,
        ExchangeOperation.TAX_BATCH_CHANGE,
        () -> TaxContract.batchChange(tax.batchChange(certificateNumber, vin)));
  }

  static boolean opened(String result) {
    if ("OPENED".equals(result)) {
      return true;
    }
    if ("REFUSED".equals(result)) {
      return false;
    }
    throw new RefusedException("exchange.bad-parameter", "parameter", "result");
  }

  private static LocalDateTime time(String since) {
    try {
      return since == null ? null : LocalDateTime.parse(since.strip());
    } catch (DateTimeParseException e) {
      throw new RefusedException("exchange.bad-parameter", "parameter", "since");
    }
  }
}
