package cn.autogov.kernel.identifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every row of the shared vectors, through the Java API: strict rows as given, normalisation rows
 * as typed.
 */
class IdentifierVectorsTest {

  private static final Map<String, IdentifierKind> FILES = Vectors.IDENTIFIER_FILES;

  static Stream<Arguments> strictRows() {
    return FILES.entrySet().stream()
        .flatMap(
            e ->
                Vectors.rows(e.getKey()).stream()
                    .map(r -> Arguments.of(e.getValue(), r[1], Boolean.parseBoolean(r[2]), r[3])));
  }

  @ParameterizedTest(name = "{0} {1} valid={2}")
  @MethodSource("strictRows")
  void shouldJudgeEveryVectorAsTheSharedFileSays(
      IdentifierKind kind, String value, boolean valid, String reason) {
    Verdict verdict = kind.checkStrict(value);
    assertEquals(valid, verdict.isValid(), reason + " -> " + verdict);
    if (!valid) {
      assertFalse(verdict.problems().isEmpty());
      for (Locale locale : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
        for (String message : VerdictText.messages(verdict, locale)) {
          assertFalse(message.contains("{"), message);
          assertTrue(message.length() > 8, message);
        }
      }
    }
  }

  static Stream<Arguments> normalisationRows() {
    var kinds =
        Map.of(
            "uscc", IdentifierKind.USCC,
            "cn_id", IdentifierKind.CITIZEN_ID,
            "vin", IdentifierKind.VIN,
            "plate", IdentifierKind.PLATE);
    return Vectors.rows("normalisation.csv").stream()
        .map(r -> Arguments.of(kinds.get(r[0]), r[1], r[2], Boolean.parseBoolean(r[3])));
  }

  @ParameterizedTest(name = "{0} \"{1}\" -> {2}")
  @MethodSource("normalisationRows")
  void shouldNormaliseWhatPeopleTypeButNeverMapConfusables(
      IdentifierKind kind, String input, String normalised, boolean valid) {
    Verdict verdict = kind.check(input);
    assertEquals(normalised, verdict.normalised());
    assertEquals(valid, verdict.isValid(), verdict.toString());
  }
}
