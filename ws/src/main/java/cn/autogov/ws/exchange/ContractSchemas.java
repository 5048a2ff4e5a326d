package cn.autogov.ws.exchange;

import jakarta.servlet.ServletContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.MalformedURLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.transform.stax.StAXSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;

/**
 * Every inbound message's body checked against its contract's XSD (the one the WSDL imports),
 * streaming, before Metro reads it: the first element inside soap:Body must be an element of a
 * known contract and valid by its schema.
 */
final class ContractSchemas {

  static final String SOAP11 = "http://schemas.xmlsoap.org/soap/envelope/";

  /** Each contract namespace and its XSD in the WAR. */
  static final Map<String, String> SCHEMAS =
      Map.of(
          "urn:autogov:customs:v1", "/WEB-INF/wsdl/customs/v1/CustomsService-v1.xsd",
          "urn:autogov:platform:v1", "/WEB-INF/wsdl/platform/v1/PlatformService-v1.xsd");

  private static final Map<String, Schema> LOADED = new ConcurrentHashMap<>();
  private static final XMLInputFactory FACTORY = XmlPrecheck.factory();

  private ContractSchemas() {}

  /** Null when valid; else the problem (a message for exchange.schema-invalid). */
  static String problem(ServletContext servlet, byte[] body) {
    XMLStreamReader r = null;
    try {
      r = FACTORY.createXMLStreamReader(new ByteArrayInputStream(body));
      int depth = 0;
      boolean inBody = false;
      while (r.hasNext()) {
        int event = r.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          depth++;
          if (inBody) {
            String ns = r.getNamespaceURI();
            String xsd = ns == null ? null : SCHEMAS.get(ns);
            if (xsd == null) {
              return "{"
                  + ns
                  + "}"
                  + r.getLocalName()
                  + " is not an element of an AutoGov contract";
            }
            Schema schema = LOADED.computeIfAbsent(ns, n -> load(servlet, xsd));
            schema.newValidator().validate(new StAXSource(r));
            return null;
          }
          inBody =
              depth == 2 && SOAP11.equals(r.getNamespaceURI()) && "Body".equals(r.getLocalName());
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          depth--;
        }
      }
      return "the message has no body element";
    } catch (SAXException e) {
      String m = String.valueOf(e.getMessage());
      return m.length() > 300 ? m.substring(0, 300) : m;
    } catch (XMLStreamException | IOException e) {
      return "unreadable";
    } finally {
      if (r != null) {
        try {
          r.close();
        } catch (XMLStreamException e) {
          // nothing held
        }
      }
    }
  }

  private static Schema load(ServletContext servlet, String path) {
    try {
      SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      return f.newSchema(servlet.getResource(path));
    } catch (SAXException | MalformedURLException e) {
      throw new IllegalStateException("cannot load the contract schema " + path, e);
    }
  }
}
