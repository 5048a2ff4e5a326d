package cn.autogov.web.usedcar;

import static cn.autogov.access.Role.Names.AGENT;
import static cn.autogov.access.Role.Names.ENTERPRISE;

import cn.autogov.kernel.InputRejectedException;
import cn.autogov.usedcar.application.SaleImports;
import cn.autogov.usedcar.application.SaleTemplate;
import cn.autogov.web.identity.ApiFile;
import cn.autogov.web.platform.ApiLanguage;
import cn.autogov.web.platform.JsonBodies;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * 表格下载 and 导入 of used-car sales over REST: the template, a dry run, a commit (all rows or none),
 * the error workbook. The file is the request body (.xlsx, at most 256 MB); its name in {@code
 * fileName}.
 */
@Path("v1/used-car")
@RequestScoped
@RolesAllowed({ENTERPRISE, AGENT})
@Tag(name = "Used-car circulation: sales")
public class SaleImportResource {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Inject SaleImports imports;

  @Context HttpHeaders headers;

  @GET
  @Path("sales/template")
  @Produces({XLSX, MediaType.APPLICATION_JSON})
  @Operation(
      summary =
          "表格下载: the import template — the columns, drop-down lists from the code lists, a sheet"
              + " of instructions — in the language of Accept-Language")
  public Response template() {
    Locale locale = ApiLanguage.of(headers);
    StreamingOutput body = out -> SaleTemplate.write(out, locale);
    return Response.ok(body, XLSX)
        .header("Content-Disposition", "attachment; filename=\"used-car-sales-template.xlsx\"")
        .build();
  }

  @POST
  @Path("imports")
  @Consumes({XLSX, MediaType.APPLICATION_OCTET_STREAM})
  @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
  @Operation(
      summary =
          "导入: commit=false (the default) checks every row and says what a commit would do"
              + " (nothing is written); commit=true records every row or none (400 with the report"
              + " when any row is wrong; 201 with it when done); rows recorded before are skipped")
  public Response importSales(
      @QueryParam("fileName") String fileName,
      @QueryParam("commit") boolean commit,
      InputStream body)
      throws IOException {
    Locale locale = ApiLanguage.of(headers);
    String name = fileName == null || fileName.isBlank() ? "sales.xlsx" : fileName;
    return ImportFiles.receive(
        body,
        file -> {
          try {
            var report = commit ? imports.commit(file, name) : imports.check(file, name);
            return Response.status(commit ? 201 : 200)
                .type(MediaType.APPLICATION_JSON + ";charset=UTF-8")
                .entity(ImportFiles.json(report, locale))
                .build();
          } catch (SaleImports.ImportRefusedException e) {
            return Response.status(400)
                .type(MediaType.APPLICATION_JSON + ";charset=UTF-8")
                .entity(ImportFiles.json(e.report(), locale))
                .build();
          }
        });
  }

  /** A small file in JSON: {"fileName": …, "base64": …} (up to 4 MB; larger ones as the body). */
  @JsonBodies.Limit(4 * 1024 * 1024)
  @POST
  @Path("imports")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
  @Operation(summary = "The same with the .xlsx in base64 JSON ({fileName, base64}, up to 4 MB)")
  public Response importSalesJson(@QueryParam("commit") boolean commit, ApiFile file)
      throws IOException {
    return importSales(
        file == null ? null : file.fileName(), commit, new ByteArrayInputStream(decoded(file)));
  }

  @JsonBodies.Limit(4 * 1024 * 1024)
  @POST
  @Path("imports/errors")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces({XLSX, MediaType.APPLICATION_JSON})
  @Operation(summary = "The same with the .xlsx in base64 JSON ({fileName, base64}, up to 4 MB)")
  public Response errorsJson(ApiFile file) throws IOException {
    return errors(file == null ? null : file.fileName(), new ByteArrayInputStream(decoded(file)));
  }

  private static byte[] decoded(ApiFile file) {
    if (file == null || file.base64() == null || file.base64().isBlank()) {
      throw InputRejectedException.of("file", "upload.missing");
    }
    try {
      return java.util.Base64.getMimeDecoder().decode(file.base64());
    } catch (IllegalArgumentException e) {
      throw InputRejectedException.of("file", "upload.base64");
    }
  }

  @POST
  @Path("imports/errors")
  @Consumes({XLSX, MediaType.APPLICATION_OCTET_STREAM})
  @Produces({XLSX, MediaType.APPLICATION_JSON})
  @Operation(
      summary =
          "The error workbook of a file: its rows with every wrong cell marked and noted, and a"
              + " column of each row's problems; nothing is written")
  public Response errors(@QueryParam("fileName") String fileName, InputStream body)
      throws IOException {
    Locale locale = ApiLanguage.of(headers);
    String name = fileName == null || fileName.isBlank() ? "sales.xlsx" : fileName;
    byte[] workbook =
        ImportFiles.receive(
            body,
            file -> {
              var out = new java.io.ByteArrayOutputStream();
              imports.errorWorkbook(file, name, locale, out);
              return out.toByteArray();
            });
    return Response.ok(workbook, XLSX)
        .header("Content-Disposition", "attachment; filename=\"used-car-sales-errors.xlsx\"")
        .build();
  }
}
