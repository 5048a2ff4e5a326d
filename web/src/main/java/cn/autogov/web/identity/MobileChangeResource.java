package cn.autogov.web.identity;

import static cn.autogov.access.Role.Names.ADMIN;

import cn.autogov.identity.mobile.MobileChangeView;
import cn.autogov.identity.mobile.MobileChanges;
import cn.autogov.kernel.DomainText;
import cn.autogov.web.platform.ApiLanguage;
import cn.autogov.web.platform.JsonBodies;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** 手机号修改 without the old number: the request (before sign-in) and the staff's review. */
@Path("v1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(ADMIN)
public class MobileChangeResource {

  @Inject MobileChanges changes;

  @Context HttpServletRequest request;

  @Context HttpHeaders headers;

  /** The request: the account, its verified identity again, the new number, the ID scan. */
  public record Request(
      String loginName,
      String password,
      String name,
      String idNumber,
      String mobile,
      String code,
      ApiFile idScan) {}

  /** The new number, for its code. */
  public record NewMobile(String mobile) {}

  /** A reviewer's reason. */
  public record Remark(String remark) {}

  @JsonBodies.Limit(4 * 1024) // before any authentication: small
  @POST
  @Path("mobile-changes/code")
  @PermitAll
  @Operation(summary = "手机号修改 without the old number, step 1: a code to the new number")
  public Response code(NewMobile m) {
    changes.sendCode(m.mobile(), request.getRemoteAddr());
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
              + " number again with a scan of the ID document, the new number and its code; staff"
              + " review it")
  public Response submit(Request r) {
    return Response.status(201)
        .entity(
            changes.submit(
                new MobileChanges.Form(
                    r.loginName(), r.password(), r.name(), r.idNumber(), r.mobile(), r.code()),
                ApiFile.upload("idScan", r.idScan()),
                request.getRemoteAddr()))
        .build();
  }

  @GET
  @Path("admin/mobile-changes")
  @Operation(summary = "Mobile-number change requests waiting for review")
  public List<MobileChangeView> queue() {
    return changes.queue();
  }

  @POST
  @Path("admin/mobile-changes/{id}/approve")
  @Operation(summary = "Approve: the new number is bound to the account")
  public MobileChangeView approve(@PathParam("id") Long id) {
    return changes.approve(id);
  }

  @POST
  @Path("admin/mobile-changes/{id}/reject")
  @Operation(summary = "Reject with a reason (sent to the new number)")
  public MobileChangeView reject(@PathParam("id") Long id, Remark r) {
    return changes.reject(id, r == null ? null : r.remark());
  }
}
