package cn.autogov.web.kernel;

import cn.autogov.kernel.DomainText;
import cn.autogov.kernel.identifier.IdentifierKind;
import cn.autogov.kernel.identifier.Verdict;
import cn.autogov.kernel.identifier.VerdictText;
import cn.autogov.web.platform.ApiLanguage;
import cn.autogov.web.platform.RateLimiter;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * GET /api/v1/identifiers/{kind}/{value}: the same checks as the portal's forms, for partner front
 * ends to pre-check input. Public, rate-limited per caller address; {@code Accept-Language} picks
 * Chinese or English.
 */
@Path("v1/identifiers")
@ApplicationScoped
@PermitAll
public class IdentifierResource {

  @Inject
  @ConfigProperty(name = "autogov.api.identifiers.per-minute", defaultValue = "600")
  int perMinute;

  private volatile RateLimiter limiter;

  @GET
  @Path("{kind}/{value}")
  @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
  @Operation(
      summary = "Check an identifier",
      description =
          "kind: uscc, org-code, licence-number, tax-number, citizen-id, vin, plate, customs-code,"
              + " certificate-number (also mobile, email)."
              + " The value is normalised first (full-width to half-width, spaces, case, the plate's dot) unless"
              + " strict=true. outcome: VALID, INVALID or REVIEW (needs manual review); messages name every"
              + " problem in the language of Accept-Language (zh default, en).")
  @APIResponse(responseCode = "200", description = "the verdict")
  @APIResponse(responseCode = "404", description = "unknown kind")
  @APIResponse(responseCode = "429", description = "too many requests from this address")
  public Response check(
      @PathParam("kind") String kind,
      @PathParam("value") String value,
      @Parameter(description = "check the value exactly as given, without normalising")
          @QueryParam("strict")
          @DefaultValue("false")
          boolean strict,
      @Context HttpHeaders headers,
      @Context HttpServletRequest request) {
    if (!limiter().tryAcquire(request.getRemoteAddr())) {
      return Response.status(429)
          .header("Retry-After", limiter().secondsPerToken())
          .entity(Map.of("message", DomainText.text(ApiLanguage.of(headers), "api.rate-limited")))
          .build();
    }
    Locale locale = ApiLanguage.of(headers);
    var found = IdentifierKind.bySlug(kind);
    if (found.isEmpty()) {
      return Response.status(404)
          .entity(
              Map.of(
                  "message",
                  DomainText.render(locale, "api.identifier-kind", Map.of("kind", kind))))
          .build();
    }
    Verdict verdict = strict ? found.get().checkStrict(value) : found.get().check(value);
    List<String> messages = VerdictText.messages(verdict, locale);
    return Response.ok(
            Map.of(
                "kind", verdict.kind().slug(),
                "value", value,
                "normalised", verdict.normalised(),
                "outcome", verdict.outcome().name(),
                "messages", messages))
        .build();
  }

  private RateLimiter limiter() {
    if (limiter == null) {
      limiter = new RateLimiter(Math.max(1, perMinute), perMinute);
    }
    return limiter;
  }
}
