package cn.autogov.web.identity;

import static cn.autogov.access.Role.Names.ADMIN;
import static cn.autogov.access.Role.Names.AGENT;
import static cn.autogov.access.Role.Names.CERTIFICATION_CENTRE;
import static cn.autogov.access.Role.Names.ENTERPRISE;
import static cn.autogov.access.Role.Names.REGISTERED;

import cn.autogov.document.store.FileStore;
import cn.autogov.document.store.StoredFileView;
import cn.autogov.identity.realname.RealNameService;
import cn.autogov.identity.recovery.RecoveryService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Downloads of uploaded materials through the API (the portal uses /files/...). */
@Path("v1/files")
@RequestScoped
public class FileResource {

  @Inject RealNameService realName;

  @Inject RecoveryService recovery;

  @Inject FileStore store;

  @GET
  @Path("real-name/{id}/{which}")
  @RolesAllowed({REGISTERED, AGENT, ENTERPRISE, ADMIN})
  @Operation(summary = "A real-name scan (id or licence): the applicant's own, or any for admins")
  public Response realName(@PathParam("id") Long id, @PathParam("which") String which) {
    return download(store, realName.scan(id, "licence".equals(which)));
  }

  @GET
  @Path("recovery/{id}/{slot}")
  @RolesAllowed({REGISTERED, AGENT, CERTIFICATION_CENTRE})
  @Operation(summary = "A material of an account recovery request")
  public Response recovery(@PathParam("id") Long id, @PathParam("slot") String slot) {
    return download(store, recovery.material(id, slot));
  }

  /** The file, streamed from the store a piece at a time. */
  public static Response download(FileStore store, StoredFileView f) {
    StreamingOutput body = out -> store.copy(f, out);
    return Response.ok(body, f.contentType())
        .header("Content-Length", f.sizeBytes())
        .header("X-Content-SHA256", f.sha256())
        .header("X-Content-Type-Options", "nosniff")
        .header("Cache-Control", "private, no-store")
        .header("Content-Disposition", "attachment")
        .build();
  }
}
