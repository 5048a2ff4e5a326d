package cn.autogov.web.identity;

import cn.autogov.account.application.MobileChangeFiling;
import cn.autogov.kernel.DomainText;
import cn.autogov.web.platform.ApiLanguage;
import cn.autogov.web.platform.JsonBodies;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * 手机号修改 without the old number, before sign-in: the code to the new number and the filing; the
 * administrators decide it on the workbench ({@code /v1/review/filings}).
 */
@Path("v1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
@PermitAll // before sign-in: the password and the codes are the proof
public class MobileChangeResource {

  @Inject MobileChangeFiling changes;

  @Context HttpServletRequest request;

  @Context HttpHeaders headers;

  /** The request: the account, its verified identity again, the new number, the ID scan. */
  public record Request(
      String loginName,
      String password,
      String name,
      String idNumber,
      String newMobile,
      String smsCode,
      ApiFile idScan) {}

  /** The new number, for its code. */
  public record NewMobile(String newMobile) {}

  @JsonBodies.Limit(4 * 1024) // before any authentication: small
  @POST
  @Path("mobile-changes/code")
  @PermitAll
  @Operation(summary = "手机号修改 without the old number, step 1: a code to the new number")
  public Response code(NewMobile m) {
    changes.sendCode(m == null ? null : m.newMobile(), request.getRemoteAddr());
    return Response.accepted(
            Map.of("message", DomainText.text(ApiLanguage.of(headers), "verification.sent")))
        .build();
  }

  @JsonBodies.Limit(4 * 1024 * 1024) // the ID scan in base64
  @POST
  @Path("mobile-changes")
  @PermitAll
  @Operation(
      summary =
          "手机号修改 without the old number, step 2: login name and password, the verified name and ID"
              + " number again with a scan of the ID document, the new number and its code: a filing"
              + " (mobile-change) for the administrators' workbench")
  public Response submit(Request r) {
    return Response.status(201)
        .entity(
            changes.submit(
                new MobileChangeFiling.Form(
                    r.loginName(),
                    r.password(),
                    r.name(),
                    r.idNumber(),
                    r.newMobile(),
                    r.smsCode()),
                ApiFile.upload("idScan", r.idScan()),
                request.getRemoteAddr()))
        .build();
  }
}
