package cn.autogov.web.coc;

import static cn.autogov.access.Role.Names.AGENT;
import static cn.autogov.access.Role.Names.CERTIFICATION_CENTRE;
import static cn.autogov.access.Role.Names.ENTERPRISE;

import cn.autogov.coc.application.OpeningQueries;
import cn.autogov.coc.application.OpeningView;
import cn.autogov.coc.application.TaxExchange.EnterpriseOpenings;
import cn.autogov.coc.domain.OpeningStatus;
import cn.autogov.kernel.Checks;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * 系统开通 and plants (seed 000 §九–§十一) in the portal: the acting enterprise's own; the certification
 * centre's list of every enterprise's, and one enterprise's.
 */
@Path("v1/coc")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RolesAllowed({ENTERPRISE, AGENT, CERTIFICATION_CENTRE})
@Tag(name = "Certificate business: system openings")
public class OpeningResource {

  @Inject OpeningQueries queries;

  @GET
  @Path("openings/mine")
  @RolesAllowed({ENTERPRISE, AGENT})
  @Operation(
      summary =
          "The acting enterprise's plants (生产厂) and system openings, each 待开通 (AWAITING),"
              + " 已开通 (OPENED) or 开通失败 (REFUSED, with the tax side's reason)")
  public EnterpriseOpenings mine() {
    return queries.mine();
  }

  @GET
  @Path("openings")
  @RolesAllowed(CERTIFICATION_CENTRE)
  @Operation(summary = "Every enterprise's system openings, newest first; status filters")
  public List<OpeningView> openings(@QueryParam("status") String status) {
    return queries.openings(status(status));
  }

  @GET
  @Path("enterprises/{id}/openings")
  @Operation(summary = "One enterprise's plants and system openings, within the caller's scope")
  public EnterpriseOpenings of(@PathParam("id") Long id) {
    return queries.of(id);
  }

  private static OpeningStatus status(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    try {
      return OpeningStatus.valueOf(s.strip());
    } catch (IllegalArgumentException e) {
      var checks = new Checks();
      checks.add("status", "input.not-an-option");
      checks.throwIfAny();
      return null;
    }
  }
}
