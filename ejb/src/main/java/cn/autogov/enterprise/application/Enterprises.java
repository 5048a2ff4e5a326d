package cn.autogov.enterprise.application;

import cn.autogov.enterprise.domain.Enterprise;
import cn.autogov.kernel.identifier.CreditCode;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * What the areas above ask of the enterprise register, in their caller's transaction (the caller
 * established who acts): an applicant's profile, an enterprise by credit code, the approved change
 * of its details. They never load {@link Enterprise} themselves.
 */
@Dependent
public class Enterprises {

  @PersistenceContext EntityManager em;

  /** The enterprise's profile; null for no id (an account's own filing) or no such enterprise. */
  public EnterpriseProfile profile(Long id) {
    Enterprise e = id == null ? null : em.find(Enterprise.class, id);
    return e == null ? null : EnterpriseProfile.of(e);
  }

  /** The enterprise of a checked, normalised credit code. */
  public Optional<EnterpriseProfile> withCreditCode(String creditCode) {
    return Enterprise.withCreditCode(em, creditCode).map(EnterpriseProfile::of);
  }

  /** The id alone of the enterprise with this credit code (a partner system's lookup: cheap). */
  public Long idWithCreditCode(CreditCode creditCode) {
    return em.createNamedQuery("Enterprise.idByCreditCode", Long.class)
        .setParameter("creditCode", creditCode)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /**
   * Applies an approved change of the enterprise's registered details (name, legal representative,
   * registered and production address).
   */
  public void applyInfoChange(
      Long id, String name, String representative, String address, String productionAddress) {
    em.find(Enterprise.class, id).applyInfoChange(name, representative, address, productionAddress);
  }

  /**
   * The 合格证企业代码 files of the enterprise are named with (sample images: ABCD001.jpg): its own, or a
   * sub-enterprise's parent's; null outside the certificate business.
   */
  public String certificateCodeOf(EnterpriseProfile e) {
    if (e == null) {
      return null;
    }
    if (e.certificateCode() != null || e.parentId() == null) {
      return e.certificateCode();
    }
    EnterpriseProfile parent = profile(e.parentId());
    return parent == null ? null : parent.certificateCode();
  }
}
