package cn.autogov.web.kernel;

import cn.autogov.reference.CodeView;
import cn.autogov.reference.ReferenceData;
import cn.autogov.reference.RegionView;
import jakarta.annotation.security.PermitAll;
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

/**
 * Reference data for address pickers and code drop-downs of partner front ends and the portal.
 * Public.
 */
@Path("v1")
@RequestScoped
@PermitAll
public class ReferenceResource {

  @Inject ReferenceData reference;

  @GET
  @Path("regions")
  @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
  @Operation(
      summary = "Administrative divisions (GB/T 2260)",
      description = "Without parent: the provinces; with parent: its cities, or a city's counties.")
  public List<RegionView> regions(@QueryParam("parent") String parent) {
    return reference.regions(parent == null || parent.isBlank() ? null : parent);
  }

  @GET
  @Path("reference-codes/{category}")
  @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
  @Operation(
      summary = "A code list",
      description =
          "Categories: plate_province, plate_type, use_nature, report_vehicle_class, organisation_type,"
              + " enterprise_nature, enterprise_scale, export_category.")
  public List<CodeView> codes(@PathParam("category") String category) {
    return reference.codes(category);
  }
}
