package cn.autogov.web.coc;

import static cn.autogov.access.Role.Names.AGENT;
import static cn.autogov.access.Role.Names.CERTIFICATION_CENTRE;
import static cn.autogov.access.Role.Names.ENTERPRISE;

import cn.autogov.coc.application.FrontStyleQueries;
import cn.autogov.coc.application.FrontStyleView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The register of certificate front styles (合格证正面样式, seed 000 §三/§四) with their periods. */
@Path("v1/coc/front-styles")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RolesAllowed({ENTERPRISE, AGENT, CERTIFICATION_CENTRE})
@Tag(name = "Certificate business: front styles")
public class FrontStyleResource {

  @Inject FrontStyleQueries styles;

  @GET
  @Path("mine")
  @RolesAllowed({ENTERPRISE, AGENT})
  @Operation(
      summary =
          "The acting enterprise's front styles, newest first: code (the sample image's name),"
              + " period (validFrom, validTo: the day before its replacement's switch-over), state"
              + " IN_USE / PENDING / ENDED")
  public List<FrontStyleView> mine() {
    return styles.mine();
  }

  @GET
  @RolesAllowed(CERTIFICATION_CENTRE)
  @Operation(summary = "Every enterprise's front styles, newest first (the centre's register)")
  public List<FrontStyleView> all() {
    return styles.all();
  }
}
