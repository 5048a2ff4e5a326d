package cn.autogov.ws.exchange;

import java.io.ByteArrayInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A pass over an inbound message with a parser that reads no DTD: a message with a DOCTYPE (where
 * external entities and entity expansion live) is refused before any parser that would expand it
 * sees it, as is one that is not well-formed. SOAP 1.1 forbids DTDs in messages anyway.
 */
final class XmlPrecheck {

  private static final XMLInputFactory FACTORY = factory();

  private XmlPrecheck() {}

  /** The message key of the message's problem, or null when it may go on. */
  static String problem(byte[] body) {
    XMLStreamReader r = null;
    try {
      r = FACTORY.createXMLStreamReader(new ByteArrayInputStream(body));
      while (r.hasNext()) {
        int event = r.next();
        if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
          return "exchange.dtd-refused";
        }
      }
      return null;
    } catch (XMLStreamException e) {
      String m = String.valueOf(e.getMessage());
      return m.contains("DOCTYPE") || m.contains("DTD") || m.contains("ENTITY")
          ? "exchange.dtd-refused"
          : "exchange.malformed";
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

  static XMLInputFactory factory() {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory(); // the JDK's, whatever else is bundled
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    f.setXMLResolver(
        (publicId, systemId, base, ns) -> {
          throw new XMLStreamException("external entity refused");
        });
    return f;
  }
}
