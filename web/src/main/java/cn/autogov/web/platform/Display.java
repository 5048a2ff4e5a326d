package cn.autogov.web.platform;

import cn.autogov.kernel.DomainText;
import cn.autogov.kernel.reference.ReferenceData;
import cn.autogov.kernel.reference.Region;
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

  @Inject cn.autogov.identity.enterprise.EnterpriseService enterprises;

  public String time(LocalDateTime t) {
    return t == null ? "" : DomainText.TIME.format(t);
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
      Region r = reference.region(next).orElse(null);
      if (r == null) {
        break;
      }
      names.addFirst(english ? r.getNameEn() : r.getNameZh());
      next = r.getParentCode();
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
