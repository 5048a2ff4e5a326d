package cn.autogov.web.identity;

import static cn.autogov.access.Role.Names.ADMIN;
import static cn.autogov.access.Role.Names.AGENT;
import static cn.autogov.access.Role.Names.CERTIFICATION_CENTRE;
import static cn.autogov.access.Role.Names.COMMERCE_AUTHORITY;
import static cn.autogov.access.Role.Names.EKEY_PROVIDER;
import static cn.autogov.access.Role.Names.ENTERPRISE;
import static cn.autogov.access.Role.Names.ISSUING_AUTHORITY;
import static cn.autogov.access.Role.Names.REGISTERED;

import cn.autogov.identity.application.AccountService;
import cn.autogov.identity.application.AccountView;
import cn.autogov.identity.application.LoginResult;
import cn.autogov.identity.application.LoginStep;
import cn.autogov.identity.application.PasswordResets;
import cn.autogov.identity.application.RegistrationForm;
import cn.autogov.identity.domain.LoginOutcome;
import cn.autogov.identity.session.AccountSession.SessionChannel;
import cn.autogov.identity.session.SessionRegistry;
import cn.autogov.identity.session.SessionRequest;
import cn.autogov.identity.session.SessionView;
import cn.autogov.kernel.DomainText;
import cn.autogov.web.platform.ApiLanguage;
import cn.autogov.web.platform.JsonBodies;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Registration, login (password, then SMS code; the answer is a bearer token), the caller's account
 * and sessions. The same operations as the portal's register, login and "my account" pages.
 */
@Path("v1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({
  REGISTERED,
  ENTERPRISE,
  AGENT,
  CERTIFICATION_CENTRE,
  COMMERCE_AUTHORITY,
  ISSUING_AUTHORITY,
  EKEY_PROVIDER,
  ADMIN
}) // every signed-in account; registration and the login steps are @PermitAll
public class AccountResource {

  @Inject AccountService accounts;

  @Inject PasswordResets resets;

  @Inject SessionRegistry sessions;

  @Context HttpHeaders headers;

  @Context HttpServletRequest request;

  /** Credentials of the password step. */
  public record PasswordStep(String identifier, String password) {}

  /** The SMS code step. */
  public record CodeStep(String loginName, String code) {}

  /** 忘记密码, first step: whose password (login name, credit code or ID number). */
  public record ResetRequest(String identifier) {}

  /** 忘记密码, second step: the code the bound mobile received and the new password. */
  public record Reset(String identifier, String code, String newPassword, String confirmation) {}

  /** A new mobile number and, to bind it, its code. */
  public record MobileChange(String mobile, String code) {}

  /** A new password for the caller's own account. */
  public record PasswordChange(String currentPassword, String newPassword, String confirmation) {}

  @JsonBodies.Limit(8 * 1024) // registration: small, before any authentication
  @POST
  @Path("registrations")
  @PermitAll
  @Operation(
      summary = "Register an account (the mobile number's SMS code from /v1/verification-codes)")
  public Response register(RegistrationForm form) {
    return Response.status(201).entity(accounts.register(form)).build();
  }

  @JsonBodies.Limit(4 * 1024) // sign-in: small, before any authentication
  @POST
  @Path("sessions")
  @PermitAll
  @Operation(
      summary =
          "Login step 1: login name, credit code or ID number with the password; sends the SMS code"
              + " (an account without a mobile number gets its token at once)")
  public Response passwordStep(PasswordStep step) {
    LoginStep result =
        accounts.checkPassword(step.identifier(), step.password(), request.getRemoteAddr());
    if (!result.passwordAccepted()) {
      return refused(result.outcome(), null);
    }
    if (!result.needsCode()) {
      return issued(accounts.loginWithoutMobile(step.identifier(), step.password(), session()));
    }
    Map<String, Object> body = new HashMap<>();
    body.put("loginName", result.loginName());
    body.put("maskedMobile", result.maskedMobile());
    body.put("codeSent", result.codeSent());
    body.put("resendInSeconds", result.resendInSeconds());
    if (result.demoCode() != null) {
      body.put("demoCode", result.demoCode()); // demo mode only: no SMS really goes out
    }
    if (result.refusalKey() != null) {
      body.put(
          "message",
          DomainText.render(
              ApiLanguage.of(headers),
              "verification.enter-sent",
              Map.of("seconds", Math.max(1, result.resendInSeconds()))));
    }
    return Response.accepted(body).build();
  }

  @POST
  @Path("password-resets")
  @PermitAll
  @JsonBodies.Limit(4 * 1024) // before any authentication: small
  @Operation(
      summary =
          "忘记密码, step 1: a code to the account's bound mobile; the same answer whether or not the"
              + " account exists")
  public Response requestReset(ResetRequest r) {
    resets.requestPasswordReset(r.identifier(), request.getRemoteAddr());
    return Response.accepted(
            Map.of("message", DomainText.text(ApiLanguage.of(headers), "password-reset.code-sent")))
        .build();
  }

