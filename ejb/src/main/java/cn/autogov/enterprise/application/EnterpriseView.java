package cn.autogov.enterprise.application;

import cn.autogov.enterprise.domain.Enterprise;
import cn.autogov.enterprise.domain.EnterpriseType;
import cn.autogov.enterprise.domain.LegalPersonType;
import java.io.Serializable;
import java.util.List;

/** An enterprise as the callers who may see it see it. */
public record EnterpriseView(
    Long id,
    String creditCode,
    String name,
    EnterpriseType enterpriseType,
    LegalPersonType legalPersonType,
    String legalRepresentative,
    String regionCode,
    String address,
    Long parentId,
    String accountLoginName,
    String certificateCode,
    /** Codes it was known by before (企业代码变更), oldest first; empty in lists. */
    List<String> formerCodes)
    implements Serializable {

  public static EnterpriseView of(Enterprise e, String login) {
    return of(e, login, List.of());
  }

  public static EnterpriseView of(Enterprise e, String login, List<String> formerCodes) {
    return new EnterpriseView(
        e.getId(),
        e.getCreditCode() == null ? null : e.getCreditCode().value(),
        e.getName(),
        e.getEnterpriseType(),
        e.getLegalPersonType(),
        e.getLegalRepresentative(),
        e.getRegionCode(),
        e.getAddress(),
        e.getParentId(),
        login,
        e.getCertificateCode(),
        List.copyOf(formerCodes));
  }

  /** In the certificate business: a manufacturer with its 合格证企业代码, or a sub-enterprise. */
  public boolean inCertificateBusiness() {
    return certificateCode != null || parentId != null;
  }
}
