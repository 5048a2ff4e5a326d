package cn.autogov.ekey.application;

import cn.autogov.ekey.domain.CodeChangeForm;
import cn.autogov.ekey.domain.EkeyFlow;
import cn.autogov.ekey.domain.KeyApplicationForm;
import cn.autogov.ekey.domain.KeyOrderForm;
import cn.autogov.ekey.domain.ReasonedKeyOrderForm;
import cn.autogov.ekey.domain.RevocationForm;
import cn.autogov.filing.domain.Filing;
import cn.autogov.filing.domain.FilingStatus;
import cn.autogov.filing.domain.FilingType;
import cn.autogov.filing.domain.FulfilmentStep;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * An e-key application as the provider's system sees it (urn:autogov:ekey:v1 and its REST twin):
 * what it waits for from the provider, the version a 复核 must name, the enterprise, the key and the
 * form's fields.
 */
public record ProviderApplication(
    String number,
    String flow,
    String status,
    /** RECHECK (复核), MAKE (制作), UNLOCK (解锁), SHIP (寄出); null when not waiting for the provider. */
    String awaiting,
    long version,
    LocalDateTime submittedAt,
    LocalDate dueOn,
    String enterpriseName,
    String enterpriseCode,
    String userName,
    String authorisedPerson,
    String authorisedPersonMobile,
    String delivery,
    String deliveryAddress,
    String reason,
    String newCreditCode)
    implements Serializable {

  /** What the provider is asked for next, by the engine's step codes. */
  static String awaiting(Filing f, FilingType type) {
    if (f.getReview().getQueueRole() != cn.autogov.access.Role.EKEY_PROVIDER) {
      return null;
    }
    if (f.getStatus() == FilingStatus.SUBMITTED) {
      return "RECHECK";
    }
    FulfilmentStep next = type.fulfilmentAfter(f.getReview().getFulfilledSteps());
    if (next == null) {
      return null;
    }
    return switch (next.code()) {
      case EkeyCatalogue.MADE -> "MAKE";
      case EkeyCatalogue.UNLOCKED -> "UNLOCK";
      case EkeyCatalogue.SHIPPED -> "SHIP";
      default -> null;
    };
  }

  static ProviderApplication of(Filing f, FilingType type, KeyApplicationForm form) {
    EkeyFlow flow = EkeyFlow.ofType(f.getTypeCode());
    String delivery = null;
    String address = null;
    if (form instanceof KeyOrderForm o) {
      delivery = o.delivery();
      address = o.deliveryAddress();
    }
    String reason =
        form instanceof ReasonedKeyOrderForm r
            ? r.reason()
            : form instanceof RevocationForm v ? v.reason() : null;
    return new ProviderApplication(
        f.getNumber(),
        flow.name(),
        f.getStatus().name(),
        awaiting(f, type),
        f.getVersion(),
        f.getSubmittedAt(),
        f.getReview().getDeadline().getDueOn(),
        form.enterpriseName(),
        form.creditCode(),
        form.userName(),
        form.authorisedPerson(),
        form.authorisedPersonMobile(),
        delivery,
        address,
        reason,
        form instanceof CodeChangeForm c ? c.newCreditCode() : null);
  }
}
