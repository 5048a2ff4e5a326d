package cn.autogov.web.coc;

import static cn.autogov.access.Role.Names.AGENT;
import static cn.autogov.access.Role.Names.CERTIFICATION_CENTRE;
import static cn.autogov.access.Role.Names.ENTERPRISE;

import cn.autogov.coc.application.BatchChangeReview;
import cn.autogov.coc.application.BatchChangeReview.Approved;
import cn.autogov.coc.application.BatchChangeReview.Exclusion;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * 合格证电子信息批量变更 (seed 000 §十二): the certificates the reviewers leave out before approving the rest
 * (part approval), and the approved list.
 */
@Path("v1/coc/batch-changes/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ENTERPRISE, AGENT, CERTIFICATION_CENTRE})
@Tag(name = "Certificate business: batch changes")
public class BatchChangeResource {

  @Inject BatchChangeReview review;

  /** What the reviewer leaves out. */
  public record ExclusionRequest(String certificateNumber, String reason) {}

  @GET
  @Path("exclusions")
  @Operation(summary = "The certificates left out of the approval, each with its reason")
  public List<Exclusion> exclusions(@PathParam("id") Long id) {
    return review.exclusions(id);
  }

  @POST
  @Path("exclusions")
  @RolesAllowed(CERTIFICATION_CENTRE)
  @Operation(
      summary =
          "Leaves a listed certificate out of what approval approves (in review only; reason"
              + " required, at most 200 characters)")
  public List<Exclusion> exclude(@PathParam("id") Long id, ExclusionRequest body) {
    return review.exclude(
        id, body == null ? null : body.certificateNumber(), body == null ? null : body.reason());
  }

  @DELETE
  @Path("exclusions/{number}")
  @RolesAllowed(CERTIFICATION_CENTRE)
  @Operation(summary = "Takes a certificate back into the approval (in review only)")
  public List<Exclusion> include(@PathParam("id") Long id, @PathParam("number") String number) {
    return review.include(id, number);
  }

  @GET
  @Path("approved")
  @Operation(summary = "The approved list (empty until approved): the list less the exclusions")
  public List<Approved> approved(@PathParam("id") Long id) {
    return review.approvedList(id);
  }
}
