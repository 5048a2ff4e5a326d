package cn.autogov.filing.domain;

import java.io.Serializable;
import java.util.List;

/**
 * A section of a filing's printed form (备案登记表) as its seed lays it out: a heading (a label key) and
 * the fields under it, two label/value pairs a line; a table field gets a table of its own. A type
 * that declares none is printed field by field.
 */
public record PrintSection(String titleKey, List<String> fields) implements Serializable {

  public PrintSection {
    fields = List.copyOf(fields);
  }

  public static PrintSection of(String titleKey, String... fields) {
    return new PrintSection(titleKey, List.of(fields));
  }
}
