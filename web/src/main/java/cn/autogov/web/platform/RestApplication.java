package cn.autogov.web.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API under /api; versioned paths (/api/v1/...); its OpenAPI document is served at
 * /openapi.
 */
@ApplicationPath("api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "AutoGov 机动车企业政务服务平台 API",
            version = "1",
            description =
                "REST API of AutoGov for partner systems and the portal. Sign in with POST"
                    + " /api/v1/sessions (password, then the SMS code) and send the token as"
                    + " Authorization: Bearer <token>."),
    security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(
    securitySchemeName = "bearer",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    description = "The token POST /api/v1/sessions/code returns")
public class RestApplication extends Application {

  /**
   * {@code @RolesAllowed} on resource methods is enforced (and again on the services they call).
   */
  @Override
  public Map<String, Object> getProperties() {
    return Map.of(
        "jersey.config.server.provider.classnames",
        "org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature",
        // error answers keep their JSON body (sendError would swap in the container's HTML page)
        "jersey.config.server.response.setStatusOverSendError",
        true);
  }
}
