package cn.autogov.web.filing;

import static cn.autogov.access.Role.Names.AGENT;
import static cn.autogov.access.Role.Names.CERTIFICATION_CENTRE;
import static cn.autogov.access.Role.Names.COMMERCE_AUTHORITY;
import static cn.autogov.access.Role.Names.EKEY_PROVIDER;
import static cn.autogov.access.Role.Names.ENTERPRISE;
import static cn.autogov.access.Role.Names.ISSUING_AUTHORITY;
import static cn.autogov.access.Role.Names.REGISTERED;

import cn.autogov.document.store.Upload;
import cn.autogov.filing.application.FilingDetail;
import cn.autogov.filing.application.FilingService;
import cn.autogov.filing.domain.FormInput;
import cn.autogov.web.identity.ApiFile;
import cn.autogov.web.platform.JsonBodies;
import cn.autogov.web.platform.SpooledUploads;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Filings over REST, to work on: save the form, attach and remove materials, submit, withdraw,
 * delete — by the applicant, or by intake staff for a paper application; the same service, rules
 * and rights as the portal.
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
  EKEY_PROVIDER
})
public class FilingWorkResource {

  @jakarta.ejb.EJB cn.autogov.filing.application.FilingReader reader;

  @Inject FilingService filings;

  /**
   * The form's values by field name (a repeating field: an array of objects, column → value);
   * {@code complete} false for 暂存.
   */
  public record Form(Map<String, Object> values, boolean complete) {}

  @PUT
  @Path("filings/{id}/form")
  @Operation(summary = "Save the form: 暂存 (complete=false) or 保存 (complete=true: 待上报)")
  public FilingDetail save(@PathParam("id") Long id, Form f) {
    return filings.save(
        id, f == null ? Map.of() : FormInput.flatten(f.values()), f != null && f.complete());
  }

  @DELETE
  @Path("filings/{id}")
  @Operation(summary = "Delete a filing that was never submitted")
  public Response delete(@PathParam("id") Long id) {
    filings.delete(id);
    return Response.noContent().build();
  }

  @JsonBodies.Limit(2 * 1024 * 1024) // larger files: PUT application/octet-stream
  @PUT
  @Path("filings/{id}/materials/{slot}")
  @Operation(summary = "Upload a material (base64), checked by the slot's rule")
  public FilingDetail attach(@PathParam("id") Long id, @PathParam("slot") String slot, ApiFile f) {
    return filings.attach(id, slot, ApiFile.upload(slot, f));
  }

  @PUT
  @Path("filings/{id}/materials/{slot}")
  @Consumes(MediaType.APPLICATION_OCTET_STREAM)
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

  @JsonBodies.Limit(2 * 1024 * 1024) // larger sheets: PUT the .xlsx itself
  @PUT
  @Path("filings/{id}/rows/{table}")
  @Operation(
      summary =
          "Replace a table field's rows (合格证批量变更's list) by an xlsx sheet in base64 (the"
              + " platform's template: its header row names the columns), kept as 暂存; every wrong"
              + " cell named by row and column")
  public FilingDetail importRows(
      @PathParam("id") Long id, @PathParam("table") String table, ApiFile f) {
    if (f == null || f.base64() == null || f.base64().isBlank()) {
      var checks = new cn.autogov.kernel.Checks();
      checks.add(table, "input.sheet-not-xlsx");
      checks.throwIfAny();
    }
    byte[] bytes;
    try {
      bytes = java.util.Base64.getMimeDecoder().decode(f.base64());
    } catch (IllegalArgumentException e) {
      throw cn.autogov.kernel.InputRejectedException.of(table, "upload.base64");
    }
    return importSheet(id, table, new java.io.ByteArrayInputStream(bytes));
  }

  @PUT
  @Path("filings/{id}/rows/{table}")
  @Consumes({
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    MediaType.APPLICATION_OCTET_STREAM
  })
  @Operation(summary = "The same with the .xlsx as the request body (up to 5 MB)")
  public FilingDetail importRowsStream(
      @PathParam("id") Long id, @PathParam("table") String table, InputStream body) {
    return importSheet(id, table, JsonBodies.bounded(body, ROWS_MAX_BYTES));
  }

  private FilingDetail importSheet(Long id, String table, InputStream in) {
    java.util.List<java.util.List<String>> rows;
    try (in) {
      rows = cn.autogov.document.sheet.XlsxReader.rows(in, ROWS_READ);
    } catch (cn.autogov.document.sheet.XlsxReader.NotAWorkbook | java.io.IOException e) {
      if (e.getCause() instanceof JsonBodies.Refused tooLarge) {
        throw tooLarge;
      }
      var checks = new cn.autogov.kernel.Checks();
      checks.add(table, "input.sheet-not-xlsx");
      checks.throwIfAny();
      return null;
    }
    return filings.importRows(id, table, RowSheets.withCodes(reader.detail(id), table, rows));
  }

  /** The largest sheet imported: 5 MB holds far more than a table's rows. */
  private static final long ROWS_MAX_BYTES = 5L * 1024 * 1024;

  /** The most sheet rows read: a table's most, its header, and one to say "too many". */
  private static final int ROWS_READ = 1002;

  @DELETE
  @Path("filings/{id}/materials/{slot}")
  @Operation(summary = "Remove a material")
  public FilingDetail detach(@PathParam("id") Long id, @PathParam("slot") String slot) {
    return filings.detach(id, slot);
  }

  @POST
  @Path("filings/{id}/submit")
  @Operation(summary = "上报: checked complete, then to the first review stage")
  public FilingDetail submit(@PathParam("id") Long id) {
    return filings.submit(id);
  }

  @POST
  @Path("filings/{id}/withdraw")
  @Operation(summary = "撤回: only before a reviewer has taken it")
  public FilingDetail withdraw(@PathParam("id") Long id) {
    return filings.withdraw(id);
  }

  @POST
  @Path("filings/{id}/fulfilment")
  @Operation(summary = "办理: the applicant's own step after 审核通过 (确认已签收), by its code")
  public FilingDetail fulfil(@PathParam("id") Long id, ReviewResource.FulfilmentRequest r) {
    return filings.fulfil(id, r == null ? null : r.step(), r == null ? null : r.datum());
  }
}
