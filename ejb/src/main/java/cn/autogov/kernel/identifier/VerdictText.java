package cn.autogov.kernel.identifier;

import cn.autogov.kernel.DomainText;
import cn.autogov.kernel.Problem;
import java.util.List;
import java.util.Locale;

/**
 * The messages of a verdict in one language, each naming the field (the kind's name unless another
 * is given).
 */
public final class VerdictText {

  private VerdictText() {}

  public static List<String> messages(Verdict verdict, Locale locale) {
    return messages(verdict, locale, DomainText.text(locale, verdict.kind().labelKey()));
  }

  public static List<String> messages(Verdict verdict, Locale locale, String fieldLabel) {
    return verdict.problems().stream().map(p -> message(p, locale, fieldLabel)).toList();
  }

  public static String message(Problem problem, Locale locale, String fieldLabel) {
    return DomainText.render(locale, problem, fieldLabel);
  }
}
