package cn.autogov.ws.exchange;

import cn.autogov.exchange.application.ExchangeGate;
import cn.autogov.exchange.domain.ExchangeMessage;
import cn.autogov.exchange.domain.ExchangeOperation;
import cn.autogov.exchange.domain.FaultCode;
import cn.autogov.kernel.RefusedException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.xml.soap.MessageFactory;
import jakarta.xml.soap.SOAPException;
import jakarta.xml.soap.SOAPHeader;
import jakarta.xml.soap.SOAPMessage;
import jakarta.xml.ws.handler.MessageContext;
import jakarta.xml.ws.handler.soap.SOAPHandler;
import jakarta.xml.ws.handler.soap.SOAPMessageContext;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The gate of every SOAP contract, after WS-Security has authenticated the client: the request body
 * is validated against the contract's XSD, the client's right for the operation and its rate limit
 * are checked, and a message id ({@code wsa:MessageID}) answered before gets that answer again
 * without calling the operation. Refusals are the declared ExchangeFault. What it learns goes into
 * the call's {@link ExchangeCall}, which the {@link ExchangeFilter} logs.
 */
public class ExchangeHandler implements SOAPHandler<SOAPMessageContext> {

  static final String WSA = "http://www.w3.org/2005/08/addressing";
  static final String GENERIC_NS = "urn:autogov:exchange";

  /** Each contract namespace and its XSD in the WAR. */
  static final Map<String, String> SCHEMAS =
      Map.of("urn:autogov:customs:v1", "/WEB-INF/wsdl/customs/v1/CustomsService-v1.xsd");

  private static final Map<String, Schema> LOADED = new ConcurrentHashMap<>();

  private volatile ExchangeGate gate;

  @Override
  public boolean handleMessage(SOAPMessageContext ctx) {
    boolean outbound = (Boolean) ctx.get(MessageContext.MESSAGE_OUTBOUND_PROPERTY);
    ExchangeCall call =
        ExchangeCall.of((HttpServletRequest) ctx.get(MessageContext.SERVLET_REQUEST));
    if (call == null) {
      return true; // not through the filter (cannot happen in the WARs): nothing to add
    }
    if (outbound) {
      if (call.outcome == null) {
        call.ended(ExchangeMessage.OK);
      }
      return true;
    }
    return inbound(ctx, call);
  }

  private boolean inbound(SOAPMessageContext ctx, ExchangeCall call) {
    call.reached = true;
    call.clientId = caller(ctx);
    String ns = null;
    try {
      Element payload = payload(ctx.getMessage());
      ns = payload == null ? null : payload.getNamespaceURI();
      call.messageId = messageId(ctx.getMessage().getSOAPHeader());
      ExchangeOperation op =
          payload == null
              ? null
              : ExchangeOperation.bySoapName(payload.getLocalName()).orElse(null);
      if (op == null || !SCHEMAS.containsKey(ns)) {
        throw refuse(call, ns, FaultCode.INVALID_REQUEST, Map.of());
      }
      call.operation = op.code();
      String problem = validate(ctx, ns, payload);
      if (problem != null) {
        call.refused(FaultCode.INVALID_REQUEST);
        throw SoapFaults.exception(
            ns, FaultCode.INVALID_REQUEST, Map.of("detail", problem), "exchange.schema-invalid");
      }
      var admission = gate().admit(call.clientId, op, call.messageId);
      if (admission.replay().isPresent()) {
        var first = admission.replay().get();
        call.outcome = ExchangeMessage.REPLAYED;
        call.replayOf = first.seq();
        call.replayResponse = first.response();
        ctx.setMessage(
            MessageFactory.newInstance()
                .createMessage(
                    null,
                    new ByteArrayInputStream(first.response().getBytes(StandardCharsets.UTF_8))));
        return false; // answered: the operation is not called again
      }
      return true;
    } catch (RefusedException e) {
      FaultCode code = FaultCode.ofKey(e.key());
      call.refused(code);
      throw SoapFaults.exception(ns == null ? GENERIC_NS : ns, code, e.params(), e.key());
    } catch (SOAPException | java.io.IOException e) {
      throw refuse(call, ns, FaultCode.INVALID_REQUEST, Map.of());
    }
  }

