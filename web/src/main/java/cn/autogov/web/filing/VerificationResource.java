package cn.autogov.web.filing;

import cn.autogov.filing.application.FilingVerification;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** 备案核验 for machines (customs, banks): the same answer as the public verification page. */
@Path("v1/public/filing-verifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class VerificationResource {

  @Inject FilingVerification verification;

  @GET
  @PermitAll
  @Operation(
      summary =
          "Status and validity of a filing by its number and the verification code printed on its"
              + " PDFs; no login, no personal data; 404 when they do not match")
  public FilingVerification.Result verify(
      @QueryParam("number") String number, @QueryParam("code") String code) {
    return verification.verify(number, code).orElseThrow(NotFoundException::new);
  }
}
