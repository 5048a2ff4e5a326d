package cn.autogov.kernel.identifier;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Locale;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;
import org.junit.jupiter.api.Test;

class ValidIdentifierTest {

  record Filing(
      @ValidIdentifier(IdentifierKind.USCC) String creditCode,
      @ValidIdentifier(value = IdentifierKind.USCC, allowReview = true) String oldCreditCode,
      @ValidIdentifier(value = IdentifierKind.CITIZEN_ID, field = "field.agent-citizen-id")
          String agentId) {}

  private static List<String> messages(Filing filing, Locale locale) {
    Validator validator =
        Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(new LocaleInterpolator(locale))
            .buildValidatorFactory()
            .getValidator();
    return validator.validate(filing).stream().map(v -> v.getMessage()).sorted().toList();
  }

  @Test
  void shouldGiveTheSameWordsAsTheRestOfThePlatform() {
    var filing = new Filing("1111111111AAAAAAAA", null, null);
    assertEquals(
        List.of("统一社会信用代码第17位（组织机构代码校验码）错误，需人工核验", "统一社会信用代码第18位校验码错误"),
        messages(filing, Locale.SIMPLIFIED_CHINESE));
    assertEquals(
        VerdictText.messages(IdentifierKind.USCC.checkStrict("1111111111AAAAAAAA"), Locale.ENGLISH)
            .stream()
            .sorted()
            .toList(),
        messages(filing, Locale.ENGLISH));
  }

  @Test
  void shouldAcceptReviewCasesOnlyWhereAllowed() {
    assertEquals(1, messages(new Filing("91350100M0001TGQXM", null, null), Locale.ENGLISH).size());
    assertEquals(List.of(), messages(new Filing(null, "91350100M0001TGQXM", null), Locale.ENGLISH));
  }

  @Test
  void shouldNameTheFieldItWasToldTo() {
    assertEquals(
        List.of("经办人身份证件号码第18位校验码错误"),
        messages(new Filing(null, null, "110105194912310020"), Locale.SIMPLIFIED_CHINESE));
  }

  /** Interpolates in a fixed language, as the portal does with the view's. */
  private record LocaleInterpolator(Locale locale)
      implements jakarta.validation.MessageInterpolator {
    private static final ResourceBundleMessageInterpolator DELEGATE =
        new ResourceBundleMessageInterpolator();

    @Override
    public String interpolate(String template, Context context) {
      return DELEGATE.interpolate(template, context, locale);
    }

    @Override
    public String interpolate(String template, Context context, Locale ignored) {
      return DELEGATE.interpolate(template, context, locale);
    }
  }
}
