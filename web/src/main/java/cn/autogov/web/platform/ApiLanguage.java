package cn.autogov.web.platform;

import cn.autogov.kernel.DomainText;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;

/**
 * The language of a REST answer: the first of Chinese or English in Accept-Language; Chinese by
 * default.
 */
public final class ApiLanguage {

  private ApiLanguage() {}

  public static Locale of(HttpHeaders headers) {
    return of(headers.getAcceptableLanguages());
  }

  /** The first supported of the languages a request accepts, else Chinese. */
  public static Locale of(java.util.List<Locale> acceptable) {
    for (Locale l : acceptable) {
      if ("en".equals(l.getLanguage()) || "zh".equals(l.getLanguage())) {
        return DomainText.supported(l);
      }
    }
    return Locale.SIMPLIFIED_CHINESE;
  }
}
