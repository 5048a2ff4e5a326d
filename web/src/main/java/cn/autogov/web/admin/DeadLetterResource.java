package cn.autogov.web.admin;

import static cn.autogov.access.Role.Names.ADMIN;

import cn.autogov.notification.Outbox;
import cn.autogov.notification.OutboxView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The outbox's dead letters (SMS, email, partner calls given up after the last attempt). */
@Path("v1") // beside StaffResource's admin/outbox: a longer class path would hide it
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RolesAllowed(ADMIN)
public class DeadLetterResource {

  @Inject Outbox outbox;

  @GET
  @Path("admin/outbox/dead-letters")
  @Operation(summary = "Messages given up after their last attempt, newest first (up to 500)")
  public List<OutboxView> dead() {
    return outbox.dead(500);
  }

  @POST
  @Path("admin/outbox/{id}/resend")
  @Operation(summary = "Send a dead letter again, from a fresh count of attempts")
  public OutboxView resend(@PathParam("id") long id) {
    return outbox.resend(id);
  }
}
