package cn.autogov.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code #{portal…}}: what the footer of every page says about who runs the platform — 主办单位, the
 * hotline, the ICP filing number — from configuration ({@code AUTOGOV_PORTAL_ORGANISER}, {@code
 * AUTOGOV_PORTAL_HOTLINE}, {@code AUTOGOV_PORTAL_ICP}).
 */
@Named("portal")
@ApplicationScoped
public class PortalInfo {

  @Inject
  @ConfigProperty(name = "autogov.portal.organiser", defaultValue = "机动车企业政务服务平台运营单位")
  String organiser;

  @Inject
  @ConfigProperty(name = "autogov.portal.hotline", defaultValue = "12381")
  String hotline;

  @Inject
  @ConfigProperty(name = "autogov.portal.icp")
  Optional<String> icp;

  public String getOrganiser() {
    return organiser;
  }

  public String getHotline() {
    return hotline;
  }

  public String getIcp() {
    return icp.filter(s -> !s.isBlank()).orElse(null);
  }
}
