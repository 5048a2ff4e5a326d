package cn.autogov.web.enterprise;

import static cn.autogov.access.Role.Names.ADMIN;
import static cn.autogov.access.Role.Names.AGENT;
import static cn.autogov.access.Role.Names.CERTIFICATION_CENTRE;
import static cn.autogov.access.Role.Names.COMMERCE_AUTHORITY;
import static cn.autogov.access.Role.Names.EKEY_PROVIDER;
import static cn.autogov.access.Role.Names.ENTERPRISE;
import static cn.autogov.access.Role.Names.ISSUING_AUTHORITY;

import cn.autogov.enterprise.application.ActionView;
import cn.autogov.enterprise.application.EnterpriseService;
import cn.autogov.enterprise.application.EnterpriseView;
import cn.autogov.enterprise.application.SubEnterpriseForm;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Enterprises within the caller's scope; the acting enterprise's own data; sub-enterprises. */
@Path("v1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ENTERPRISE, AGENT})
public class EnterpriseResource {

  @Inject EnterpriseService enterprises;

  /** A new contact address. */
  public record Address(String address) {}

  @GET
  @Path("enterprise")
  @Operation(summary = "The enterprise the caller acts for")
  public EnterpriseView mine() {
    return enterprises.mine();
  }

  @PUT
  @Path("enterprise/address")
  @Operation(summary = "Change the acting enterprise's contact address (recorded)")
  public EnterpriseView changeAddress(Address a) {
    return enterprises.changeAddress(a == null ? null : a.address());
  }

  @GET
  @Path("enterprise/activity")
  @Operation(summary = "Who did what for the acting enterprise")
  public List<ActionView> activity() {
    return enterprises.activity();
  }

  @GET
  @Path("enterprise/sub-enterprises")
  @RolesAllowed(ENTERPRISE)
  @Operation(summary = "The legal person's sub-enterprises")
  public List<EnterpriseView> children() {
    return enterprises.children();
  }

  @GET
  @Path("enterprises")
  @RolesAllowed({CERTIFICATION_CENTRE, COMMERCE_AUTHORITY, ISSUING_AUTHORITY, EKEY_PROVIDER, ADMIN})
  @Operation(
      summary =
          "The enterprises in the caller's scope (division or national); with `code`, those known"
              + " by it — their credit code, or a code they had before 企业代码变更 (formerCodes)")
  public List<EnterpriseView> directory(@jakarta.ws.rs.QueryParam("code") String code) {
    return enterprises.directory(code);
  }

  @GET
  @Path("enterprises/{id}")
  @RolesAllowed({
    ENTERPRISE,
    AGENT,
    CERTIFICATION_CENTRE,
    COMMERCE_AUTHORITY,
    ISSUING_AUTHORITY,
    EKEY_PROVIDER,
    ADMIN
  })
  @Operation(summary = "One enterprise, if in the caller's scope (else 404)")
  public EnterpriseView find(@PathParam("id") Long id) {
    return enterprises.find(id);
  }

  @POST
  @Path("admin/sub-enterprises")
  @RolesAllowed(ADMIN)
  @Operation(summary = "Open a sub-enterprise with its own account under a parent")
  public Response openSub(SubEnterpriseForm f) {
    return Response.status(201).entity(enterprises.openSubEnterprise(f)).build();
  }
}
