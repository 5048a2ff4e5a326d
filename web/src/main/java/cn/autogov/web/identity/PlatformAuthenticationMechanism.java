package cn.autogov.web.identity;

import cn.autogov.identity.session.SessionPrincipal;
import cn.autogov.identity.session.SessionRegistry;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import java.util.Set;

/**
 * The one authentication mechanism of the application, on every request:
 *
 * <ul>
 *   <li>a login the portal or the API starts programmatically (credentials from {@link
 *       Credentials}) is checked by the identity store, which opens a registered session;
 *   <li>the API ({@code /api/*}) accepts only {@code Authorization: Bearer <token>} — never the
 *       portal's cookie, so a third-party page cannot make a signed-in browser call it (CSRF);
 *   <li>portal pages carry the session token in the HTTP session; each request checks it with the
 *       {@link SessionRegistry}, so a session ended elsewhere, idle for 30 minutes or 12 hours old
 *       stops at once on every cluster member, and the caller's role is the account's current one
 *       (a real-name approval applies without signing in again);
 *   <li>a protected page without a session redirects to the login page (GET requests come back
 *       after login).
 * </ul>
 */
@ApplicationScoped
public class PlatformAuthenticationMechanism implements HttpAuthenticationMechanism {

  /** HTTP-session attribute holding the registered session's token. */
  public static final String TOKEN = "autogov.session.token";

  /** The path an e-key's browser opens to sign in with its certificate. */
  static final String EKEY_LOGIN = "/ekey-login";

  @Inject cn.autogov.identity.session.SessionCertificate sessionCertificate;

  /**
   * The header a TLS-terminating reverse proxy passes the e-key's client certificate in; empty (the
   * default): the TLS layer's own client certificate only.
   */
  @Inject
  @org.eclipse.microprofile.config.inject.ConfigProperty(
      name = "autogov.ekey.login.proxy-header",
      defaultValue = " ")
  String proxyHeader;

  /** The addresses of the proxies the header is heeded from. */
  @Inject
  @org.eclipse.microprofile.config.inject.ConfigProperty(
      name = "autogov.ekey.login.trusted-proxies",
      defaultValue = "127.0.0.1")
  String trustedProxies;

  private java.util.Set<String> proxies;

  @jakarta.annotation.PostConstruct
  void readProxies() {
    proxies = ProxiedCertificate.addresses(trustedProxies);
  }

  /** HTTP-session attribute holding the page a signed-out GET asked for. */
  static final String RETURN_TO = "autogov.returnTo";

  @Inject IdentityStoreHandler identityStores;

  @Inject LoginAttempt attempt;

