package cn.autogov.web.identity;

import static cn.autogov.access.Role.Names.AGENT;
import static cn.autogov.access.Role.Names.ENTERPRISE;

import cn.autogov.identity.agent.AgentService;
import cn.autogov.identity.agent.AgentView;
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

/** Agents: the natural person's applications and switcher; the legal person's decisions. */
@Path("v1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(ENTERPRISE)
public class AgentResource {

  @Inject AgentService agents;

  /** An application: the enterprise's name and credit code. */
  public record Application(String enterpriseName, String creditCode) {}

  /** The enterprise to act for. */
  public record Acting(Long enterpriseId) {}

  /** A reason for rejecting or revoking. */
  public record Remark(String remark) {}

  @POST
  @Path("me/agent-authorisations")
  @RolesAllowed(AGENT)
  @Operation(summary = "Apply to act for an enterprise as its agent")
  public Response apply(Application a) {
    return Response.status(201).entity(agents.apply(a.enterpriseName(), a.creditCode())).build();
  }

  @GET
  @Path("me/agent-authorisations")
  @RolesAllowed(AGENT)
  @Operation(summary = "The caller's applications and authorisations")
  public List<AgentView> mine() {
    return agents.mine();
  }

  @PUT
  @Path("me/acting-enterprise")
  @RolesAllowed(AGENT)
  @Operation(summary = "Switch the enterprise the agent acts for")
  public Response switchTo(Acting acting) {
    agents.switchTo(acting == null ? null : acting.enterpriseId());
    return Response.noContent().build();
  }

  @GET
  @Path("enterprise/agents")
  @Operation(summary = "The legal person's enterprise: its agents and applications")
  public List<AgentView> ofMyEnterprise() {
    return agents.ofMyEnterprise();
  }

  @POST
  @Path("enterprise/agents/{id}/approve")
  @Operation(summary = "Approve an agent application")
  public AgentView approve(@PathParam("id") Long id) {
    return agents.approve(id);
  }

  @POST
  @Path("enterprise/agents/{id}/reject")
  @Operation(summary = "Reject an agent application")
  public AgentView reject(@PathParam("id") Long id, Remark r) {
    return agents.reject(id, r == null ? null : r.remark());
  }

  @POST
  @Path("enterprise/agents/{id}/revoke")
  @Operation(summary = "Revoke an agent's authorisation")
  public AgentView revoke(@PathParam("id") Long id, Remark r) {
    return agents.revoke(id, r == null ? null : r.remark());
  }
}
