package cn.autogov.web.admin;

import static cn.autogov.access.Role.Names.ADMIN;

import cn.autogov.notification.Outbox;
import cn.autogov.notification.OutboxMessage;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The outbox's dead letters (SMS, email, partner calls given up after the last attempt). */
@Path("v1") // beside StaffResource's admin/outbox: a longer class path would hide it
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RolesAllowed(ADMIN)
public class DeadLetterResource {

  @Inject Outbox outbox;

  /** A message as administrators see it. */
  public record Letter(
      long id,
      String channel,
      String address,
      String text,
      String status,
      int attempts,
      String lastError,
      LocalDateTime createdAt) {
    static Letter of(OutboxMessage m) {
      return new Letter(
          m.getId(),
          m.getChannel().name(),
          m.getAddress(),
          m.getText(),
          m.getStatus().name(),
          m.getAttempts(),
          m.getLastError(),
          m.getCreatedAt());
    }
  }

  @GET
  @Path("admin/outbox/dead-letters")
  @Operation(summary = "Messages given up after their last attempt, newest first (up to 500)")
  public List<Letter> dead() {
    return outbox.dead(500).stream().map(Letter::of).toList();
  }

  @POST
  @Path("admin/outbox/{id}/resend")
  @Operation(summary = "Send a dead letter again, from a fresh count of attempts")
  public Letter resend(@PathParam("id") long id) {
    return Letter.of(outbox.resend(id));
  }
}
