package cn.autogov.web.ekey;

import cn.autogov.ekey.application.EkeyCrls;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * What anybody may fetch of the e-key CA, signed out: the CRL every e-key certificate names in its
 * CRL distribution point, and the CA chain to verify the certificates against.
 */
@Path("v1/pki")
@RequestScoped
@PermitAll
public class PkiResource {

  static final String CRL = "application/pkix-crl";

  @Inject EkeyCrls crls;

  @GET
  @Path("ekey.crl")
  @Produces(CRL)
  @Operation(
      summary =
          "The e-key CRL (DER), signed by the issuing CA: every revoked e-key certificate with its"
              + " date and reason; next update as configured (autogov.ekey.crl.next-update-hours)")
  public Response crl() {
    return Response.ok(crls.crl(), CRL).header("Cache-Control", "public, max-age=300").build();
  }

  @GET
  @Path("ekey-ca.pem")
  @Produces("application/x-pem-file")
  @Operation(summary = "The e-key CA chain (PEM): the issuing CA, then the root")
  public Response chain() {
    return Response.ok(String.join("", crls.chain()), "application/x-pem-file").build();
  }
}
