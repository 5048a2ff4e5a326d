package cn.autogov.web.filing;

import static cn.autogov.access.Role.Names.ADMIN;
import static cn.autogov.access.Role.Names.CERTIFICATION_CENTRE;
import static cn.autogov.access.Role.Names.COMMERCE_AUTHORITY;
import static cn.autogov.access.Role.Names.EKEY_PROVIDER;
import static cn.autogov.access.Role.Names.ISSUING_AUTHORITY;

import cn.autogov.filing.application.RemarkTemplates;
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
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The reviewing organisations' remark templates (a shared one is the whole role's): their staff's
 * alone, not a legal person's, who decides on the workbench too.
 */
@Path("v1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({CERTIFICATION_CENTRE, COMMERCE_AUTHORITY, ISSUING_AUTHORITY, EKEY_PROVIDER, ADMIN})
public class RemarkTemplateResource {

  @Inject RemarkTemplates templates;

  public record Template(String text, boolean shared) {}

  @GET
  @Path("review/remark-templates")
  @Operation(summary = "The caller's and the role's shared remark templates")
  public List<RemarkTemplates.View> templates() {
    return templates.visible();
  }

  @POST
  @Path("review/remark-templates")
  @Operation(summary = "Add a remark template (shared: for the whole role)")
  public Response addTemplate(Template t) {
    return Response.status(201)
        .entity(templates.add(t == null ? null : t.text(), t != null && t.shared()))
        .build();
  }

  @DELETE
  @Path("review/remark-templates/{id}")
  @Operation(summary = "Remove one of the caller's templates")
  public Response removeTemplate(@PathParam("id") Long id) {
    templates.remove(id);
    return Response.noContent().build();
  }
}
