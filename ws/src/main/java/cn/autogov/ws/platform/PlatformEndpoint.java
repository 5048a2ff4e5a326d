package cn.autogov.ws.platform;

import cn.autogov.platform.PlatformInfoService;
import cn.autogov.ws.platform.v1.PlatformInfo;
import cn.autogov.ws.platform.v1.PlatformPort;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.jws.WebService;
import java.util.GregorianCalendar;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;

/**
 * urn:autogov:platform:v1 at /ws/PlatformService. GetPlatformInfo: open to every partner system.
 */
@WebService(
    name = "PlatformPort",
    serviceName = "PlatformService",
    portName = "PlatformPort",
    targetNamespace = "urn:autogov:platform:v1",
    endpointInterface = "cn.autogov.ws.platform.v1.PlatformPort",
    wsdlLocation = "WEB-INF/wsdl/platform/v1/PlatformService.wsdl")
public class PlatformEndpoint implements PlatformPort {

  static final String CONTRACT_VERSION = "1.0";

  @Inject PlatformInfoService platform;

  @jakarta.annotation.Resource jakarta.xml.ws.WebServiceContext context;

  @PostConstruct
  void inject() {
    if (platform == null) {
      // Metro made this instance (Micro): look up what it needs (CDI injection into it would also
      // try the @Resource context, which only Metro provides, through JNDI and fail)
      platform =
          jakarta.enterprise.inject.spi.CDI.current().select(PlatformInfoService.class).get();
    }
  }

  @Override
  public PlatformInfo getPlatformInfo(String callerSystem) {
    cn.autogov.ws.exchange.SoapGate.enterOpen(context, "platform.info", callerSystem);
    cn.autogov.platform.PlatformInfo info = platform.info();
    var response = new PlatformInfo();
    response.setPlatformName(info.name());
    response.setPlatformVersion(info.version());
    response.setContractVersion(CONTRACT_VERSION);
    response.setServerTime(xml(info));
    response.setDatabaseReady(info.databaseReady());
    response.setCallerSystem(callerSystem);
    return response;
  }

  private static javax.xml.datatype.XMLGregorianCalendar xml(
      cn.autogov.platform.PlatformInfo info) {
    try {
      return DatatypeFactory.newInstance()
          .newXMLGregorianCalendar(GregorianCalendar.from(info.serverTime().toZonedDateTime()));
    } catch (DatatypeConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }
}
