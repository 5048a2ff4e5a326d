package cn.autogov.web.audit;

import static cn.autogov.access.Role.Names.ADMIN;

import cn.autogov.audit.application.AuditPage;
import cn.autogov.audit.application.AuditQuery;
import cn.autogov.audit.application.AuditTrail;
import cn.autogov.audit.domain.ChainCheck;
import cn.autogov.web.platform.Forms;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The audit trail for administrators. */
@Path("v1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RolesAllowed(ADMIN)
public class AuditResource {

  @Inject AuditTrail audit;

  @GET
  @Path("admin/audit")
  @Operation(
      summary =
          "Search the audit trail (newest first): actor, action or its start, subject, days"
              + " from/to (yyyy-MM-dd), page from 0, size up to 500")
  public AuditPage search(
      @QueryParam("actor") String actor,
      @QueryParam("action") String action,
      @QueryParam("subject") String subject,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("page") int page,
      @QueryParam("size") int size) {
    return audit.search(
        new AuditQuery(
            actor, action, subject, Forms.date("from", from), Forms.date("to", to), page, size));
  }

  @GET
  @Path("admin/audit/verification")
  @Operation(
      summary =
          "Walks the hash chain: entries checked, and the first missing, unlinked or altered entry")
  public ChainCheck.Result verify() {
    return audit.verify();
  }
}
