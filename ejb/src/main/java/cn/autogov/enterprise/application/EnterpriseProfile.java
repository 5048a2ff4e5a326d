package cn.autogov.enterprise.application;

import cn.autogov.access.Actor;
import cn.autogov.enterprise.domain.Enterprise;
import cn.autogov.enterprise.domain.EnterpriseType;
import cn.autogov.enterprise.domain.LegalPersonType;
import java.io.Serializable;

/**
 * An enterprise as registered, for the areas above this one (the filing engine and the businesses
 * on it): read-only; what changes it goes through {@link Enterprises}.
 */
public record EnterpriseProfile(
    Long id,
    String creditCode,
    String name,
    EnterpriseType enterpriseType,
    LegalPersonType legalPersonType,
    String legalRepresentative,
    String regionCode,
    String address,
    String productionAddress,
    Long parentId,
    Long accountId,
    String certificateCode)
    implements Serializable {

  /** The profile of a registered enterprise. */
  public static EnterpriseProfile of(Enterprise e) {
    return new EnterpriseProfile(
        e.getId(),
        e.getCreditCode() == null ? null : e.getCreditCode().value(),
        e.getName(),
        e.getEnterpriseType(),
        e.getLegalPersonType(),
        e.getLegalRepresentative(),
        e.getRegionCode(),
        e.getAddress(),
        e.getProductionAddress(),
        e.getParentId(),
        e.getAccountId(),
        e.getCertificateCode());
  }

  /** Whether the caller may see this enterprise's data (its data scope). */
  public boolean visibleTo(Actor actor) {
    return actor.canSee(id, parentId, regionCode);
  }

  /** A sub-enterprise (子企业) of another. */
  public boolean isSubEnterprise() {
    return parentId != null;
  }

  /** Whether it is a manufacturer of the certificate business (has its 合格证企业代码). */
  public boolean inCertificateBusiness() {
    return certificateCode != null;
  }
}
