package cn.autogov.ws.customs;

import cn.autogov.exchange.domain.ExchangeOperation;
import cn.autogov.exchange.domain.FaultCode;
import cn.autogov.export.application.ExportFilingQueries;
import cn.autogov.export.application.ExportFilingQueries.ExportFilingView;
import cn.autogov.kernel.DomainText;
import cn.autogov.kernel.RefusedException;
import cn.autogov.ws.customs.v1.CustomsPort;
import cn.autogov.ws.customs.v1.ExchangeFault;
import cn.autogov.ws.customs.v1.ExchangeFault_Exception;
import cn.autogov.ws.customs.v1.ExportFiling;
import cn.autogov.ws.customs.v1.FilingStatus;
import cn.autogov.ws.exchange.SoapGate;
import cn.autogov.ws.exchange.XmlTimes;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import jakarta.jws.WebService;
import jakarta.xml.ws.Holder;
import jakarta.xml.ws.WebServiceContext;
import java.util.List;
import java.util.Locale;
import javax.xml.datatype.XMLGregorianCalendar;

/**
 * urn:autogov:customs:v1 at /ws/CustomsService. The exchange filter has bounded, checked and
 * schema-validated the message and WS-Security (the policy in the WSDL: UsernameToken over HTTPS,
 * checked by ClientPasswordValidator) has authenticated the client; each operation first passes the
 * {@link SoapGate} (right, rate, replay), then translates between the contract and {@link
 * ExportFilingQueries}.
 */
@WebService(
    serviceName = "CustomsService",
    portName = "CustomsPort",
    targetNamespace = CustomsEndpoint.NS,
    endpointInterface = "cn.autogov.ws.customs.v1.CustomsPort",
    wsdlLocation = "WEB-INF/wsdl/customs/v1/CustomsService.wsdl")
public class CustomsEndpoint implements CustomsPort {

  static final String NS = "urn:autogov:customs:v1";
  private static final int DEFAULT_PAGE = 100;

  @Inject ExportFilingQueries queries;

  @jakarta.annotation.Resource WebServiceContext context;

  /**
   * Metro made this instance (Micro): look up what it needs (CDI injection into it would also try
   * the @Resource context, which only Metro provides, through JNDI and fail). Protected: Metro
   * calls only the post-construct method the endpoint class itself declares.
   */
  @PostConstruct
  protected void inject() {
    if (queries == null) {
      queries = CDI.current().select(ExportFilingQueries.class).get();
    }
  }

  @Override
  public void verifyExportFiling(
      String creditCode, String customsCode, Holder<Boolean> valid, Holder<ExportFiling> filing)
      throws ExchangeFault_Exception {
    try {
      if (SoapGate.enter(context, ExchangeOperation.CUSTOMS_VERIFY, creditCode, customsCode)) {
        return; // a replay: the first answer goes out again
      }
      var v = queries.verify(creditCode, customsCode);
      valid.value = v.valid();
      filing.value = v.filing() == null ? null : filing(v.filing());
    } catch (RefusedException e) {
      throw fault(e);
    }
  }

  @Override
  public ExportFiling getExportFiling(String filingNumber) throws ExchangeFault_Exception {
    try {
      if (SoapGate.enter(context, ExchangeOperation.CUSTOMS_GET, filingNumber)) {
        return null; // a replay: the first answer goes out again
      }
      return filing(queries.byNumber(filingNumber));
    } catch (RefusedException e) {
      throw fault(e);
    }
  }

  @Override
  public void listChangedExportFilings(
      XMLGregorianCalendar since,
      String after,
      Integer pageSize,
      Holder<List<ExportFiling>> filings,
      Holder<Boolean> hasMore)
      throws ExchangeFault_Exception {
    int size = pageSize == null ? DEFAULT_PAGE : pageSize;
    try {
      if (SoapGate.enter(
          context,
          ExchangeOperation.CUSTOMS_CHANGES,
          since == null ? null : since.toXMLFormat(),
          after,
          size)) {
        return; // a replay: the first answer goes out again
      }
      List<ExportFilingView> page = queries.changedSince(XmlTimes.local(since), after, size + 1);
      hasMore.value = page.size() > size;
      filings.value =
          page.stream().limit(size).map(this::filing).collect(java.util.stream.Collectors.toList());
    } catch (RefusedException e) {
      throw fault(e);
    }
  }

  private ExportFiling filing(ExportFilingView v) {
    var f = new ExportFiling();
    f.setFilingNumber(v.filingNumber());
    f.setEnterpriseName(v.enterpriseName());
    f.setCreditCode(v.creditCode());
    f.setCustomsCode(v.customsCode());
    f.setStatus(FilingStatus.fromValue(v.status().name()));
    f.setValidFrom(XmlTimes.date(v.validFrom()));
    f.setValidTo(XmlTimes.date(v.validTo()));
    f.setChangedAt(XmlTimes.time(v.changedAt()));
    return f;
  }

  static ExchangeFault_Exception fault(RefusedException e) {
    FaultCode code = FaultCode.ofKey(e.key());
    var info = new ExchangeFault();
    info.setCode(cn.autogov.ws.customs.v1.FaultCode.fromValue(code.name()));
    info.setMessageZh(DomainText.render(Locale.SIMPLIFIED_CHINESE, e));
    info.setMessageEn(DomainText.render(Locale.ENGLISH, e));
    return new ExchangeFault_Exception(info.getMessageZh(), info);
  }
}
