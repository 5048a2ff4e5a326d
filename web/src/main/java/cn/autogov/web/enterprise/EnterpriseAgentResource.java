package cn.autogov.web.enterprise;

import static cn.autogov.access.Role.Names.ENTERPRISE;

import cn.autogov.account.application.AgentApplications;
import cn.autogov.enterprise.agent.AgentService;
import cn.autogov.enterprise.agent.AgentView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The legal person's agents and 撤销 (their applications are decided on its workbench). */
@Path("v1/enterprise/agents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(ENTERPRISE)
public class EnterpriseAgentResource {

  @Inject AgentService agents;

  @Inject AgentApplications applications;

  /** A reason for revoking. */
  public record Remark(String remark) {}

  @GET
  @Operation(summary = "The legal person's enterprise: its agents")
  public List<AgentView> ofMyEnterprise() {
    return agents.ofMyEnterprise();
  }

  @POST
  @Path("{id}/revoke")
  @Operation(summary = "Revoke an agent's authorisation (its application becomes 无效)")
  public Response revoke(@PathParam("id") Long id, Remark r) {
    applications.revoke(id, r == null ? null : r.remark());
    return Response.noContent().build();
  }
}
