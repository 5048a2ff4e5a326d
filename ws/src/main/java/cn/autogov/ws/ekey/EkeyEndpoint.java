package cn.autogov.ws.ekey;

import cn.autogov.ekey.application.EkeyExchange;
import cn.autogov.ekey.application.ProviderApplication;
import cn.autogov.exchange.domain.ExchangeOperation;
import cn.autogov.exchange.domain.FaultCode;
import cn.autogov.kernel.DomainText;
import cn.autogov.kernel.RefusedException;
import cn.autogov.platform.PublicAddress;
import cn.autogov.ws.ekey.v1.Application;
import cn.autogov.ws.ekey.v1.ApplicationStatus;
import cn.autogov.ws.ekey.v1.Awaiting;
import cn.autogov.ws.ekey.v1.Delivery;
import cn.autogov.ws.ekey.v1.EkeyPort;
import cn.autogov.ws.ekey.v1.ExchangeFault;
import cn.autogov.ws.ekey.v1.ExchangeFault_Exception;
import cn.autogov.ws.ekey.v1.Flow;
import cn.autogov.ws.ekey.v1.ProviderStep;
import cn.autogov.ws.ekey.v1.RecheckResult;
import cn.autogov.ws.ekey.v1.RevocationReason;
import cn.autogov.ws.exchange.SoapGate;
import cn.autogov.ws.exchange.XmlTimes;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import jakarta.jws.WebService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.xml.ws.Holder;
import jakarta.xml.ws.WebServiceContext;
import jakarta.xml.ws.handler.MessageContext;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.xml.datatype.XMLGregorianCalendar;

/**
 * urn:autogov:ekey:v1 at /ws/EkeyService, for the e-key provider's systems. The exchange filter has
 * bounded, checked and schema-validated the message and WS-Security (UsernameToken over HTTPS) has
 * authenticated the client; each operation first passes the {@link SoapGate} (right, rate, replay),
 * then translates between the contract and {@link EkeyExchange}.
 */
@WebService(
    serviceName = "EkeyService",
    portName = "EkeyPort",
    targetNamespace = EkeyEndpoint.NS,
    endpointInterface = "cn.autogov.ws.ekey.v1.EkeyPort",
    wsdlLocation = "WEB-INF/wsdl/ekey/v1/EkeyService.wsdl")
public class EkeyEndpoint implements EkeyPort {

  static final String NS = "urn:autogov:ekey:v1";
  private static final int DEFAULT_PAGE = 50;

  @Inject EkeyExchange ekeys;

  @jakarta.annotation.Resource WebServiceContext context;

  /** Metro made this instance (Micro): look up what it needs (see CustomsEndpoint). */
  @PostConstruct
  protected void inject() {
    if (ekeys == null) {
      ekeys = CDI.current().select(EkeyExchange.class).get();
    }
  }

  @Override
  public void listAwaitingApplications(
      String after,
      Integer pageSize,
      Holder<List<Application>> application,
      Holder<Boolean> hasMore)
      throws ExchangeFault_Exception {
    int size = pageSize == null ? DEFAULT_PAGE : pageSize;
    try {
      if (SoapGate.enter(context, ExchangeOperation.EKEY_APPLICATIONS, after, size)) {
        return; // a replay: the first answer goes out again
      }
      List<ProviderApplication> page =
          ekeys.awaiting(
              SoapGate.client(context), after, Math.min(size, EkeyExchange.PAGE_MAX) + 1);
      hasMore.value = page.size() > size;
      application.value =
          page.stream().limit(size).map(EkeyEndpoint::application).collect(Collectors.toList());
    } catch (RefusedException e) {
      throw fault(e);
    }
  }

  @Override
  public Application reportRecheck(String number, long version, RecheckResult result, String remark)
      throws ExchangeFault_Exception {
    try {
      if (SoapGate.enter(
          context, ExchangeOperation.EKEY_RECHECK, number, version, result.value(), remark)) {
        return null; // a replay: the first answer goes out again, and nothing acts twice
      }
      return application(
          ekeys.recheck(
              SoapGate.client(context), number, version, result == RecheckResult.APPROVED, remark));
    } catch (RefusedException e) {
      throw fault(e);
    }
  }

