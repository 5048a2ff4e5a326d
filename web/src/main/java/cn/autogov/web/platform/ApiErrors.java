package cn.autogov.web.platform;

import cn.autogov.identity.verification.VerificationRefusedException;
import cn.autogov.kernel.DomainText;
import cn.autogov.kernel.InputRejectedException;
import cn.autogov.kernel.RefusedException;
import cn.autogov.kernel.identifier.InvalidIdentifierException;
import cn.autogov.kernel.identifier.VerdictText;
import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How the API answers what the services refuse, in the caller's language: 400 with every field
 * problem ({@code problems: [{field, key, message}]}), 404 for what is missing or outside the
 * caller's scope, 409 for what the state does not allow, 401 without a valid bearer token, 403 for
 * a role that may not.
 */
public final class ApiErrors {

  private ApiErrors() {}

  static Response json(int status, Object body) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON + ";charset=UTF-8")
        .entity(body)
        .build();
  }

  /** 400: every problem of the form, each naming its field. */
  @Provider
  public static class Input implements ExceptionMapper<InputRejectedException> {
    @Context HttpHeaders headers;

    @Override
    public Response toResponse(InputRejectedException e) {
      Locale locale = ApiLanguage.of(headers);
      List<Map<String, String>> problems =
          e.problems().stream()
              .map(
                  p ->
                      Map.of(
                          "field", p.field(),
                          "key", p.problem().key(),
                          "message", DomainText.render(locale, p)))
              .toList();
      return json(400, Map.of("problems", problems));
    }
  }

  /** 404 or 409. */
  @Provider
  public static class Refused implements ExceptionMapper<RefusedException> {
    @Context HttpHeaders headers;

    @Override
    public Response toResponse(RefusedException e) {
      int status =
          e instanceof RefusedException.NotFoundException
                  || e instanceof RefusedException.ForbiddenException
              ? 404
              : 409;
      return json(
          status, Map.of("key", e.key(), "message", DomainText.render(ApiLanguage.of(headers), e)));
    }
  }

  /** 400 for a refused verification code. */
  @Provider
  public static class Code implements ExceptionMapper<VerificationRefusedException> {
    @Context HttpHeaders headers;

    @Override
    public Response toResponse(VerificationRefusedException e) {
      return json(
          400,
          Map.of(
              "key",
              e.key(),
              "message",
              DomainText.render(ApiLanguage.of(headers), e.key(), e.params())));
    }
  }

  /** 400 for an identifier outside a form. */
  @Provider
  public static class Identifier implements ExceptionMapper<InvalidIdentifierException> {
    @Context HttpHeaders headers;

    @Override
    public Response toResponse(InvalidIdentifierException e) {
      return json(
          400, Map.of("messages", VerdictText.messages(e.verdict(), ApiLanguage.of(headers))));
    }
  }

  /** 400 or 413 for a request body refused before it was read whole (see {@link JsonBodies}). */
  @Provider
  public static class Body implements ExceptionMapper<JsonBodies.Refused> {
    @Context HttpHeaders headers;

    @Override
    public Response toResponse(JsonBodies.Refused e) {
      String message = DomainText.render(ApiLanguage.of(headers), e.key, e.params);
      return json(
          e.status,
          Map.of(
              "key",
              e.key,
              "message",
              message,
              "problems",
              List.of(Map.of("field", e.field, "key", e.key, "message", message))));
    }
  }

  /** What JAX-RS itself refuses (no such path, method, media type): its status, as JSON. */
  @Provider
  public static class Protocol implements ExceptionMapper<jakarta.ws.rs.WebApplicationException> {
    @Override
    public Response toResponse(jakarta.ws.rs.WebApplicationException e) {
      int status = e.getResponse() == null ? 400 : e.getResponse().getStatus();
      if (status < 400) {
        return e.getResponse(); // a redirection keeps its Location
      }
      return json(
          status,
          Map.of(
              "key",
              "http." + status,
              "message",
              jakarta.ws.rs.core.Response.Status.fromStatusCode(status) == null
                  ? String.valueOf(status)
                  : jakarta.ws.rs.core.Response.Status.fromStatusCode(status).getReasonPhrase()));
    }
  }

  /** Anything else: logged with the request's id, answered as JSON without internals. */
  @Provider
  public static class Internal implements ExceptionMapper<RuntimeException> {
    private static final java.util.logging.Logger LOG =
        java.util.logging.Logger.getLogger(Internal.class.getName());

    @Override
    public Response toResponse(RuntimeException e) {
      LOG.log(java.util.logging.Level.SEVERE, "API request failed", e);
      return json(500, Map.of("key", "error.internal", "message", "内部错误 / internal error"));
    }
  }

  /** 401 or 403 from a service method's roles. */
  @Provider
  public static class Access implements ExceptionMapper<EJBAccessException> {
    @Context SecurityContext security;

    @Override
    public Response toResponse(EJBAccessException e) {
      return denied(security);
    }
  }

  /** 401 from a resource method's roles when no token came. */
  @Provider
  public static class NotAuthorized
      implements ExceptionMapper<jakarta.ws.rs.NotAuthorizedException> {
    @Context SecurityContext security;

    @Override
    public Response toResponse(jakarta.ws.rs.NotAuthorizedException e) {
      return denied(security);
    }
  }

  /** 401 or 403 from a resource method's roles. */
  @Provider
  public static class Forbidden implements ExceptionMapper<ForbiddenException> {
    @Context SecurityContext security;

    @Override
    public Response toResponse(ForbiddenException e) {
      return denied(security);
    }
  }

  static Response denied(SecurityContext security) {
    if (security.getUserPrincipal() == null) {
      return Response.status(401)
          .header("WWW-Authenticate", "Bearer")
          .type(MediaType.APPLICATION_JSON)
          .entity(Map.of("message", "sign in first (Authorization: Bearer <token>)"))
          .build();
    }
    return json(403, Map.of("message", "not allowed for this account"));
  }
}
