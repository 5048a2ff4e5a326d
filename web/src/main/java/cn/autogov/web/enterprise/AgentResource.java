package cn.autogov.web.enterprise;

import static cn.autogov.access.Role.Names.AGENT;

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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The agent's own: its one-click application (a filing, decided by the legal person on its
 * workbench: {@code /api/v1/review/filings}), the enterprises it acts for and the switcher. The
 * legal person's side is {@link EnterpriseAgentResource}.
 */
@Path("v1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(AGENT)
public class AgentResource {

  @Inject AgentService agents;

  @Inject AgentApplications applications;

  /** An application: the enterprise's name and credit code. */
  public record Application(String enterpriseName, String creditCode) {}

  /** The enterprise to act for. */
  public record Acting(Long enterpriseId) {}

  @POST
  @Path("me/agent-applications")
  @Operation(summary = "Apply to act for an enterprise as its agent (filed at once: 待审核)")
  public Response apply(Application a) {
    FilingView filed =
        applications.apply(
            a == null ? null : a.enterpriseName(), a == null ? null : a.creditCode());
    return Response.status(201).entity(filed).build();
  }

  @GET
  @Path("me/agent-applications")
  @Operation(summary = "The caller's applications, newest first")
  public List<AgentApplications.Mine> applications() {
    return applications.mine();
  }

  @GET
  @Path("me/agent-authorisations")
  @Operation(summary = "The enterprises the caller acts for")
  public List<AgentView> mine() {
    return agents.mine();
  }

  @PUT
  @Path("me/acting-enterprise")
  @Operation(summary = "Switch the enterprise the agent acts for")
  public Response switchTo(Acting acting) {
    agents.switchTo(acting == null ? null : acting.enterpriseId());
    return Response.noContent().build();
  }
}
