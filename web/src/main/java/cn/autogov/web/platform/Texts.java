package cn.autogov.web.platform;

import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Message-bundle texts in the current view's language: the portal's labels and the domain's
 * messages.
 */
public final class Texts {

  public static final String UI_BUNDLE = "cn.autogov.web.i18n.messages";
  public static final String DOMAIN_BUNDLE = "ValidationMessages";

  private Texts() {}

  public static String ui(String key, Object... args) {
    return text(UI_BUNDLE, key, args);
  }

  /** The label of {@code key} if the portal's bundle has one, else that of {@code fallback}. */
  public static String uiOr(String key, String fallback) {
    Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    return ResourceBundle.getBundle(UI_BUNDLE, locale).containsKey(key) ? ui(key) : ui(fallback);
  }

  public static String domain(String key, Object... args) {
    return text(DOMAIN_BUNDLE, key, args);
  }

  private static String text(String bundle, String key, Object... args) {
    Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    try {
      String pattern = ResourceBundle.getBundle(bundle, locale).getString(key);
      return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    } catch (MissingResourceException e) {
      return "???" + key + "???";
    }
  }
}
