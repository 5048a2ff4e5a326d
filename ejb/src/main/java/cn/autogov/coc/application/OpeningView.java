package cn.autogov.coc.application;

import cn.autogov.coc.domain.OpeningStatus;
import cn.autogov.coc.domain.SystemOpening;
import cn.autogov.coc.domain.TaxSystem;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/** A system opening as the enterprise, the centre and the tax side see it. */
public record OpeningView(
    String number,
    Long filingId,
    TaxSystem system,
    String creditCode,
    String enterpriseName,
    String contactPerson,
    String contactMobile,
    String taxOffice,
    List<PlantView> plants,
    OpeningStatus status,
    LocalDateTime approvedAt,
    LocalDateTime confirmedAt,
    String refusalReason)
    implements Serializable {

  static OpeningView of(SystemOpening o) {
    return new OpeningView(
        o.getNumber(),
        o.getFilingId(),
        o.getSystem(),
        o.getCreditCode(),
        o.getEnterpriseName(),
        o.getContactPerson(),
        o.getContactMobile(),
        o.getTaxOffice(),
        o.getPlants().stream().map(PlantView::of).toList(),
        o.getStatus(),
        o.getApprovedAt(),
        o.getConfirmedAt(),
        o.getRefusalReason());
  }
}
