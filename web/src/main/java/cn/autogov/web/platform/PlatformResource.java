package cn.autogov.web.platform;

import cn.autogov.platform.PlatformInfo;
import cn.autogov.platform.PlatformInfoService;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * GET /api/v1/platform: the REST twin of the SOAP GetPlatformInfo. Open to everyone, no business
 * data.
 */
@Path("v1/platform")
@jakarta.enterprise.context.RequestScoped
@PermitAll
public class PlatformResource {

  @Inject PlatformInfoService platform;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Platform name, version, mode, server time and database readiness")
  public Map<String, Object> info() {
    PlatformInfo info = platform.info();
    return Map.of(
        "name", info.name(),
        "version", info.version(),
        "mode", info.mode(),
        "serverTime", info.serverTime().toString(),
        "databaseReady", info.databaseReady());
  }
}
