package cn.autogov.web.filing;

import static cn.autogov.access.Role.Names.ADMIN;
import static cn.autogov.access.Role.Names.AGENT;
import static cn.autogov.access.Role.Names.CERTIFICATION_CENTRE;
import static cn.autogov.access.Role.Names.COMMERCE_AUTHORITY;
import static cn.autogov.access.Role.Names.EKEY_PROVIDER;
import static cn.autogov.access.Role.Names.ENTERPRISE;
import static cn.autogov.access.Role.Names.ISSUING_AUTHORITY;
import static cn.autogov.access.Role.Names.REGISTERED;

import cn.autogov.audit.application.AuditView;
import cn.autogov.document.store.FileStore;
import cn.autogov.document.store.StoredFileView;
import cn.autogov.filing.application.FilingDetail;
import cn.autogov.filing.application.FilingDocument;
import cn.autogov.filing.application.FilingReader;
import cn.autogov.filing.application.TypeView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Filings over REST, to read: the types, a filing, its timeline, PDFs, audit trail and materials —
 * for the applicant, the reviewers (and intake staff) and the administrators; what each may see is
 * decided by the service ({@code FilingAccess}).
 */
@Path("v1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({
  ENTERPRISE,
  AGENT,
  REGISTERED,
  CERTIFICATION_CENTRE,
  COMMERCE_AUTHORITY,
  ISSUING_AUTHORITY,
  EKEY_PROVIDER,
  ADMIN
})
public class FilingResource {

  @Inject FilingReader reader;

  @Inject FileStore store;

  @GET
  @Path("filing-types")
  @Operation(summary = "Every filing type: form fields, material checklists, review route")
  public List<TypeView> types() {
    return reader.types();
  }

  @GET
  @Path("filings/{id}")
  @Operation(summary = "A filing: form, materials, changed values, history")
  public FilingDetail detail(@PathParam("id") Long id) {
    return reader.detail(id);
  }

  @GET
  @Path("filings/{id}/history")
  @Operation(summary = "A filing's timeline")
  public List<FilingDetail.Event> history(@PathParam("id") Long id) {
    return reader.detail(id).history();
  }

  @GET
  @Path("filings/{id}/documents/{kind}")
  @Produces({"application/pdf", MediaType.APPLICATION_JSON})
  @Operation(
      summary =
          "The filing's PDF: record (备案表, once submitted) or decision (审核决定书, once decided),"
              + " with a QR code to the public verification")
  public Response document(
      @PathParam("id") Long id,
      @PathParam("kind") String kind,
      @jakarta.ws.rs.core.Context jakarta.servlet.http.HttpServletRequest request) {
    FilingDocument doc = reader.document(id, FilingDocument.Kind.of(kind));
    String base = cn.autogov.web.platform.PublicUrl.of(request);
    jakarta.ws.rs.core.StreamingOutput body = out -> FilingPdfs.write(doc, base, out);
    return Response.ok(body, "application/pdf")
        .header("Content-Disposition", FilingPdfs.contentDisposition(doc))
        .header("Cache-Control", "private, no-store")
        .build();
  }

  @GET
  @Path("filings/{id}/audit")
  @Operation(summary = "Who did what to the filing, when, from where, and why (the audit trail)")
  public List<AuditView> audit(@PathParam("id") Long id) {
    return reader.audit(id);
  }

  @GET
  @Path("filings/{id}/materials/{slot}")
  @Produces(MediaType.WILDCARD)
  @Operation(summary = "Download a material")
  public Response material(
      @PathParam("id") Long id,
      @PathParam("slot") String slot,
      @QueryParam("version") Long version) {
    return download(store, reader.material(id, slot, version));
  }

  /** The file, streamed from the store a piece at a time. */
  private static Response download(FileStore store, StoredFileView f) {
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
