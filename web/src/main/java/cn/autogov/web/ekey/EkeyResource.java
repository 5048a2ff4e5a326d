package cn.autogov.web.ekey;

import static cn.autogov.access.Role.Names.AGENT;
import static cn.autogov.access.Role.Names.EKEY_PROVIDER;
import static cn.autogov.access.Role.Names.ENTERPRISE;
import static cn.autogov.access.Role.Names.ISSUING_AUTHORITY;

import cn.autogov.ekey.application.EkeyIssuance;
import cn.autogov.ekey.application.EkeyRegistry;
import cn.autogov.ekey.application.KeyView;
import cn.autogov.web.platform.JsonBodies;
import cn.autogov.web.platform.PublicUrl;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * E-keys over REST: the enterprise's own keys and their certificates; 制作 for the e-key provider —
 * the token's PKCS#10 request in, the certificate the platform's CA signed out. The applications
 * themselves go through the filing API ({@code /api/v1/filings}, {@code /api/v1/reviews}).
 */
@Path("v1/ekey")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RolesAllowed({ENTERPRISE, AGENT, ISSUING_AUTHORITY, EKEY_PROVIDER})
public class EkeyResource {

  @Inject EkeyIssuance issuance;

  @Inject EkeyRegistry keys;

  @Context HttpServletRequest request;

  /** 制作: the token's certificate request (PEM). */
  public record MakeRequest(String csr) {}

  @POST
  @Path("applications/{id}/certificate")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(EKEY_PROVIDER)
  @JsonBodies.Limit(32 * 1024)
  @Operation(
      summary =
          "制作: issue the e-key certificate of an application waiting to be made, from the token's"
              + " PKCS#10 request (csr, PEM; RSA ≥ 2048 or EC ≥ 256 bits, signed by its key). 201 with"
              + " the serial, the certificate and the CA chain (PEM); the step 制作 is recorded. A 补办,"
              + " 更新 or 企业代码变更 revokes the key's certificate before.")
  public Response make(@PathParam("id") Long id, MakeRequest r) {
    var issued = issuance.make(id, r == null ? null : r.csr(), PublicUrl.of(request));
    return Response.status(Response.Status.CREATED).entity(issued).build();
  }

  @GET
  @Path("keys")
  @RolesAllowed({ENTERPRISE, AGENT})
  @Operation(summary = "The caller's enterprise's e-keys: user name, status, code, serial, expiry")
  public List<KeyView> mine() {
    return keys.mine();
  }

  @GET
  @Path("key-search")
  @RolesAllowed(EKEY_PROVIDER)
  @Operation(
      summary =
          "The keys whose certificate carries this enterprise code, or carried it before 企业代码变更"
              + " (the old 13-digit code still finds the key)")
  public List<KeyView> withCode(@jakarta.ws.rs.QueryParam("code") String code) {
    return keys.withCode(code);
  }

  @POST
  @Path("keys/{userName}/revocation")
  @RolesAllowed(EKEY_PROVIDER)
  @Operation(
      summary =
          "Revokes a key's current certificate at once (reason KEY_COMPROMISE, AFFILIATION_CHANGED,"
              + " SUPERSEDED or CESSATION_OF_OPERATION): on the CRL and by OCSP, refused by the e-key"
              + " login; the key stays for 补办 or 更新")
  public KeyView revoke(
      @PathParam("userName") String userName, @jakarta.ws.rs.QueryParam("reason") String reason) {
    return keys.revokeCurrent(userName, reason);
  }

  @GET
  @Path("keys/{userName}/certificate")
  @Produces({"application/x-pem-file", MediaType.APPLICATION_JSON})
  @RolesAllowed({ENTERPRISE, AGENT, EKEY_PROVIDER})
  @Operation(
      summary = "The current certificate of a key, PEM: its enterprise's, or any for the provider")
  public Response certificate(@PathParam("userName") String userName) {
    return Response.ok(keys.certificateOf(userName), "application/x-pem-file")
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + userName.replaceAll("[^A-Za-z]", "") + ".pem\"")
        .build();
  }
}
