package cn.autogov.web.filing;

import static cn.autogov.access.Role.Names.ADMIN;
import static cn.autogov.access.Role.Names.AGENT;
import static cn.autogov.access.Role.Names.CERTIFICATION_CENTRE;
import static cn.autogov.access.Role.Names.COMMERCE_AUTHORITY;
import static cn.autogov.access.Role.Names.EKEY_PROVIDER;
import static cn.autogov.access.Role.Names.ENTERPRISE;
import static cn.autogov.access.Role.Names.ISSUING_AUTHORITY;

import cn.autogov.audit.application.AuditView;
import cn.autogov.document.store.FileStore;
import cn.autogov.document.store.Upload;
import cn.autogov.filing.application.FilingDetail;
import cn.autogov.filing.application.FilingDocument;
import cn.autogov.filing.application.FilingReader;
import cn.autogov.filing.application.FilingService;
import cn.autogov.filing.application.FilingView;
import cn.autogov.filing.application.TypeView;
import cn.autogov.filing.domain.FormInput;
import cn.autogov.web.identity.ApiFile;
import cn.autogov.web.identity.FileResource;
import cn.autogov.web.platform.JsonBodies;
import cn.autogov.web.platform.SpooledUploads;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Filings over REST: the applicant's (and, for paper applications, the intake staff's) work on a
 * filing; the same service, rules and rights as the portal.
 */
