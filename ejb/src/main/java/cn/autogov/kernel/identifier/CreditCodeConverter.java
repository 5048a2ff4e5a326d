package cn.autogov.kernel.identifier;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a {@link CreditCode} as its 18 characters; what comes back was checked when it went in.
 */
@Converter
public class CreditCodeConverter implements AttributeConverter<CreditCode, String> {

  @Override
  public String convertToDatabaseColumn(CreditCode code) {
    return code == null ? null : code.value();
  }

  @Override
  public CreditCode convertToEntityAttribute(String value) {
    return value == null ? null : CreditCode.reviewed(value);
  }
}
