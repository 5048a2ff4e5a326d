package cn.autogov.document.inspection;

import cn.autogov.kernel.DomainText;
import java.util.List;
import java.util.Locale;

/** The messages of an inspection in one language, each naming the material slot. */
public final class UploadText {

  private UploadText() {}

  public static List<String> messages(Inspection inspection, Locale locale, String slotLabel) {
    return inspection.problems().stream()
        .map(p -> DomainText.render(locale, p, slotLabel))
        .toList();
  }
}
