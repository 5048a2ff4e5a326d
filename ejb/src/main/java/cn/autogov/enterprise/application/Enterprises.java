package cn.autogov.enterprise.application;

import cn.autogov.enterprise.domain.Enterprise;
import cn.autogov.enterprise.domain.EnterpriseFormerCode;
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

  /**
   * 企业代码变更 ({@code reference}: the application's number): the enterprise is known by {@code
   * newCode} — taken as its credit code if it had none — and its {@code formerCode} is kept in its
   * history, where searches still find it.
   */
  public void changeCode(
      Long enterpriseId,
      String formerCode,
      String newCode,
      String reference,
      java.time.LocalDateTime at) {
    Enterprise e =
        em.find(Enterprise.class, enterpriseId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    CreditCode code = CreditCode.reviewed(newCode);
    Long other = idWithCreditCode(code);
    if (other != null && !other.equals(enterpriseId)) {
      throw new cn.autogov.kernel.RefusedException("ekey.code-of-another", "code", newCode);
    }
    e.adoptCreditCode(code);
    if (formerCode != null
        && !formerCode.equals(newCode)
        && em.find(
                EnterpriseFormerCode.class, new EnterpriseFormerCode.Key(enterpriseId, formerCode))
            == null) {
      em.persist(EnterpriseFormerCode.of(enterpriseId, formerCode, newCode, at, reference));
    }
  }

  /** The enterprises known by a code: their credit code, or one they had before. */
  public java.util.List<Long> idsWithCode(String code) {
    String c = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
    var ids = new java.util.LinkedHashSet<Long>();
    if (c.length() == 18) { // a credit code's length; anything else can only be a former code
      Long id = idWithCreditCode(CreditCode.reviewed(c));
      if (id != null) {
        ids.add(id);
      }
    }
    ids.addAll(
        em.createNamedQuery("EnterpriseFormerCode.byCode", Long.class)
            .setParameter("code", c)
            .getResultList());
    return java.util.List.copyOf(ids);
  }

  /** The codes an enterprise was known by before its current one, oldest first. */
  public java.util.List<String> formerCodes(Long enterpriseId) {
    return em.createNamedQuery("EnterpriseFormerCode.ofEnterprise", EnterpriseFormerCode.class)
        .setParameter("enterprise", enterpriseId)
        .getResultStream()
        .map(EnterpriseFormerCode::getCode)
        .toList();
  }
}
