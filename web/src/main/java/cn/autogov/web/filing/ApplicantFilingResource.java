package cn.autogov.web.filing;

import static cn.autogov.access.Role.Names.AGENT;
import static cn.autogov.access.Role.Names.ENTERPRISE;
import static cn.autogov.access.Role.Names.REGISTERED;

import cn.autogov.filing.application.FilingService;
import cn.autogov.filing.application.FilingView;
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

/**
 * The applicant's own filings over REST: the enterprise's and the account's own, and starting a
 * filing (for the enterprise, or for the account itself where the type is an account's) or a change
 * (the enterprise's side only).
 */
@Path("v1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ENTERPRISE, AGENT, REGISTERED})
public class ApplicantFilingResource {

  @Inject FilingService filings;

  /** Which type to start. */
  public record Start(String type) {}

  @GET
  @Path("filings")
  @Operation(
      summary =
          "The enterprise's filings and the account's own, newest first, with the operations each"
              + " allows")
  public List<FilingView> mine() {
    return filings.mine();
  }

  @POST
  @Path("filings")
  @Operation(
      summary =
          "Start a filing (暂存): the enterprise's, its form prefilled; or, for an account's own"
              + " type, the account's")
  public Response start(Start s) {
    return Response.status(201).entity(filings.start(s == null ? null : s.type())).build();
  }

  @POST
  @Path("filings/{id}/changes")
  @RolesAllowed({ENTERPRISE, AGENT})
  @Operation(summary = "Start a change (变更) of an approved filing")
  public Response change(@PathParam("id") Long id) {
    return Response.status(201).entity(filings.startChange(id)).build();
  }
}
