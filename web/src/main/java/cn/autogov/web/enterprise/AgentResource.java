package cn.autogov.web.enterprise;

import static cn.autogov.access.Role.Names.AGENT;
import static cn.autogov.access.Role.Names.ENTERPRISE;

import cn.autogov.account.application.AgentApplications;
import cn.autogov.enterprise.agent.AgentService;
import cn.autogov.enterprise.agent.AgentView;
import cn.autogov.filing.application.FilingView;
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

/**
 * Agents: the natural person's one-click application (a filing, decided by the legal person on its
 * workbench: {@code /api/v1/review/filings}), the enterprises it acts for and the switcher; the
 * legal person's agents and 撤销.
 */
@Path("v1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(ENTERPRISE)
public class AgentResource {

  @Inject AgentService agents;

  @Inject AgentApplications applications;

  /** An application: the enterprise's name and credit code. */
  public record Application(String enterpriseName, String creditCode) {}

  /** The enterprise to act for. */
  public record Acting(Long enterpriseId) {}

  /** A reason for revoking. */
  public record Remark(String remark) {}

  @POST
  @Path("me/agent-applications")
  @RolesAllowed(AGENT)
  @Operation(summary = "Apply to act for an enterprise as its agent (filed at once: 待审核)")
  public Response apply(Application a) {
    FilingView filed =
        applications.apply(
            a == null ? null : a.enterpriseName(), a == null ? null : a.creditCode());
    return Response.status(201).entity(filed).build();
  }

  @GET
  @Path("me/agent-applications")
  @RolesAllowed(AGENT)
  @Operation(summary = "The caller's applications, newest first")
  public List<AgentApplications.Mine> applications() {
    return applications.mine();
  }

  @GET
  @Path("me/agent-authorisations")
  @RolesAllowed(AGENT)
  @Operation(summary = "The enterprises the caller acts for")
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
  @Operation(summary = "The legal person's enterprise: its agents")
  public List<AgentView> ofMyEnterprise() {
    return agents.ofMyEnterprise();
  }

  @POST
  @Path("enterprise/agents/{id}/revoke")
  @Operation(summary = "Revoke an agent's authorisation (its application becomes 无效)")
  public Response revoke(@PathParam("id") Long id, Remark r) {
    applications.revoke(id, r == null ? null : r.remark());
    return Response.noContent().build();
  }
}
