package cn.autogov.filing.application;

import cn.autogov.kernel.DomainText;
import java.io.Serializable;
import java.util.Locale;
import java.util.Map;

/**
 * What a business tells the reader of a filing beyond its values and the upload rules — a sample
 * image outside the size the seed asks for, a list entry a PDF lacks — in both languages; {@code
 * warning}: to be looked at before deciding. Made by {@link FilingDefinition#notes}.
 */
public record FilingNote(String key, boolean warning, String textZh, String textEn)
    implements Serializable {

  public static FilingNote of(boolean warning, String key, Map<String, Object> params) {
    return new FilingNote(
        key,
        warning,
        DomainText.render(Locale.SIMPLIFIED_CHINESE, key, params),
        DomainText.render(Locale.ENGLISH, key, params));
  }

  /** The text in the reader's language. */
  public String text(Locale locale) {
    return "en".equals(locale.getLanguage()) ? textEn : textZh;
  }
}
