package cn.autogov.ws.exchange;

import jakarta.servlet.ServletContext;
import java.io.ByteArrayInputStream;
import java.net.MalformedURLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.ValidatorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * Every inbound message checked before Metro reads it, in one streaming pass: no DTD, well-formed,
 * and the first element inside soap:Body an element of a known contract, valid by its XSD (the one
 * the WSDL imports).
 */
final class ContractSchemas {

  static final String SOAP11 = "http://schemas.xmlsoap.org/soap/envelope/";

  /** Each contract namespace and its XSD in the WAR. */
  static final Map<String, String> SCHEMAS =
      Map.of(
          "urn:autogov:customs:v1", "/WEB-INF/wsdl/customs/v1/CustomsService-v1.xsd",
          "urn:autogov:tax:v1", "/WEB-INF/wsdl/tax/v1/TaxService-v1.xsd",
          "urn:autogov:ekey:v1", "/WEB-INF/wsdl/ekey/v1/EkeyService-v1.xsd",
          "urn:autogov:platform:v1", "/WEB-INF/wsdl/platform/v1/PlatformService-v1.xsd");

  private static final Map<String, Schema> LOADED = new ConcurrentHashMap<>();

  /** A factory per thread, which hands the reader it made last out again once it is closed. */
  private static final ThreadLocal<XMLInputFactory> FACTORY =
      ThreadLocal.withInitial(ContractSchemas::factory);

  private ContractSchemas() {}

  static final String WSSE =
      "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
  static final String WSU =
      "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd";

  /** What is wrong with a message: the message key of the refusal and its parameters. */
  record Problem(String key, Map<String, ?> params) {}

  /**
   * The pass's finding: a problem (null when the message may go on), and whether its WS-Security
   * header carries a timestamp (which Metro checks for freshness when present, but does not
   * demand).
   */
  record Checked(Problem problem, boolean timestamped) {}

  /**
   * Null when the message may go on. One streaming pass, by a parser that reads no DTD: a DOCTYPE
   * (where external entities and entity expansion live) is refused before any parser that would
   * expand it sees the message (SOAP 1.1 forbids DTDs anyway), as is a message that is not
   * well-formed, or whose body is not a valid element of a contract.
   */
  static Checked check(ServletContext servlet, byte[] body) {
    XMLStreamReader r = null;
    boolean timestamped = false;
    try {
      r = FACTORY.get().createXMLStreamReader(new ByteArrayInputStream(body));
      int depth = 0;
      boolean inBody = false;
      boolean inSecurity = false;
      boolean validated = false;
      List<String[]> outer = new ArrayList<>(); // prefixes declared around the payload
      while (r.hasNext()) {
        int event = r.next();
        if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
          return refused(new Problem("exchange.dtd-refused", Map.of()));
        }
        if (event == XMLStreamConstants.START_ELEMENT) {
          depth++;
          if (inBody && !validated) {
            String ns = r.getNamespaceURI();
            String xsd = ns == null ? null : SCHEMAS.get(ns);
            if (xsd == null) {
              return refused(
                  new Problem(
                      "exchange.schema-unknown-element", Map.of("element", r.getLocalName())));
            }
            var errors = new SchemaErrors();
            validate(r, handler(servlet, ns, xsd), errors, outer);
            if (!errors.messages.isEmpty()) {
              return refused(errors.problem());
            }
            validated = true; // the reader is past the payload: read the rest for well-formedness
            depth--;
          } else {
            inBody =
                depth == 2 && SOAP11.equals(r.getNamespaceURI()) && "Body".equals(r.getLocalName());
            if (depth == 1 || inBody) { // the Envelope's and the Body's: in scope of the payload
              for (int i = 0; i < r.getNamespaceCount(); i++) {
                outer.add(new String[] {r.getNamespacePrefix(i), r.getNamespaceURI(i)});
              }
            }
            if (depth == 3) {
              inSecurity = WSSE.equals(r.getNamespaceURI()) && "Security".equals(r.getLocalName());
            } else if (depth == 4 && inSecurity) {
              timestamped |=
                  WSU.equals(r.getNamespaceURI()) && "Timestamp".equals(r.getLocalName());
            }
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          depth--;
        }
      }
      return new Checked(
          validated ? null : new Problem("exchange.schema-structure", Map.of("element", "Body")),
          timestamped);
    } catch (SAXException e) {
      return refused(new SchemaErrors().add(e).problem());
    } catch (XMLStreamException e) {
      String m = String.valueOf(e.getMessage());
      return refused(
          new Problem(
              m.contains("DOCTYPE") || m.contains("DTD") || m.contains("ENTITY")
                  ? "exchange.dtd-refused"
                  : "exchange.malformed",
              Map.of()));
    } finally {
      if (r != null) {
        try {
          r.close(); // and the thread's factory may hand it out again
        } catch (XMLStreamException e) {
          // nothing held
        }
      }
    }
  }