@Path("v1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
public class FilingResource {

  @Inject FilingService filings;

  @Inject FilingReader reader;

  @Inject FileStore store;

  /** Which type to start. */
  public record Start(String type) {}

  /**
   * The form's values by field name (a repeating field: an array of objects, column → value);
   * {@code complete} false for 暂存.
   */
  public record Form(Map<String, Object> values, boolean complete) {}

  @GET
  @Path("filing-types")
  @RolesAllowed({
    ENTERPRISE,
    AGENT,
    CERTIFICATION_CENTRE,
    COMMERCE_AUTHORITY,
    ISSUING_AUTHORITY,
    EKEY_PROVIDER,
    ADMIN
  })
  @Operation(summary = "Every filing type: form fields, material checklists, review route")
  public List<TypeView> types() {
    return reader.types();
  }

  @GET
  @Path("filings")
  @RolesAllowed({ENTERPRISE, AGENT})
  @Operation(summary = "The enterprise's filings, newest first, with the operations each allows")
  public List<FilingView> mine() {
    return filings.mine();
  }

  @POST
  @Path("filings")
  @RolesAllowed({ENTERPRISE, AGENT})
  @Operation(summary = "Start a filing (暂存), its form prefilled from the enterprise")
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

  @GET
  @Path("filings/{id}")
  @RolesAllowed({
    ENTERPRISE,
    AGENT,
    CERTIFICATION_CENTRE,
    COMMERCE_AUTHORITY,
    ISSUING_AUTHORITY,
    EKEY_PROVIDER,
    ADMIN
  })
  @Operation(summary = "A filing: form, materials, changed values, history")
  public FilingDetail detail(@PathParam("id") Long id) {
    return reader.detail(id);
  }

  @GET
  @Path("filings/{id}/history")
  @RolesAllowed({
    ENTERPRISE,
    AGENT,
    CERTIFICATION_CENTRE,
    COMMERCE_AUTHORITY,
    ISSUING_AUTHORITY,
    EKEY_PROVIDER,
    ADMIN
  })
  @Operation(summary = "A filing's timeline")
  public List<FilingDetail.Event> history(@PathParam("id") Long id) {
    return reader.detail(id).history();
  }

  @GET
  @Path("filings/{id}/documents/{kind}")
  @Produces({"application/pdf", MediaType.APPLICATION_JSON})
  @RolesAllowed({
    ENTERPRISE,
    AGENT,
    CERTIFICATION_CENTRE,
    COMMERCE_AUTHORITY,
    ISSUING_AUTHORITY,
    EKEY_PROVIDER,
    ADMIN
  })
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
  @RolesAllowed({
    ENTERPRISE,
    AGENT,
    CERTIFICATION_CENTRE,
    COMMERCE_AUTHORITY,
    ISSUING_AUTHORITY,
    EKEY_PROVIDER,
    ADMIN
  })
  @Operation(summary = "Who did what to the filing, when, from where, and why (the audit trail)")
  public List<AuditView> audit(@PathParam("id") Long id) {
    return reader.audit(id);
  }

  @PUT
  @Path("filings/{id}/form")
  @RolesAllowed({
    ENTERPRISE,
    AGENT,
    CERTIFICATION_CENTRE,
    COMMERCE_AUTHORITY,
    ISSUING_AUTHORITY,
    EKEY_PROVIDER
  })
  @Operation(summary = "Save the form: 暂存 (complete=false) or 保存 (complete=true: 待上报)")
  public FilingDetail save(@PathParam("id") Long id, Form f) {
    return filings.save(
        id, f == null ? Map.of() : FormInput.flatten(f.values()), f != null && f.complete());
  }

  @DELETE
  @Path("filings/{id}")
  @RolesAllowed({
    ENTERPRISE,
    AGENT,
    CERTIFICATION_CENTRE,
    COMMERCE_AUTHORITY,
    ISSUING_AUTHORITY,
    EKEY_PROVIDER
  })
  @Operation(summary = "Delete a filing that was never submitted")
  public Response delete(@PathParam("id") Long id) {
    filings.delete(id);
    return Response.noContent().build();
  }

  @JsonBodies.Limit(2 * 1024 * 1024) // larger files: PUT application/octet-stream
  @PUT
  @Path("filings/{id}/materials/{slot}")
  @RolesAllowed({
    ENTERPRISE,
    AGENT,
    CERTIFICATION_CENTRE,
    COMMERCE_AUTHORITY,
    ISSUING_AUTHORITY,
    EKEY_PROVIDER
  })
  @Operation(summary = "Upload a material (base64), checked by the slot's rule")
  public FilingDetail attach(@PathParam("id") Long id, @PathParam("slot") String slot, ApiFile f) {
    return filings.attach(id, slot, ApiFile.upload(slot, f));
  }

  @PUT
  @Path("filings/{id}/materials/{slot}")
  @Consumes(MediaType.APPLICATION_OCTET_STREAM)
  @RolesAllowed({
    ENTERPRISE,
    AGENT,
    CERTIFICATION_CENTRE,
    COMMERCE_AUTHORITY,
    ISSUING_AUTHORITY,
    EKEY_PROVIDER
  })
  @Operation(
      summary =
          "Upload a material as the request body (streamed; name in ?fileName=), checked by the"
              + " slot's rule")
  public FilingDetail attachStream(
      @PathParam("id") Long id,
      @PathParam("slot") String slot,
      @QueryParam("fileName") String fileName,
      InputStream body) {
    return filings.attach(id, slot, SpooledUploads.track(Upload.spool(fileName, body)));
  }

  @DELETE
  @Path("filings/{id}/materials/{slot}")
  @RolesAllowed({
    ENTERPRISE,
    AGENT,
    CERTIFICATION_CENTRE,
    COMMERCE_AUTHORITY,
    ISSUING_AUTHORITY,
    EKEY_PROVIDER
  })
  @Operation(summary = "Remove a material")
  public FilingDetail detach(@PathParam("id") Long id, @PathParam("slot") String slot) {
    return filings.detach(id, slot);
  }

  @GET
  @Path("filings/{id}/materials/{slot}")
  @Produces(MediaType.WILDCARD)
  @RolesAllowed({
    ENTERPRISE,
    AGENT,
    CERTIFICATION_CENTRE,
    COMMERCE_AUTHORITY,
    ISSUING_AUTHORITY,
    EKEY_PROVIDER,
    ADMIN
  })
  @Operation(summary = "Download a material")
  public Response material(
      @PathParam("id") Long id,
      @PathParam("slot") String slot,
      @QueryParam("version") Long version) {
    return FileResource.download(store, reader.material(id, slot, version));
  }

  @POST
  @Path("filings/{id}/submit")
  @RolesAllowed({
    ENTERPRISE,
    AGENT,
    CERTIFICATION_CENTRE,
    COMMERCE_AUTHORITY,
    ISSUING_AUTHORITY,
    EKEY_PROVIDER
  })
  @Operation(summary = "上报: checked complete, then to the first review stage")
  public FilingDetail submit(@PathParam("id") Long id) {
    return filings.submit(id);
  }

  @POST
  @Path("filings/{id}/withdraw")
  @RolesAllowed({
    ENTERPRISE,
    AGENT,
    CERTIFICATION_CENTRE,
    COMMERCE_AUTHORITY,
    ISSUING_AUTHORITY,
    EKEY_PROVIDER
  })
  @Operation(summary = "撤回: only before a reviewer has taken it")
  public FilingDetail withdraw(@PathParam("id") Long id) {
    return filings.withdraw(id);
  }
}
