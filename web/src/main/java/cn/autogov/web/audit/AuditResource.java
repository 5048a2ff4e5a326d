package cn.autogov.web.audit;

import static cn.autogov.identity.domain.Role.Names.ADMIN;

import cn.autogov.audit.application.AuditTrail;
import cn.autogov.audit.domain.ChainCheck;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The audit trail for administrators. */
@Path("v1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class AuditResource {

  @Inject AuditTrail audit;

  @GET
  @Path("admin/audit/verification")
  @RolesAllowed(ADMIN)
  @Operation(
      summary =
          "Walks the hash chain: entries checked, and the first missing, unlinked or altered entry")
  public ChainCheck.Result verify() {
    return audit.verify();
  }
}
