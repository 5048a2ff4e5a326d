package cn.autogov.web.admin;

import static cn.autogov.access.Role.Names.ADMIN;

import cn.autogov.access.Role;
import cn.autogov.identity.application.StaffAccounts;
import cn.autogov.identity.application.StaffForm;
import cn.autogov.identity.application.StaffView;
import cn.autogov.identity.client.ClientKind;
import cn.autogov.identity.client.ClientRight;
import cn.autogov.identity.client.ClientView;
import cn.autogov.identity.client.SystemClients;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Administrators: staff accounts with roles and scopes, and system clients. */
@Path("v1")
@RequestScoped
@RolesAllowed(ADMIN)
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
public class StaffResource {

  @Inject StaffAccounts staff;

  @Inject SystemClients clients;

  @Inject cn.autogov.notification.Outbox outbox;

  @Inject cn.autogov.identity.application.ClientCertificates certificates;

  /** An X.509 certificate (PEM) to bind to an account: the e-key login seam. */
  public record CertificateBinding(String loginName, String pem) {}

  /** A message the development gateway "sent". */
  public record Message(String channel, String address, String text, java.time.LocalDateTime at) {}

  /** A new scope for a staff account. */
  public record Scope(Role role, String organisation, String regionCode) {}

  /** A new system client; its rights by their codes. */
  public record NewClient(
      String clientId,
      String name,
      ClientKind kind,
      @Schema(
              description =
                  "the rights by their codes (customs.verify, ...), as the WSDL and the message log"
                      + " spell them")
          Set<String> rights,
      @Schema(
              description =
                  "kind EKEY_PROVIDER only (required there): the login name of the e-key provider's"
                      + " staff account the system acts as; its id stands in the filings' history")
          String actsAs) {}

  @GET
  @Path("admin/staff")
  @Operation(summary = "Staff accounts")
  public List<StaffView> staff() {
    return staff.list();
  }

  @POST
  @Path("admin/staff")
  @Operation(summary = "Create a staff account (one-time password by SMS to its mobile)")
  public Response create(StaffForm f) {
    return Response.status(201).entity(staff.create(f)).build();
  }

  @PUT
  @Path("admin/staff/{id}/scope")
  @Operation(summary = "Change a staff account's role, organisation and division")
  public StaffView rescope(@PathParam("id") Long id, Scope s) {
    return staff.rescope(id, s.role(), s.organisation(), s.regionCode());
  }

  @POST
  @Path("admin/staff/{id}/disable")
  @Operation(summary = "Disable a staff account")
  public StaffView disable(@PathParam("id") Long id) {
    return staff.disable(id);
  }

  @POST
  @Path("admin/staff/{id}/enable")
  @Operation(summary = "Enable a staff account")
  public StaffView enable(@PathParam("id") Long id) {
    return staff.enable(id);
  }

  @POST
  @Path("admin/staff/{id}/password-reset")
  @Operation(summary = "New one-time password by SMS")
  public StaffView reset(@PathParam("id") Long id) {
    return staff.resetPassword(id);
  }

  @GET
  @Path("admin/outbox")
  @Operation(summary = "The development gateway's outbox: the latest 200 messages")
  public List<Message> outbox() {
    return outbox.latest(200).stream()
        .map(m -> new Message(m.channel().name(), m.address(), m.text(), m.createdAt()))
        .toList();
  }

  @POST
  @Path("admin/client-certificates")
  @Operation(
      summary = "Bind an e-key's X.509 certificate (PEM) to an account; answers its fingerprint")
  public Response bindCertificate(CertificateBinding b) {
    java.security.cert.X509Certificate cert;
    try {
      cert =
          (java.security.cert.X509Certificate)
              java.security.cert.CertificateFactory.getInstance("X.509")
                  .generateCertificate(
                      new java.io.ByteArrayInputStream(
                          (b == null || b.pem() == null ? "" : b.pem())
                              .getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
    } catch (java.security.cert.CertificateException e) {
      throw cn.autogov.kernel.InputRejectedException.of("pem", "certificate.unreadable");
    }
    String fp = certificates.bind(b.loginName(), cert);
    return Response.status(201).entity(java.util.Map.of("fingerprint", fp)).build();
  }

  @GET
  @Path("admin/system-clients")
  @Operation(summary = "System clients (tax, customs, CA)")
  public List<ClientView> clients() {
    return clients.list();
  }

  @POST
  @Path("admin/system-clients")
  @Operation(summary = "Create a system client; the answer carries its secret, once")
  public Response createClient(NewClient c) {
    return Response.status(201)
        .entity(
            clients.create(
                c.clientId(),
                c.name(),
                c.kind(),
                ClientRight.ofCodes("rights", c.rights()),
                c.actsAs()))
        .build();
  }

  @PUT
  @Path("admin/system-clients/{id}/rights")
  @Operation(summary = "Change a client's rights")
  public ClientView rights(@PathParam("id") Long id, Set<String> rights) {
    return clients.changeRights(id, ClientRight.ofCodes("rights", rights));
  }

  /** A partner system's callback URL (blank: none). */
  public record Callback(String callbackUrl) {}

  @PUT
  @Path("admin/system-clients/{id}/callback")
  @Operation(
      summary =
          "Set where AutoGov calls the client's system (POST of JSON events, signed by the platform"
              + " key, through the outbox); blank: nothing is pushed")
  public ClientView callback(@PathParam("id") Long id, Callback c) {
    return clients.changeCallback(id, c == null ? null : c.callbackUrl());
  }

  /** The X.509 certificate (PEM) a client signs its SOAP messages with. */
  public record SigningCertificate(String certificate) {}

  @PUT
  @Path("admin/system-clients/{id}/certificate")
  @Operation(
      summary =
          "Register the X.509 certificate (PEM, RSA >= 2048 bits) the client signs its messages to"
              + " /ws/CustomsSignedService with; replaces an earlier one")
  public ClientView certificate(@PathParam("id") Long id, SigningCertificate c) {
    return clients.registerCertificate(id, c == null ? null : c.certificate());
  }

  @DELETE
  @Path("admin/system-clients/{id}/certificate")
  @Operation(summary = "Remove the client's signing certificate (its signed messages are refused)")
  public ClientView removeCertificate(@PathParam("id") Long id) {
    return clients.removeCertificate(id);
  }

  /** A client's own rate limit; null: the platform's default. */
  public record Rate(Integer perSecond) {}

  @PUT
  @Path("admin/system-clients/{id}/rate")
  @Operation(
      summary =
          "Set the client's own rate limit (calls a second on each member, bursts of twice that);"
              + " null: AUTOGOV_EXCHANGE_RATE_PER_SECOND")
  public ClientView rate(@PathParam("id") Long id, Rate r) {
    return clients.changeRate(id, r == null ? null : r.perSecond());
  }

  @POST
  @Path("admin/system-clients/{id}/secret")
  @Operation(summary = "Replace a client's secret (answered once)")
  public ClientView secret(@PathParam("id") Long id) {
    return clients.newSecret(id);
  }

  @POST
  @Path("admin/system-clients/{id}/disable")
  @Operation(summary = "Disable a client")
  public ClientView disableClient(@PathParam("id") Long id) {
    return clients.disable(id);
  }

  @POST
  @Path("admin/system-clients/{id}/enable")
  @Operation(summary = "Enable a client")
  public ClientView enableClient(@PathParam("id") Long id) {
    return clients.enable(id);
  }
}
