package cn.autogov.web.identity;

import cn.autogov.kernel.DomainText;
import cn.autogov.web.platform.ApiLanguage;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.Set;

/**
 * The API's twin of {@link PasswordChangeFilter}: a token of an account whose password someone else
 * chose (a staff account's, the first administrator's, a sub-enterprise's, a recovered account's
 * one-time password) opens nothing but the password change, the caller's own account and sign-out
 * until the password is changed — 403 with a message that says so.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class ApiPasswordGate implements ContainerRequestFilter {

  /** What such a token may still do (method and path under /api). */
  private static final Set<String> OPEN =
      Set.of("PUT v1/me/password", "GET v1/me", "DELETE v1/sessions/current");

  @Inject CurrentUser currentUser;

  @Override
  public void filter(ContainerRequestContext ctx) {
    if (ctx.getSecurityContext().getUserPrincipal() == null) {
      return;
    }
    String call = ctx.getMethod() + " " + ctx.getUriInfo().getPath().replaceAll("^/|/$", "");
    if (OPEN.contains(call) || !currentUser.getAccount().passwordChangeRequired()) {
      return;
    }
    ctx.abortWith(
        Response.status(403)
            .type(MediaType.APPLICATION_JSON + ";charset=UTF-8")
            .entity(
                Map.of(
                    "key",
                    "account.password-change-required",
                    "message",
                    DomainText.text(
                        ApiLanguage.of(ctx.getAcceptableLanguages()),
                        "account.password-change-required")))
            .build());
  }
}
