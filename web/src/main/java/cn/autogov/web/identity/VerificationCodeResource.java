package cn.autogov.web.identity;

import cn.autogov.identity.verification.Purpose;
import cn.autogov.identity.verification.VerificationCodes;
import cn.autogov.identity.verification.VerificationRefusedException;
import cn.autogov.kernel.DomainText;
import cn.autogov.kernel.identifier.InvalidIdentifierException;
import cn.autogov.kernel.identifier.VerdictText;
import cn.autogov.notification.Channel;
import cn.autogov.web.platform.ApiLanguage;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * POST /api/v1/verification-codes?channel=sms&amp;address=139...: sends a registration code. Public
 * (a person who registers has no account yet), limited per number and per caller. Codes for login,
 * phone change and password reset are sent by the flows that own them, after their own checks.
 */
@Path("v1/verification-codes")
@RequestScoped
@PermitAll
public class VerificationCodeResource {

  @Inject VerificationCodes codes;

  @POST
  @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
  @Operation(summary = "Send a registration verification code by SMS or email")
  public Response send(
      @QueryParam("channel") String channel,
      @QueryParam("address") String address,
      @Context HttpHeaders headers,
      @Context HttpServletRequest request) {
    Locale locale = ApiLanguage.of(headers);
    Channel ch = "email".equalsIgnoreCase(channel) ? Channel.EMAIL : Channel.SMS;
    try {
      codes.issue(ch, address, Purpose.REGISTRATION, request.getRemoteAddr());
      return Response.accepted(Map.of("message", DomainText.text(locale, "verification.sent")))
          .build();
    } catch (InvalidIdentifierException e) {
      return Response.status(400)
          .entity(Map.of("messages", VerdictText.messages(e.verdict(), locale)))
          .build();
    } catch (VerificationRefusedException e) {
      return Response.status(429)
          .entity(Map.of("message", DomainText.render(locale, e.key(), e.params())))
          .build();
    }
  }
}