  /**
   * The payload the reader stands at the start of, through to its end, given to the validator as
   * SAX events (the prefixes declared around it first). A StAXSource went through an identity
   * transformer and a new validator handler per message: half of the check's time.
   */
  private static void validate(
      XMLStreamReader r, ValidatorHandler h, SchemaErrors errors, List<String[]> outer)
      throws XMLStreamException, SAXException {
    h.setErrorHandler(errors);
    h.startDocument();
    for (String[] p : outer) {
      h.startPrefixMapping(p[0] == null ? "" : p[0], p[1]);
    }
    int depth = 0;
    int event = XMLStreamConstants.START_ELEMENT;
    while (true) {
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
        for (int i = 0; i < r.getNamespaceCount(); i++) {
          String prefix = r.getNamespacePrefix(i);
          h.startPrefixMapping(prefix == null ? "" : prefix, r.getNamespaceURI(i));
        }
        var attributes = new AttributesImpl();
        for (int i = 0; i < r.getAttributeCount(); i++) {
          String uri = r.getAttributeNamespace(i);
          String prefix = r.getAttributePrefix(i);
          String local = r.getAttributeLocalName(i);
          attributes.addAttribute(
              uri == null ? "" : uri,
              local,
              prefix == null || prefix.isEmpty() ? local : prefix + ":" + local,
              "CDATA",
              r.getAttributeValue(i));
        }
        h.startElement(nsOf(r), r.getLocalName(), qName(r), attributes);
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        h.endElement(nsOf(r), r.getLocalName(), qName(r));
        for (int i = 0; i < r.getNamespaceCount(); i++) {
          String prefix = r.getNamespacePrefix(i);
          h.endPrefixMapping(prefix == null ? "" : prefix);
        }
        if (--depth == 0) {
          break;
        }
      } else if (event == XMLStreamConstants.CHARACTERS
          || event == XMLStreamConstants.CDATA
          || event == XMLStreamConstants.SPACE) {
        h.characters(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
      } else if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
        throw new XMLStreamException("DTD refused");
      }
      event = r.next();
    }
    for (String[] p : outer) {
      h.endPrefixMapping(p[0] == null ? "" : p[0]);
    }
    h.endDocument();
  }

  private static String nsOf(XMLStreamReader r) {
    String uri = r.getNamespaceURI();
    return uri == null ? "" : uri;
  }

  private static String qName(XMLStreamReader r) {
    String prefix = r.getPrefix();
    return prefix == null || prefix.isEmpty() ? r.getLocalName() : prefix + ":" + r.getLocalName();
  }

  /**
   * This thread's validator handler of the contract (a new one per message cost a twentieth of a
   * call; they are not thread-safe, the servlet threads are pooled); startDocument resets it.
   */
  private static ValidatorHandler handler(ServletContext servlet, String ns, String xsd) {
    return HANDLERS
        .get()
        .computeIfAbsent(
            ns, n -> LOADED.computeIfAbsent(n, k -> load(servlet, xsd)).newValidatorHandler());
  }

  private static final ThreadLocal<Map<String, ValidatorHandler>> HANDLERS =
      ThreadLocal.withInitial(java.util.HashMap::new);

  private static Checked refused(Problem p) {
    return new Checked(p, false);
  }

  /**
   * The validator's complaints, said in the contract's words: which element, and the value that
   * does not fit — never the parser's own texts ({@code cvc-pattern-valid: ...}).
   */
  static final class SchemaErrors implements org.xml.sax.ErrorHandler {
    private static final java.util.regex.Pattern VALUE =
        java.util.regex.Pattern.compile("value '([^']{0,80})' of element '(?:[^':]*:)?([\\w.-]+)'");
    private static final java.util.regex.Pattern ELEMENT =
        java.util.regex.Pattern.compile("element '(?:\\{\"[^\"]*\":)?(?:[^':]*:)?([\\w.-]+)\\}?'");

    final java.util.List<String> messages = new java.util.ArrayList<>();

    SchemaErrors add(Exception e) {
      if (messages.size() < 5) {
        messages.add(String.valueOf(e.getMessage()));
      }
      return this;
    }

    @Override
    public void warning(org.xml.sax.SAXParseException e) {
      // not a refusal
    }

    @Override
    public void error(org.xml.sax.SAXParseException e) {
      add(e);
    }

    @Override
    public void fatalError(org.xml.sax.SAXParseException e) {
      add(e);
    }

    Problem problem() {
      String all = String.join(" ", messages);
      var value = VALUE.matcher(all);
      if (value.find()) {
        return new Problem(
            "exchange.schema-value", Map.of("element", value.group(2), "value", value.group(1)));
      }
      var element = ELEMENT.matcher(all);
      if (element.find()) {
        return new Problem("exchange.schema-structure", Map.of("element", element.group(1)));
      }
      return new Problem("exchange.schema-invalid", Map.of("detail", ""));
    }
  }

  /** A StAX factory that reads no DTD and resolves no external entity (the JDK's own). */
  private static XMLInputFactory factory() {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    try {
      f.setProperty("reuse-instance", Boolean.TRUE); // the JDK's own: a closed reader is reset
    } catch (IllegalArgumentException e) {
      // another StAX implementation: a new reader each time
    }
    f.setXMLResolver(
        (publicId, systemId, base, ns) -> {
          throw new XMLStreamException("external entity refused");
        });
    return f;
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
