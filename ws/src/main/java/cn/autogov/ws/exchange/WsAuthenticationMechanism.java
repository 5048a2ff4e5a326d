package cn.autogov.ws.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The SOAP module's own authentication mechanism, in the EAR only (the Micro WAR leaves this class
 * out of its overlay: there the portal's mechanism serves both). In the EAR, Jakarta Security
 * installs a mechanism bridge in every web module once the application has one, and a module
 * without its own bean fails every request (NullPointerException in Soteria's bridge). Partner
 * systems authenticate per operation with their client credentials (system exchange, #7).
 */
@ApplicationScoped
public class WsAuthenticationMechanism implements HttpAuthenticationMechanism {

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    return context.doNothing();
  }
}