  @POST
  @Path("password-resets/confirmation")
  @PermitAll
  @JsonBodies.Limit(4 * 1024) // before any authentication: small
  @Operation(
      summary =
          "忘记密码, step 2: the code and the new password; the account's sessions end (sign in"
              + " again)")
  public Map<String, String> reset(Reset r) {
    resets.resetPassword(r.identifier(), r.code(), r.newPassword(), r.confirmation());
    return Map.of("message", DomainText.text(ApiLanguage.of(headers), "password-reset.done"));
  }

  @JsonBodies.Limit(4 * 1024) // sign-in: small, before any authentication
  @POST
  @Path("sessions/code")
  @PermitAll
  @Operation(summary = "Login step 2: the SMS code; answers the bearer token")
  public Response codeStep(CodeStep step) {
    return issued(accounts.completeWithCode(step.loginName(), step.code(), session()));
  }

  @DELETE
  @Path("sessions/current")
  @Operation(summary = "Sign out: the bearer token stops working")
  public Response signOut() {
    sessions.end(bearer());
    return Response.noContent().build();
  }

  @GET
  @Path("me")
  @Operation(summary = "The caller's account")
  public AccountView me() {
    return accounts.currentAccount();
  }

  @GET
  @Path("me/sessions")
  @Operation(summary = "The caller's active sessions")
  public List<SessionView> mySessions() {
    return sessions.mine(bearer());
  }

  @DELETE
  @Path("me/sessions/{id}")
  @Operation(summary = "End one of the caller's sessions")
  public Response endSession(@PathParam("id") String id) {
    sessions.endMine(id);
    return Response.noContent().build();
  }

  @POST
  @Path("me/mobile/code")
  @Operation(summary = "Mobile number change: send a code to the new number")
  public Response sendMobileCode(MobileChange change) {
    try {
      accounts.sendPhoneChangeCode(change.mobile(), request.getRemoteAddr());
    } catch (cn.autogov.kernel.identifier.InvalidIdentifierException e) {
      throw e.onField("mobile");
    }
    return Response.accepted(
            Map.of("message", DomainText.text(ApiLanguage.of(headers), "verification.sent")))
        .build();
  }

  @PUT
  @Path("me/password")
  @JsonBodies.Limit(4 * 1024) // passwords: small
  @Operation(
      summary =
          "Change the caller's own password (a password someone else chose must be changed first:"
              + " until then every other operation answers 403)")
  public AccountView changePassword(PasswordChange change) {
    var checks = new cn.autogov.kernel.Checks();
    checks.required("currentPassword", change.currentPassword());
    checks.required("newPassword", change.newPassword());
    if (change.newPassword() != null && !change.newPassword().equals(change.confirmation())) {
      checks.add("confirmation", "account.confirmation-differs");
    }
    checks.throwIfAny();
    try {
      return accounts.changeOwnPassword(change.currentPassword(), change.newPassword());
    } catch (cn.autogov.identity.domain.PasswordRejectedException e) {
      var rejected = new cn.autogov.kernel.Checks();
      e.problems()
          .forEach(
              p ->
                  rejected.add(
                      p.equals(cn.autogov.identity.domain.PasswordRejectedException.WRONG_CURRENT)
                          ? "currentPassword"
                          : "newPassword",
                      p));
      rejected.throwIfAny();
      throw e;
    }
  }

  @PUT
  @Path("me/mobile")
  @Operation(summary = "Mobile number change: bind the new number with its code")
  public AccountView changeMobile(MobileChange change) {
    return accounts.changeMobile(change.mobile(), change.code());
  }

  private Response issued(LoginResult result) {
    if (result.sessionToken() == null) {
      return refused(result.outcome(), result.refusalKey());
    }
    return Response.status(201)
        .entity(Map.of("token", result.sessionToken(), "account", result.account().orElseThrow()))
        .build();
  }

  private Response refused(LoginOutcome outcome, String codeKey) {
    var locale = ApiLanguage.of(headers);
    String message =
        codeKey != null
            ? DomainText.text(locale, codeKey)
            : DomainText.text(
                locale,
                switch (outcome) {
                  case LOCKED -> "login.locked";
                  case DISABLED -> "login.disabled";
                  case WRONG_CODE -> "verification.wrong";
                  default -> "login.credentials";
                });
    return Response.status(outcome == LoginOutcome.LOCKED ? 423 : 401)
        .entity(Map.of("outcome", outcome.name(), "message", message))
        .build();
  }

  private SessionRequest session() {
    return new SessionRequest(
        SessionChannel.API, request.getRemoteAddr(), request.getHeader("User-Agent"));
  }

  private String bearer() {
    String h = request.getHeader("Authorization");
    return h != null && h.regionMatches(true, 0, "Bearer ", 0, 7) ? h.substring(7).strip() : null;
  }
}
