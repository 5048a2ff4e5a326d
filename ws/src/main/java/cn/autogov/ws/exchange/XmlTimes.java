package cn.autogov.ws.exchange;

import cn.autogov.kernel.BusinessTime;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.GregorianCalendar;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeConstants;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;

/**
 * The contracts' xs:dateTime and xs:date in the platform's terms: a time the platform keeps is its
 * local time (China Standard Time in production), sent with that zone; a time received without a
 * zone is taken as the platform's local time.
 */
public final class XmlTimes {

  private static final ZoneId ZONE = BusinessTime.zone();
  private static final DatatypeFactory XML = factory();

  private XmlTimes() {}

  public static XMLGregorianCalendar time(LocalDateTime t) {
    return t == null ? null : XML.newXMLGregorianCalendar(GregorianCalendar.from(t.atZone(ZONE)));
  }

  public static XMLGregorianCalendar date(LocalDate d) {
    return d == null
        ? null
        : XML.newXMLGregorianCalendarDate(
            d.getYear(), d.getMonthValue(), d.getDayOfMonth(), DatatypeConstants.FIELD_UNDEFINED);
  }

  public static LocalDateTime local(XMLGregorianCalendar c) {
    if (c == null) {
      return null;
    }
    var zoned = c.toGregorianCalendar().toZonedDateTime();
    return c.getTimezone() == DatatypeConstants.FIELD_UNDEFINED
        ? zoned.toLocalDateTime()
        : zoned.withZoneSameInstant(ZONE).toLocalDateTime();
  }

  private static DatatypeFactory factory() {
    try {
      return DatatypeFactory.newInstance();
    } catch (DatatypeConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }
}
