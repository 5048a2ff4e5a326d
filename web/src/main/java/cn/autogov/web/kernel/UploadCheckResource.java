package cn.autogov.web.kernel;

import cn.autogov.document.inspection.Inspection;
import cn.autogov.document.inspection.UploadInspector;
import cn.autogov.document.inspection.UploadRule;
import cn.autogov.document.inspection.UploadRules;
import cn.autogov.document.inspection.UploadText;
import cn.autogov.kernel.DomainText;
import cn.autogov.web.platform.ApiLanguage;
import cn.autogov.web.platform.RateLimiter;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * POST /api/v1/uploads/{rule}/check?name=ABCD001.jpg[&amp;code=ABCD]: a file (the request body)
 * checked against a material slot's rule, as the portal's uploads will be, before a partner front
 * end sends it for real. The body is streamed to a temporary file (never held in memory) and
 * deleted afterwards; it is not kept.
 */
@Path("v1/uploads")
@ApplicationScoped
@PermitAll
public class UploadCheckResource {

  private final RateLimiter limiter = new RateLimiter(60, 60);

  @POST
  @Path("{rule}/check")
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
  @Operation(
      summary = "Check a file against a material slot's rule",
      description =
          "rule: cert_front_sample, licence_image, declaration_doc, pdf_only, real_name_scan, ekey_scan. name: the"
              + " file's name; code: the enterprise's code for naming rules. accepted, the type by content, and"
              + " every problem in the language of Accept-Language.")
  public Response check(
      @PathParam("rule") String ruleName,
      @QueryParam("name") String name,
      @QueryParam("code") String code,
      InputStream body,
      @Context HttpHeaders headers,
      @Context HttpServletRequest request)
      throws IOException {
    Locale locale = ApiLanguage.of(headers);
    if (!limiter.tryAcquire(request.getRemoteAddr())) {
      return Response.status(429)
          .header("Retry-After", limiter.secondsPerToken())
          .entity(Map.of("message", DomainText.text(locale, "api.rate-limited")))
          .build();
    }
    UploadRule rule;
    try {
      rule = UploadRules.byName(ruleName);
    } catch (IllegalArgumentException e) {
      return Response.status(404).entity(Map.of("message", "rule: " + ruleName)).build();
    }
    java.nio.file.Path file = Files.createTempFile("autogov-upload-check", ".bin");
    try {
      copyAtMost(body, file, rule.maxBytes() + 1);
      Inspection inspection = UploadInspector.inspect(rule, name, file, code);
      return Response.ok(
              Map.of(
                  "rule", rule.name(),
                  "name", String.valueOf(name),
                  "accepted", inspection.accepted(),
                  "kind", inspection.kind().display(),
                  "messages",
                      UploadText.messages(
                          inspection,
                          locale,
                          DomainText.text(locale, "upload.slot." + rule.name()))))
          .build();
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /**
   * Copies up to {@code limit} bytes: enough to tell a file is one byte too large without storing
   * all of it.
   */
  private static void copyAtMost(InputStream in, java.nio.file.Path file, long limit)
      throws IOException {
    byte[] buf = new byte[64 * 1024];
    long total = 0;
    try (OutputStream out = Files.newOutputStream(file)) {
      for (int n;
          total < limit && (n = in.read(buf, 0, (int) Math.min(buf.length, limit - total))) > 0; ) {
        out.write(buf, 0, n);
        total += n;
      }
    }
  }
}
