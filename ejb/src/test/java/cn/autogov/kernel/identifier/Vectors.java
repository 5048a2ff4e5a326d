package cn.autogov.kernel.identifier;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the shared test vectors (copied from ../shared/domain/vectors): CSV with a header and
 * quoted fields.
 */
public final class Vectors {

  /** The identifier vector files and the kind each holds. */
  public static final java.util.Map<String, IdentifierKind> IDENTIFIER_FILES =
      java.util.Map.of(
          "uscc.csv", IdentifierKind.USCC,
          "org_code.csv", IdentifierKind.ORG_CODE,
          "cn_id.csv", IdentifierKind.CITIZEN_ID,
          "vin.csv", IdentifierKind.VIN,
          "plates.csv", IdentifierKind.PLATE,
          "customs_code.csv", IdentifierKind.CUSTOMS_CODE);

  private Vectors() {}

  public static List<String[]> rows(String file) {
    var in = Vectors.class.getResourceAsStream("/vectors/" + file);
    if (in == null) {
      throw new IllegalStateException("missing test vectors " + file);
    }
    try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      List<String[]> rows = new ArrayList<>();
      reader.readLine();
      for (String line; (line = reader.readLine()) != null; ) {
        if (!line.isBlank()) {
          rows.add(split(line));
        }
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String[] split(String line) {
    List<String> fields = new ArrayList<>();
    var field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields.toArray(String[]::new);
  }
}
