package cn.autogov.web.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

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
            description = "REST API of AutoGov for partner systems and the portal."))
public class RestApplication extends Application {}