  @Override
  public void issueCertificate(
      String number,
      String certificateRequest,
      Holder<String> serial,
      Holder<String> certificate,
      Holder<List<String>> chain)
      throws ExchangeFault_Exception {
    try {
      if (SoapGate.enter(context, ExchangeOperation.EKEY_CERTIFICATE, number, certificateRequest)) {
        return;
      }
      var issued =
          ekeys.issue(SoapGate.client(context), number, certificateRequest, portalAddress());
      serial.value = issued.serial();
      certificate.value = issued.certificate();
      chain.value = issued.chain();
    } catch (RefusedException e) {
      throw fault(e);
    }
  }

  @Override
  public Application reportStep(String number, ProviderStep step, String trackingNumber)
      throws ExchangeFault_Exception {
    try {
      if (SoapGate.enter(
          context, ExchangeOperation.EKEY_STEP, number, step.value(), trackingNumber)) {
        return null;
      }
      return application(
          ekeys.step(SoapGate.client(context), number, stepCode(step), trackingNumber));
    } catch (RefusedException e) {
      throw fault(e);
    }
  }

  @Override
  public void revokeCertificate(
      Holder<String> serial,
      Holder<RevocationReason> reason,
      Holder<String> userName,
      Holder<XMLGregorianCalendar> revokedAt,
      Holder<Boolean> current)
      throws ExchangeFault_Exception {
    try {
      if (SoapGate.enter(
          context, ExchangeOperation.EKEY_REVOCATION, serial.value, reason.value.value())) {
        return;
      }
      var r = ekeys.revoke(SoapGate.client(context), serial.value, reason.value.value());
      serial.value = r.serial();
      reason.value = RevocationReason.fromValue(r.reason());
      userName.value = r.userName();
      revokedAt.value = XmlTimes.time(r.revokedAt());
      current.value = r.current();
    } catch (RefusedException e) {
      throw fault(e);
    }
  }

  /** The engine's step code of the contract's step. */
  static String stepCode(ProviderStep step) {
    return switch (step) {
      case UNLOCKED -> cn.autogov.ekey.application.EkeyCatalogue.UNLOCKED;
      case SHIPPED -> cn.autogov.ekey.application.EkeyCatalogue.SHIPPED;
    };
  }

  /**
   * The portal's address, under which certificates name their CRL and OCSP responder: the SOAP
   * module sits at /ws in the EAR, the portal at the server's root.
   */
  private String portalAddress() {
    var req = (HttpServletRequest) context.getMessageContext().get(MessageContext.SERVLET_REQUEST);
    String path = req.getContextPath();
    String portal = path.endsWith("/ws") ? path.substring(0, path.length() - 3) : path;
    return PublicAddress.of(req.getScheme(), req.getServerName(), req.getServerPort(), portal);
  }

  /** The same fields as the REST twin's (ProviderApplication). */
  private static Application application(ProviderApplication v) {
    var a = new Application();
    a.setNumber(v.number());
    a.setFlow(Flow.fromValue(v.flow()));
    a.setStatus(ApplicationStatus.fromValue(v.status()));
    a.setAwaiting(v.awaiting() == null ? null : Awaiting.fromValue(v.awaiting()));
    a.setVersion(v.version());
    a.setSubmittedAt(XmlTimes.time(v.submittedAt()));
    a.setDueOn(XmlTimes.date(v.dueOn()));
    a.setEnterpriseName(v.enterpriseName());
    a.setEnterpriseCode(v.enterpriseCode());
    a.setUserName(v.userName());
    a.setAuthorisedPerson(v.authorisedPerson());
    a.setAuthorisedPersonMobile(v.authorisedPersonMobile());
    a.setDelivery(v.delivery() == null ? null : Delivery.fromValue(v.delivery()));
    a.setDeliveryAddress(v.deliveryAddress());
    a.setReason(v.reason());
    a.setNewCreditCode(v.newCreditCode());
    return a;
  }

  private static ExchangeFault_Exception fault(RefusedException e) {
    FaultCode code = FaultCode.ofKey(e.key());
    var info = new ExchangeFault();
    info.setCode(cn.autogov.ws.ekey.v1.FaultCode.fromValue(code.name()));
    info.setMessageZh(DomainText.render(Locale.SIMPLIFIED_CHINESE, e));
    info.setMessageEn(DomainText.render(Locale.ENGLISH, e));
    return new ExchangeFault_Exception(info.getMessageZh(), info);
  }
}
