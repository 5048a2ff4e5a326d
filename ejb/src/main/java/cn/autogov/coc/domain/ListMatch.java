package cn.autogov.coc.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the written application (书面申请, a PDF's text) says of the list: which listed certificate
 * numbers it contains, which it lacks, and which numbers of the enterprise it names beyond the
 * list. The text is compared without spaces or line breaks (a PDF's text may break a number).
 */
public record ListMatch(int listed, List<String> missing, List<String> extra) {

  /** A certificate number of the enterprise: its code and ten letters or digits. */
  private static Pattern numbersOf(String code) {
    return Pattern.compile(Pattern.quote(code) + "[A-Z0-9]{10}");
  }

  /**
   * @param compactText the PDF's text without whitespace, in capitals
   * @param numbers the listed certificate numbers
   * @param code the enterprise's 合格证企业代码 (null: extra numbers not looked for)
   */
  public static ListMatch of(String compactText, List<String> numbers, String code) {
    List<String> missing = new ArrayList<>();
    for (String n : numbers) {
      if (!compactText.contains(n)) {
        missing.add(n);
      }
    }
    Set<String> extra = new LinkedHashSet<>();
    if (code != null) {
      Set<String> listed = Set.copyOf(numbers);
      Matcher m = numbersOf(code).matcher(compactText);
      while (m.find()) {
        if (!listed.contains(m.group())) {
          extra.add(m.group());
        }
      }
    }
    return new ListMatch(numbers.size(), missing, List.copyOf(extra));
  }

  public boolean complete() {
    return missing.isEmpty() && extra.isEmpty();
  }
}
