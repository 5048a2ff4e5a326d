package cn.autogov.web.exchange;

import cn.autogov.ekey.application.EkeyExchange;
import cn.autogov.ekey.application.ProviderApplication;
import cn.autogov.exchange.domain.ExchangeOperation;
import cn.autogov.kernel.RefusedException;
import cn.autogov.web.platform.PublicUrl;
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
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The REST twin of urn:autogov:ekey:v1: the same operations, rights (ekey.applications, .recheck,
 * .certificate, .step, .revocation), rate limits, replays ({@code Idempotency-Key}) and message log
 * as the SOAP service. Callers are the e-key provider's system clients with HTTP Basic (client id,
 * secret) over HTTPS, each acting as one of the provider's staff accounts.
 */
@Path("v1/exchange/ekey")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Tag(
    name = "Exchange: e-key provider",
    description =
        "For the e-key provider's (电子钥匙服务商) systems; system clients of kind EKEY_PROVIDER with"
            + " HTTP Basic over HTTPS")
public class EkeyExchangeResource {

  /** The largest certificate request read (PEM). */
  static final int CSR_MAX = 16_000;

  private static final int DEFAULT_PAGE = 50;

  @Inject RestExchange exchange;

  @Inject EkeyExchange ekeys;

  @Context HttpServletRequest request;

  @GET
  @Path("applications")
  @PermitAll // the exchange authenticates the system client
  @Operation(
      summary =
          "ListAwaitingApplications (right ekey.applications): the e-key applications waiting for"
              + " the provider — awaiting RECHECK (复核), MAKE (制作), UNLOCK (解锁), SHIP (寄出) — by"
              + " number after `after`; pageSize 1-200 (50)")
  public Response applications(
      @QueryParam("after") String after, @QueryParam("pageSize") Integer pageSize) {
    return exchange.call(
        request,
        ExchangeOperation.EKEY_APPLICATIONS,
        () -> {
          int size = pageSize == null ? DEFAULT_PAGE : pageSize;
          if (size < 1 || size > EkeyExchange.PAGE_MAX) {
            throw new RefusedException("exchange.bad-parameter", "parameter", "pageSize");
          }
          List<ProviderApplication> page =
              ekeys.awaiting(exchange.clientOf(request), after, size + 1);
          var m = new LinkedHashMap<String, Object>();
          m.put("applications", page.stream().limit(size).toList());
          m.put("hasMore", page.size() > size);
          return m;
        });
  }

  @POST
  @Path("applications/{number}/recheck")
  @PermitAll
  @Operation(
      summary =
          "ReportRecheck (right ekey.recheck): result APPROVED (复核通过) or REFUSED (复核未通过, with"
              + " `remark`: the application goes back for all its materials); `version` as listed —"
              + " anything since is a CONFLICT and nothing changes")
  public Response recheck(
      @PathParam("number") String number,
      @QueryParam("version") Long version,
      @QueryParam("result") String result,
      @QueryParam("remark") String remark) {
    return exchange.call(
        request,
        ExchangeOperation.EKEY_RECHECK,
        () -> ekeys.recheck(exchange.clientOf(request), number, version, approved(result), remark));
  }

  @POST
  @Path("applications/{number}/certificate")
  @PermitAll
  @RequestBody(
      description =
          "the token's PKCS#10 certificate request, PEM (-----BEGIN CERTIFICATE REQUEST-----; at"
              + " most 16,000 characters): RSA of 2048 bits or more, or EC of 256 or more, signed by"
              + " its own key")
  @Operation(
      summary =
          "IssueCertificate (right ekey.certificate): 制作 — the platform's issuing CA signs the"
              + " certificate for the application waiting to be made; answers serial, certificate"
              + " and chain (PEM). A 补办, 更新 or 企业代码变更 revokes the key's certificate before; with"
              + " the same Idempotency-Key and request the first answer is returned, nothing is"
              + " issued twice")
  public Response certificate(@PathParam("number") String number, InputStream body) {
    String csr = read(body);
    request.setAttribute(RestExchange.BODY, csr);
    return exchange.call(
        request,
        ExchangeOperation.EKEY_CERTIFICATE,
        () -> ekeys.issue(exchange.clientOf(request), number, csr, PublicUrl.of(request)));
  }

  @POST
  @Path("applications/{number}/steps")
  @PermitAll
  @Operation(
      summary =
          "ReportStep (right ekey.step): step UNLOCKED (解锁: the certificate stays) or SHIPPED (寄出"
              + " to the issuing authority, with `trackingNumber`)")
  public Response step(
      @PathParam("number") String number,
      @QueryParam("step") String step,
      @QueryParam("trackingNumber") String trackingNumber) {
    return exchange.call(
        request,
        ExchangeOperation.EKEY_STEP,
        () -> ekeys.step(exchange.clientOf(request), number, stepCode(step), trackingNumber));
  }

  @POST
  @Path("certificates/{serial}/revocation")
  @PermitAll
  @Operation(
      summary =
          "RevokeCertificate (right ekey.revocation): revokes a certificate at once (CRL, OCSP; the"
              + " e-key login refuses it) with `reason` KEY_COMPROMISE, AFFILIATION_CHANGED,"
              + " SUPERSEDED or CESSATION_OF_OPERATION; the key stays registered for 补办 or 更新")
  public Response revoke(@PathParam("serial") String serial, @QueryParam("reason") String reason) {
    return exchange.call(
        request,
        ExchangeOperation.EKEY_REVOCATION,
        () -> ekeys.revoke(exchange.clientOf(request), serial, reason));
  }

  static boolean approved(String result) {
    if ("APPROVED".equals(result)) {
      return true;
    }
    if ("REFUSED".equals(result)) {
      return false;
    }
    throw new RefusedException("exchange.bad-parameter", "parameter", "result");
  }

  static String stepCode(String step) {
    if ("UNLOCKED".equals(step)) {
      return cn.autogov.ekey.application.EkeyCatalogue.UNLOCKED;
    }
    if ("SHIPPED".equals(step)) {
      return cn.autogov.ekey.application.EkeyCatalogue.SHIPPED;
    }
    throw new RefusedException("exchange.bad-parameter", "parameter", "step");
  }

  /** The request body, at most {@link #CSR_MAX} characters; more is refused, unread. */
  private static String read(InputStream body) {
    if (body == null) {
      return null;
    }
    try {
      byte[] b = body.readNBytes(CSR_MAX + 1);
      return b.length > CSR_MAX ? "\u0000too-long" : new String(b, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return null;
    }
  }
}
