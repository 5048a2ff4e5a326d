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
 * What anybody may ask of the e-key CA, signed out: the CRL every e-key certificate names in its
 * CRL distribution point, the OCSP responder its authority information access names, and the CA
 * chain to verify the certificates against.
 */
@Path("v1/pki")
@RequestScoped
@PermitAll
public class PkiResource {

  static final String CRL = "application/pkix-crl";

  @Inject EkeyCrls crls;

  /** The servlet response, to drop the deployment's default charset from binary answers. */
  @jakarta.ws.rs.core.Context jakarta.servlet.http.HttpServletResponse servletResponse;

  @Inject cn.autogov.ekey.application.EkeyOcsp ocsp;

  /** The largest OCSP request read (a request names a few certificates: some hundred bytes). */
  static final int OCSP_MOST = 16 * 1024;

  @GET
  @Path("ekey.crl")
  @Produces(CRL)
  @Operation(
      summary =
          "The e-key CRL (DER), signed by the issuing CA: every revoked e-key certificate with its"
              + " date and reason; next update as configured (autogov.ekey.crl.next-update-hours)")
  public Response crl() {
    binary();
    return Response.ok(crls.crl(), CRL).header("Cache-Control", "public, max-age=300").build();
  }

  @jakarta.ws.rs.POST
  @Path("ocsp")
  @jakarta.ws.rs.Consumes("application/ocsp-request")
  @Produces("application/ocsp-response")
  @Operation(
      summary =
          "OCSP (RFC 6960) for e-key certificates, answered and signed by the issuing CA: good,"
              + " revoked (date, reason) or unknown; a nonce is echoed; a request that is not OCSP"
              + " gets malformedRequest")
  public Response ocsp(java.io.InputStream body) throws java.io.IOException {
    byte[] request = body.readNBytes(OCSP_MOST + 1);
    byte[] answer = ocsp.respond(request.length > OCSP_MOST ? new byte[0] : request);
    binary();
    return Response.ok(answer, "application/ocsp-response")
        .header("Cache-Control", "no-store")
        .build();
  }

  /**
   * A binary answer carries no charset: web.xml's response-character-encoding (UTF-8, for the
   * pages) would append one, and OCSP clients refuse {@code application/ocsp-response;charset=…}.
   */
  private void binary() {
    servletResponse.setCharacterEncoding(null);
  }

  @GET
  @Path("ekey-ca.pem")
  @Produces("application/x-pem-file")
  @Operation(summary = "The e-key CA chain (PEM): the issuing CA, then the root")
  public Response chain() {
    return Response.ok(String.join("", crls.chain()), "application/x-pem-file").build();
  }
}
