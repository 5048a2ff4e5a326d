package cn.autogov.web.platform;

import cn.autogov.kernel.DomainText;
import cn.autogov.reference.ReferenceData;
import cn.autogov.reference.RegionView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

/**
 * {@code #{fmt…}}: what the pages show instead of internal values — times as {@code yyyy-MM-dd
 * HH:mm:ss}, codes by their label ({@code fmt.label('auditAction.', code)}, the code itself only
 * where no label exists yet), a region code as its full name (福建省福州市), an enterprise by its name,
 * and message texts with live verification codes and one-time passwords masked.
 */
@Named("fmt")
@ApplicationScoped
public class Display {

  private static final Pattern SECRET =
      Pattern.compile("(验证码为|一次性密码：|one-time password:? ?)([0-9A-Za-z!@#$%^&*._-]{4,})");

  @Inject ReferenceData reference;

  @Inject cn.autogov.enterprise.application.EnterpriseService enterprises;

  public String time(LocalDateTime t) {
    return t == null ? "" : DomainText.TIME.format(t);
  }

  /** A form field's or material slot's label in the page's language (a slot for a VIN named so). */
  public String field(String name) {
    return cn.autogov.kernel.DomainText.fieldLabel(locale(), name);
  }

  /** A business's note on a filing, in the page's language. */
  public String note(cn.autogov.filing.application.FilingNote n) {
    return n.text(locale());
  }

  /** The label of {@code prefix + code} in the page's language; the code when none is written. */
  public String label(String prefix, Object code) {
    if (code == null) {
      return "";
    }
    try {
      return ResourceBundle.getBundle(Texts.UI_BUNDLE, locale()).getString(prefix + code);
    } catch (MissingResourceException e) {
      return String.valueOf(code);
    }
  }

  /** 福建省福州市 for 350100 (English names when the page is English); the code when unknown. */
  public String region(String code) {
    if (code == null || code.isBlank()) {
      return "";
    }
    boolean english = "en".equals(locale().getLanguage());
    var names = new ArrayDeque<String>();
    String next = code;
    for (int depth = 0; next != null && depth < 4; depth++) {
      RegionView r = reference.region(next).orElse(null);
      if (r == null) {
        break;
      }
      names.addFirst(english ? r.nameEn() : r.nameZh());
      next = r.parentCode();
    }
    return names.isEmpty()
        ? code
        : String.join(english ? ", " : "", english ? reversed(names) : names);
  }

  /** An enterprise by its name (the id where the caller may not see it, or it is gone). */
  public String enterprise(Long id) {
    if (id == null) {
      return "";
    }
    try {
      return enterprises.find(id).name();
    } catch (cn.autogov.kernel.RefusedException e) {
      return String.valueOf(id);
    }
  }

  /**
   * An audit entry's before or after text as its reader reads it: the coded part in words
   * (statuses, documents, fields and materials, outcomes and channels by their names, {@code stage
   * 2} as 第2级, {@code version 7} as 版本7), a remark after {@code " | "} as it was written. The
   * stored text stays as it is (the trail is sealed); only its display is translated.
   */
  public String auditText(String text) {
    return auditText(text, locale());
  }

  static String auditText(String text, Locale locale) {
    if (text == null || text.isBlank()) {
      return "";
    }
    int bar = text.indexOf(" | ");
    String coded = bar < 0 ? text : text.substring(0, bar);
    StringBuilder out = new StringBuilder();
    String[] tokens = coded.split(" ");
    for (int i = 0; i < tokens.length; i++) {
      String t = tokens[i];
      boolean numbered = i + 1 < tokens.length && tokens[i + 1].matches("\\d+");
      String word;
      if (numbered && (t.equals("stage") || t.equals("version"))) {
        word = uiText("auditWord." + t, tokens[++i], locale);
      } else {
        int eq = t.indexOf('=');
        word =
            eq > 0
                ? codeWord(t.substring(0, eq), locale) + "=" + t.substring(eq + 1)
                : codeWord(t, locale);
      }
      out.append(out.length() == 0 ? "" : " ").append(word);
    }
    return bar < 0
        ? out.toString()
        : out + uiText("auditWord.remark", text.substring(bar + 3), locale);
  }

  /**
   * A code's name: a status, a document, a channel, an outcome, a field or material; else as is.
   */
  private static String codeWord(String code, Locale locale) {
    for (String prefix : new String[] {"filingStatus.", "channel.", "auditWord."}) {
      String w = bundleText(Texts.UI_BUNDLE, prefix + code, locale);
      if (w != null) {
        return w;
      }
    }
    String document = bundleText(Texts.UI_BUNDLE, "pdf." + code.toLowerCase(Locale.ROOT), locale);
    if (document != null) {
      return document;
    }
    String field = bundleText(Texts.DOMAIN_BUNDLE, "field." + code, locale);
    return field == null ? code : field;
  }

  private static String uiText(String key, Object arg, Locale locale) {
    String pattern = bundleText(Texts.UI_BUNDLE, key, locale);
    return pattern == null
        ? key + " " + arg
        : new java.text.MessageFormat(pattern, locale).format(new Object[] {arg});
  }

  private static String bundleText(String bundle, String key, Locale locale) {
    try {
      return ResourceBundle.getBundle(bundle, locale).getString(key);
    } catch (MissingResourceException e) {
      return null;
    }
  }

  /** A message text with its verification code or one-time password replaced by ******. */
  public String masked(String text) {
    return text == null ? "" : SECRET.matcher(text).replaceAll("$1******");
  }

  private static Iterable<String> reversed(ArrayDeque<String> names) {
    return names::descendingIterator;
  }

  private static Locale locale() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces == null || faces.getViewRoot() == null
        ? Locale.SIMPLIFIED_CHINESE
        : faces.getViewRoot().getLocale();
  }
}
