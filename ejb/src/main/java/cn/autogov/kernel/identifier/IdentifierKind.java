package cn.autogov.kernel.identifier;

import cn.autogov.kernel.Problem;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every kind of identifier the platform checks, with its rules and its name in URLs and message
 * keys.
 */
public enum IdentifierKind {
  USCC("uscc", UsccRules::check),
  ORG_CODE("org-code", OrgCodeRules::check),
  LICENCE_NUMBER("licence-number", LicenceNumberRules::check),
  TAX_NUMBER("tax-number", TaxNumberRules::check),
  CITIZEN_ID("citizen-id", CitizenIdRules::check),
  VIN("vin", VinRules::check),
  PLATE("plate", PlateRules::check),
  CUSTOMS_CODE("customs-code", CustomsCodeRules::check),
  CERTIFICATE_NUMBER("certificate-number", CertificateNumberRules::check),
  MOBILE("mobile", ContactRules::checkMobile),
  EMAIL("email", ContactRules::checkEmail);

  private final String slug;
  private final Function<String, List<Problem>> rules;

  IdentifierKind(String slug, Function<String, List<Problem>> rules) {
    this.slug = slug;
    this.rules = rules;
  }

  /** The name in URLs ({@code /api/v1/identifiers/uscc/...}) and message keys. */
  public String slug() {
    return slug;
  }

  /** The message key of this kind's field name, e.g. 统一社会信用代码. */
  public String labelKey() {
    return "identifier." + slug;
  }

  public static Optional<IdentifierKind> bySlug(String slug) {
    for (IdentifierKind k : values()) {
      if (k.slug.equals(slug == null ? null : slug.toLowerCase(Locale.ROOT))) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }

  /** Normalises what a person typed, then checks it. */
  public Verdict check(String input) {
    String normalised = Normaliser.normalise(this, input);
    return Verdict.of(this, input, normalised, rules.apply(normalised));
  }

  /**
   * Checks a value exactly as given, without normalising: what stored or exchanged values must
   * already pass.
   */
  public Verdict checkStrict(String value) {
    return Verdict.of(this, value, value, rules.apply(value == null ? "" : value));
  }
}