  @EJB SessionRegistry sessions;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest req, HttpServletResponse res, HttpMessageContext ctx) {
    Credential credential = ctx.getAuthParameters().getCredential();
    if (credential != null) {
      return login(req, ctx, credential);
    }
    if (EKEY_LOGIN.equals(req.getServletPath())) {
      return ekeyLogin(req, ctx);
    }
    if (isApi(req)) {
      return api(req, ctx);
    }
    HttpSession session = req.getSession(false);
    Object token = session == null ? null : session.getAttribute(TOKEN);
    if (token instanceof String t) {
      Optional<SessionPrincipal> p = sessions.touch(t);
      if (p.isPresent()) {
        return notify(ctx, p.get());
      }
      session.removeAttribute(TOKEN);
    }
    if (ctx.isProtected()) {
      if ("GET".equals(req.getMethod())) {
        String query = req.getQueryString();
        req.getSession(true)
            .setAttribute(RETURN_TO, req.getServletPath() + (query == null ? "" : "?" + query));
      }
      return ctx.redirect(req.getContextPath() + "/login.xhtml");
    }
    return ctx.doNothing();
  }

  /**
   * The API: a valid bearer token signs the request in; without one it is anonymous and the
   * resource's and the service's roles answer (401 JSON, {@code ApiErrors}). When something calls
   * {@code SecurityContext.authenticate()} for an anonymous API request (Payara's MP-JWT role
   * filter does so even for {@code @PermitAll} operations on Payara Server, where payara-web.xml
   * cannot switch it off inside an EAR), the answer is "the response is ours", so the container
   * adds no 401 page of its own and the operation or its role check answers.
   */
  private AuthenticationStatus api(HttpServletRequest req, HttpMessageContext ctx) {
    String header = req.getHeader("Authorization");
    if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      Optional<SessionPrincipal> p = sessions.touch(header.substring(7).strip());
      if (p.isPresent()) {
        return notify(ctx, p.get());
      }
    }
    return ctx.isAuthenticationRequest() ? AuthenticationStatus.SEND_CONTINUE : ctx.doNothing();
  }

  @Override
  public void cleanSubject(
      HttpServletRequest req, HttpServletResponse res, HttpMessageContext ctx) {
    HttpSession session = req.getSession(false);
    if (session != null && session.getAttribute(TOKEN) instanceof String t) {
      sessions.end(t);
      session.removeAttribute(TOKEN);
    }
    HttpAuthenticationMechanism.super.cleanSubject(req, res, ctx);
  }

  /**
   * E-key login: the TLS client certificate of the e-key (the HTTPS listener asks for one with
   * client-auth "want"), or the one a trusted TLS-terminating proxy passes on ({@link
   * ProxiedCertificate}), mapped to its account by {@code ClientCertificates}.
   */
  private AuthenticationStatus ekeyLogin(HttpServletRequest req, HttpMessageContext ctx) {
    Object chain = req.getAttribute("jakarta.servlet.request.X509Certificate");
    if (!(chain instanceof java.security.cert.X509Certificate[] tls && tls.length > 0)
        && !proxyHeader.isBlank()) {
      var proxied =
          ProxiedCertificate.of(req.getHeader(proxyHeader.strip()), req.getRemoteAddr(), proxies);
      chain = proxied == null ? null : new java.security.cert.X509Certificate[] {proxied};
    }
    if (chain instanceof java.security.cert.X509Certificate[] certs && certs.length > 0) {
      var session =
          new cn.autogov.identity.session.SessionRequest(
              cn.autogov.identity.session.AccountSession.SessionChannel.WEB,
              req.getRemoteAddr(),
              req.getHeader("User-Agent"));
      var credential = new Credentials.Certificate(certs[0], session);
      CredentialValidationResult result = identityStores.validate(credential);
      if (result.getStatus() == CredentialValidationResult.Status.VALID) {
        return signedIn(req, ctx, result);
      }
      // refused (revoked, expired, not one the platform bound): the login page says so, not a 401
    }
    return ctx.redirect(req.getContextPath() + "/login.xhtml?ekey=refused");
  }

  private AuthenticationStatus login(
      HttpServletRequest req, HttpMessageContext ctx, Credential credential) {
    CredentialValidationResult result = identityStores.validate(credential);
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      return ctx.responseUnauthorized();
    }
    return signedIn(req, ctx, result);
  }

  private AuthenticationStatus signedIn(
      HttpServletRequest req, HttpMessageContext ctx, CredentialValidationResult result) {
    if (!isApi(req)) {
      // a new session id at login (session fixation), then the registered session's token
      req.getSession(true);
      req.changeSessionId();
      req.getSession().setAttribute(TOKEN, attempt.sessionToken());
    }
    return ctx.notifyContainerAboutLogin(result);
  }

  private AuthenticationStatus notify(HttpMessageContext ctx, SessionPrincipal p) {
    sessionCertificate.set(p.certificate());
    return ctx.notifyContainerAboutLogin(p.loginName(), Set.of(p.role().roleName()));
  }

  static boolean isApi(HttpServletRequest req) {
    return req.getServletPath().equals("/api") || req.getServletPath().startsWith("/api/");
  }
}
