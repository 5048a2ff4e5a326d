package cn.autogov.coc.application;

import cn.autogov.coc.domain.FrontStyle;
import cn.autogov.kernel.BusinessTime;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * A front style in the register as the enterprise and the centre see it: its code, the enterprise,
 * the filing that registered it (whose materials hold the description and the sample), scope,
 * period, what replaced it, and whether it is in use today ({@code IN_USE}), not yet ({@code
 * PENDING}) or no more ({@code ENDED}).
 */
public record FrontStyleView(
    String code,
    String enterpriseName,
    String creditCode,
    Long filingId,
    String filingNumber,
    String scope,
    LocalDate validFrom,
    LocalDate validTo,
    String replacedBy,
    String state)
    implements Serializable {

  static FrontStyleView of(FrontStyle s, String enterpriseName, String creditCode) {
    LocalDate today = BusinessTime.today();
    String state =
        s.getValidFrom().isAfter(today)
            ? "PENDING"
            : s.getValidTo() != null && s.getValidTo().isBefore(today) ? "ENDED" : "IN_USE";
    return new FrontStyleView(
        s.getCode(),
        enterpriseName,
        creditCode,
        s.getFilingId(),
        s.getFilingNumber(),
        s.getScope(),
        s.getValidFrom(),
        s.getValidTo(),
        s.getReplacedBy(),
        state);
  }
}
