package cn.autogov.web.platform;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/** The user's language: Chinese unless the user switched to English; kept for the session. */
@Named("i18n")
@SessionScoped
public class LanguageBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

  private Locale locale = CHINESE;

  public Locale getLocale() {
    return locale;
  }

  public String getLanguage() {
    return locale.getLanguage();
  }

  public boolean isEnglish() {
    return "en".equals(locale.getLanguage());
  }

  /** Accepts "zh" or "en"; anything else is ignored. */
  void switchTo(String language) {
    if ("en".equals(language)) {
      locale = Locale.ENGLISH;
    } else if ("zh".equals(language)) {
      locale = CHINESE;
    }
  }
}
