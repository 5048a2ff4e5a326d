package cn.autogov.ws.tax;

import cn.autogov.coc.application.OpeningView;
import cn.autogov.coc.application.PlantView;
import cn.autogov.coc.application.TaxExchange;
import cn.autogov.exchange.domain.ExchangeOperation;
import cn.autogov.exchange.domain.FaultCode;
import cn.autogov.kernel.DomainText;
import cn.autogov.kernel.RefusedException;
import cn.autogov.ws.exchange.SoapGate;
import cn.autogov.ws.exchange.XmlTimes;
import cn.autogov.ws.tax.v1.BatchChangeKind;
import cn.autogov.ws.tax.v1.BatchEntry;
import cn.autogov.ws.tax.v1.ConfirmationResult;
import cn.autogov.ws.tax.v1.ExchangeFault;
import cn.autogov.ws.tax.v1.ExchangeFault_Exception;
import cn.autogov.ws.tax.v1.Opening;
import cn.autogov.ws.tax.v1.OpeningStatus;
import cn.autogov.ws.tax.v1.Plant;
import cn.autogov.ws.tax.v1.PlantAction;
import cn.autogov.ws.tax.v1.TaxPort;
import cn.autogov.ws.tax.v1.TaxSystem;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import jakarta.jws.WebService;
import jakarta.xml.ws.Holder;
import jakarta.xml.ws.WebServiceContext;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.xml.datatype.XMLGregorianCalendar;

/**
 * urn:autogov:tax:v1 at /ws/TaxService. The exchange filter has bounded, checked and
 * schema-validated the message and WS-Security (UsernameToken over HTTPS, the WSDL's policy) has
 * authenticated the client; each operation first passes the {@link SoapGate} (right, rate, replay),
 * then translates between the contract and {@link TaxExchange}.
 */
@WebService(
    serviceName = "TaxService",
    portName = "TaxPort",
    targetNamespace = TaxEndpoint.NS,
    endpointInterface = "cn.autogov.ws.tax.v1.TaxPort",
    wsdlLocation = "WEB-INF/wsdl/tax/v1/TaxService.wsdl")
public class TaxEndpoint implements TaxPort {

  static final String NS = "urn:autogov:tax:v1";
  private static final int DEFAULT_PAGE = 100;

  @Inject TaxExchange tax;

  @jakarta.annotation.Resource WebServiceContext context;

  /** Metro made this instance (Micro): look up what it needs (see CustomsEndpoint). */
  @PostConstruct
  protected void inject() {
    if (tax == null) {
      tax = CDI.current().select(TaxExchange.class).get();
    }
  }

  @Override
  public void listApprovedOpenings(
      XMLGregorianCalendar since,
      String after,
      Integer pageSize,
      Holder<List<Opening>> openings,
      Holder<Boolean> hasMore)
      throws ExchangeFault_Exception {
    int size = pageSize == null ? DEFAULT_PAGE : pageSize;
    try {
      if (SoapGate.enter(
          context,
          ExchangeOperation.TAX_OPENINGS,
          since == null ? null : since.toXMLFormat(),
          after,
          size)) {
        return; // a replay: the first answer goes out again
      }
      List<OpeningView> page = tax.approvedSince(XmlTimes.local(since), after, size + 1);
      hasMore.value = page.size() > size;
      openings.value =
          page.stream().limit(size).map(TaxEndpoint::opening).collect(Collectors.toList());
    } catch (RefusedException e) {
      throw fault(e);
    }
  }

  @Override
  public Opening confirmOpening(String number, ConfirmationResult result, String reason)
      throws ExchangeFault_Exception {
    try {
      if (SoapGate.enter(
          context, ExchangeOperation.TAX_OPENING_CONFIRM, number, result.value(), reason)) {
        return null; // a replay: the first answer goes out again, and nothing acts twice
      }
      return opening(
          tax.confirm(
              number, result == ConfirmationResult.OPENED, reason, SoapGate.client(context)));
    } catch (RefusedException e) {
      throw fault(e);
    }
  }

  @Override
  public void getEnterpriseOpenings(
      Holder<String> creditCode,
      Holder<String> enterpriseName,
      Holder<List<Plant>> plants,
      Holder<List<Opening>> openings)
      throws ExchangeFault_Exception {
    try {
      if (SoapGate.enter(context, ExchangeOperation.TAX_ENTERPRISE, creditCode.value)) {
        return;
      }
      var e = tax.enterprise(creditCode.value);
      creditCode.value = e.creditCode();
      enterpriseName.value = e.enterpriseName();
      plants.value = e.plants().stream().map(TaxEndpoint::plant).collect(Collectors.toList());
      openings.value = e.openings().stream().map(TaxEndpoint::opening).collect(Collectors.toList());
    } catch (RefusedException e) {
      throw fault(e);
    }
  }

  @Override
  public void checkBatchChange(
      String certificateNumber,
      String vin,
      Holder<Boolean> approved,
      Holder<List<BatchEntry>> entries)
      throws ExchangeFault_Exception {
    try {
      if (SoapGate.enter(context, ExchangeOperation.TAX_BATCH_CHANGE, certificateNumber, vin)) {
        return;
      }
      List<TaxExchange.BatchEntry> found = tax.batchChange(certificateNumber, vin);
      approved.value = !found.isEmpty();
      entries.value = found.stream().map(TaxEndpoint::entry).collect(Collectors.toList());
    } catch (RefusedException e) {
      throw fault(e);
    }
  }

  private static BatchEntry entry(TaxExchange.BatchEntry e) {
    var b = new BatchEntry();
    b.setFilingNumber(e.filingNumber());
    b.setCertificateNumber(e.certificateNumber());
    b.setVin(e.vin());
    b.setVehicleModel(e.vehicleModel());
    b.setChangeKind(BatchChangeKind.fromValue(e.changeKind()));
    b.setApprovedAt(XmlTimes.time(e.approvedAt()));
    return b;
  }

  /** The same fields as the REST twin's (TaxContract). */
  private static Opening opening(OpeningView v) {
    var o = new Opening();
    o.setNumber(v.number());
    o.setSystem(TaxSystem.fromValue(v.system().name()));
    o.setCreditCode(v.creditCode());
    o.setEnterpriseName(v.enterpriseName());
    o.setContactPerson(v.contactPerson());
    o.setContactMobile(v.contactMobile());
    o.setTaxOffice(v.taxOffice());
    v.plants().stream().map(TaxEndpoint::plant).forEach(o.getPlant()::add);
    o.setStatus(OpeningStatus.fromValue(v.status().name()));
    o.setApprovedAt(XmlTimes.time(v.approvedAt()));
    o.setConfirmedAt(XmlTimes.time(v.confirmedAt()));
    o.setRefusalReason(v.refusalReason());
    return o;
  }

  private static Plant plant(PlantView v) {
    var p = new Plant();
    p.setCode(v.code());
    p.setName(v.name());
    p.setProvince(v.provinceCode());
    p.setAddress(v.address());
    p.setAction(v.action() == null ? null : PlantAction.fromValue(v.action().name()));
    return p;
  }

  private static ExchangeFault_Exception fault(RefusedException e) {
    FaultCode code = FaultCode.ofKey(e.key());
    var info = new ExchangeFault();
    info.setCode(cn.autogov.ws.tax.v1.FaultCode.fromValue(code.name()));
    info.setMessageZh(DomainText.render(Locale.SIMPLIFIED_CHINESE, e));
    info.setMessageEn(DomainText.render(Locale.ENGLISH, e));
    return new ExchangeFault_Exception(info.getMessageZh(), info);
  }
}