  private static jakarta.xml.ws.soap.SOAPFaultException refuse(
      ExchangeCall call, String ns, FaultCode code, Map<String, ?> params) {
    call.refused(code);
    return SoapFaults.exception(ns == null ? GENERIC_NS : ns, code, params);
  }

  @Override
  public boolean handleFault(SOAPMessageContext ctx) {
    ExchangeCall call =
        ExchangeCall.of((HttpServletRequest) ctx.get(MessageContext.SERVLET_REQUEST));
    if (call != null && call.outcome == null) {
      call.ended(faultCode(ctx.getMessage()));
    }
    return true;
  }

  @Override
  public void close(MessageContext ctx) {}

  @Override
  public Set<QName> getHeaders() {
    return Set.of(new QName(WSA, "MessageID"));
  }

  /**
   * The client WS-Security authenticated: Metro puts the UsernameToken's name into the requester's
   * subject as a public credential (and as the principal CN=name).
   */
  private static String caller(MessageContext ctx) {
    try {
      var subject = com.sun.xml.wss.SubjectAccessor.getRequesterSubject(ctx);
      if (subject != null) {
        for (String name : subject.getPublicCredentials(String.class)) {
          return name;
        }
      }
    } catch (RuntimeException | com.sun.xml.wss.XWSSecurityException e) {
      // no subject: not authenticated
    }
    return null;
  }

  private static Element payload(SOAPMessage m) throws SOAPException {
    for (Node n = m.getSOAPBody().getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        return e;
      }
    }
    return null;
  }

  private static String messageId(SOAPHeader header) {
    if (header == null) {
      return null;
    }
    Iterator<?> it = header.getChildElements(new QName(WSA, "MessageID"));
    while (it.hasNext()) {
      if (it.next() instanceof Element e) {
        String id = e.getTextContent().strip();
        return id.isEmpty() ? null : id;
      }
    }
    return null;
  }

  /** The first schema problem of the payload, or null. */
  private static String validate(SOAPMessageContext ctx, String ns, Element payload) {
    Schema schema =
        LOADED.computeIfAbsent(
            ns,
            n -> load((ServletContext) ctx.get(MessageContext.SERVLET_CONTEXT), SCHEMAS.get(n)));
    try {
      schema.newValidator().validate(new DOMSource(payload));
      return null;
    } catch (SAXException e) {
      String m = e.getMessage();
      return m == null ? "invalid" : m.length() > 300 ? m.substring(0, 300) : m;
    } catch (java.io.IOException e) {
      return "unreadable";
    }
  }

  private static Schema load(ServletContext servlet, String path) {
    try {
      SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar,jar:file,vfs");
      return f.newSchema(servlet.getResource(path));
    } catch (SAXException | java.net.MalformedURLException e) {
      throw new IllegalStateException("cannot load the contract schema " + path, e);
    }
  }

  /** The code of the ExchangeFault in a fault message; UNAVAILABLE when it carries none. */
  static String faultCode(SOAPMessage m) {
    try {
      var fault = m.getSOAPBody().getFault();
      if (fault != null && fault.getDetail() != null) {
        var codes = fault.getDetail().getElementsByTagNameNS("*", "code");
        if (codes.getLength() > 0) {
          return codes.item(0).getTextContent().strip();
        }
      }
    } catch (SOAPException e) {
      // fall through
    }
    return FaultCode.UNAVAILABLE.name();
  }

  private ExchangeGate gate() {
    ExchangeGate g = gate;
    if (g == null) {
      g = CDI.current().select(ExchangeGate.class).get();
      gate = g;
    }
    return g;
  }
}
