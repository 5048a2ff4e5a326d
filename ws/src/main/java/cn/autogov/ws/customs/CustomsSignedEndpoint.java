package cn.autogov.ws.customs;

import jakarta.jws.WebService;

/**
 * urn:autogov:customs:v1 at /ws/CustomsSignedService: the customs operations for clients that sign
 * each message (body and timestamp) with their registered X.509 certificate instead of sending a
 * secret (the WSIT policy of the port in the WSDL; {@code ClientCertificateValidator} names the
 * client). Everything after authentication is the {@link CustomsEndpoint}'s.
 */
@WebService(
    serviceName = "CustomsSignedService",
    portName = "CustomsSignedPort",
    targetNamespace = CustomsEndpoint.NS,
    endpointInterface = "cn.autogov.ws.customs.v1.CustomsPort",
    wsdlLocation = "WEB-INF/wsdl/customs/v1/CustomsSignedService.wsdl")
public class CustomsSignedEndpoint extends CustomsEndpoint {

  @jakarta.annotation.PostConstruct
  @Override
  protected void inject() {
    super.inject();
  }
}
