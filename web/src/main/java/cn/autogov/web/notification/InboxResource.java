package cn.autogov.web.notification;

import static cn.autogov.access.Role.Names.ADMIN;
import static cn.autogov.access.Role.Names.AGENT;
import static cn.autogov.access.Role.Names.CERTIFICATION_CENTRE;
import static cn.autogov.access.Role.Names.COMMERCE_AUTHORITY;
import static cn.autogov.access.Role.Names.EKEY_PROVIDER;
import static cn.autogov.access.Role.Names.ENTERPRISE;
import static cn.autogov.access.Role.Names.ISSUING_AUTHORITY;
import static cn.autogov.access.Role.Names.REGISTERED;

import cn.autogov.notification.Inbox;
import cn.autogov.notification.InboxView;
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

/** 站内消息 over the API: the caller's own inbox. */
@Path("v1/inbox")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RolesAllowed({
  REGISTERED,
  ENTERPRISE,
  AGENT,
  CERTIFICATION_CENTRE,
  COMMERCE_AUTHORITY,
  ISSUING_AUTHORITY,
  EKEY_PROVIDER,
  ADMIN
})
public class InboxResource {

  @Inject Inbox inbox;

  @GET
  @Operation(summary = "The caller's messages, newest first (key and arguments)")
  public List<InboxView> mine() {
    return inbox.mine(200);
  }

  @POST
  @Path("{id}/read")
  @Operation(summary = "Mark one of the caller's messages read")
  public InboxView read(@PathParam("id") Long id) {
    return inbox.read(id);
  }
}
