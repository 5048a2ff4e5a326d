package cn.autogov.web.identity;

import static cn.autogov.access.Role.Names.AGENT;
import static cn.autogov.access.Role.Names.CERTIFICATION_CENTRE;
import static cn.autogov.access.Role.Names.REGISTERED;

import cn.autogov.identity.recovery.RecoveryForm;
import cn.autogov.identity.recovery.RecoveryService;
import cn.autogov.identity.recovery.RecoveryView;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Account recovery: the temporary account's request; the certification centre's queue. */
@Path("v1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
public class RecoveryResource {

  @Inject RecoveryService recovery;

  /** The request in JSON; materials as base64. */
  public record Request(
      String creditCode,
      String enterpriseName,
      boolean announced,
      String requesterName,
      String requesterIdNumber,
      String authorisedName,
      String authorisedIdNumber,
      ApiFile announcementFront,
      ApiFile announcementPage,
      ApiFile licence,
      ApiFile letter,
      ApiFile legalPersonIdScan,
      ApiFile authorisedIdScan) {}

  /** A reviewer's reason. */
  public record Remark(String remark) {}

  @JsonBodies.Limit(4 * 1024 * 1024) // the stamped materials in base64
  @POST
  @Path("me/account-recoveries")
  @RolesAllowed({REGISTERED, AGENT})
  @Operation(summary = "Request recovery of an enterprise's lost legal-person account")
  public Response submit(Request r) {
    return Response.status(201)
        .entity(
            recovery.submit(
                new RecoveryForm(
                    r.creditCode(),
                    r.enterpriseName(),
                    r.announced(),
                    r.requesterName(),
                    r.requesterIdNumber(),
                    r.authorisedName(),
                    r.authorisedIdNumber(),
                    ApiFile.upload("announcementFront", r.announcementFront()),
                    ApiFile.upload("announcementPage", r.announcementPage()),
                    ApiFile.upload("licence", r.licence()),
                    ApiFile.upload("letter", r.letter()),
                    ApiFile.upload("legalPersonIdScan", r.legalPersonIdScan()),
                    ApiFile.upload("authorisedIdScan", r.authorisedIdScan()))))
        .build();
  }

  @GET
  @Path("me/account-recoveries")
  @RolesAllowed({REGISTERED, AGENT})
  @Operation(summary = "The caller's recovery requests")
  public List<RecoveryView> mine() {
    return recovery.mine();
  }

  @GET
  @Path("review/account-recoveries")
  @RolesAllowed(CERTIFICATION_CENTRE)
  @Operation(summary = "Recovery requests waiting for review")
  public List<RecoveryView> queue() {
    return recovery.queue();
  }

  @POST
  @Path("review/account-recoveries/{id}/approve")
  @RolesAllowed(CERTIFICATION_CENTRE)
  @Operation(summary = "Approve: a one-time password goes to the requester's mobile")
  public RecoveryView approve(@PathParam("id") Long id) {
    return recovery.approve(id);
  }

  @POST
  @Path("review/account-recoveries/{id}/reject")
  @RolesAllowed(CERTIFICATION_CENTRE)
  @Operation(summary = "Reject with a reason")
  public RecoveryView reject(@PathParam("id") Long id, Remark r) {
    return recovery.reject(id, r == null ? null : r.remark());
  }
}
