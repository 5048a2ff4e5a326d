package cn.autogov.usedcar.application;

import cn.autogov.filing.domain.Filing;
import cn.autogov.filing.domain.FilingStatus;
import cn.autogov.kernel.RefusedException;
import cn.autogov.usedcar.domain.BusinessKind;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.List;

/**
 * Whether the local commerce authority has confirmed a used-car business's filing (seed 003 §2.3:
 * "确认通过后，企业才可进行二手车单车信息录入、数据上报等操作"), in the caller's transaction. A confirmed filing stays confirmed
 * while a change of it waits, and after (the change applies to it).
 */
@Dependent
public class UsedCarConfirmations {

  /** The filing types of the five kinds (changes apply to these, which stay approved). */
  static final List<String> FILINGS =
      Arrays.stream(BusinessKind.values()).map(BusinessKind::filingType).toList();

  @PersistenceContext EntityManager em;

  /** Where an enterprise stands: its confirmed filing, else its latest one (or none). */
  public record Standing(boolean confirmed, Long filingId, String number, String status) {}

  public Standing of(Long enterpriseId) {
    List<Filing> filings =
        em.createQuery(
                "SELECT f FROM Filing f WHERE f.applicant.enterpriseId = :e AND f.typeCode IN :types"
                    + " ORDER BY f.id DESC",
                Filing.class)
            .setParameter("e", enterpriseId)
            .setParameter("types", FILINGS)
            .setMaxResults(20)
            .getResultList();
    for (Filing f : filings) {
      if (f.getStatus() == FilingStatus.APPROVED) {
        return new Standing(true, f.getId(), f.getNumber(), f.getStatus().name());
      }
    }
    return filings.isEmpty()
        ? new Standing(false, null, null, null)
        : new Standing(
            false,
            filings.get(0).getId(),
            filings.get(0).getNumber(),
            filings.get(0).getStatus().name());
  }

  /**
   * Refused, saying why and which filing to look at, unless the enterprise is confirmed: sales
   * entry, import and reports.
   */
  public void require(Long enterpriseId) {
    Standing s = of(enterpriseId);
    if (s.confirmed()) {
      return;
    }
    if (s.filingId() == null) {
      throw new RefusedException("usedcar.not-filed");
    }
    throw new RefusedException(
        "usedcar.not-confirmed", "number", s.number(), "filingId", s.filingId());
  }

  /** The kinds whose filing the authority confirmed (they decide which returns are due). */
  public java.util.Set<cn.autogov.usedcar.domain.BusinessKind> confirmedKinds(Long enterpriseId) {
    var kinds = java.util.EnumSet.noneOf(cn.autogov.usedcar.domain.BusinessKind.class);
    em.createQuery(
            "SELECT DISTINCT f.typeCode FROM Filing f WHERE f.applicant.enterpriseId = :e"
                + " AND f.typeCode IN :types AND f.status = :approved",
            String.class)
        .setParameter("e", enterpriseId)
        .setParameter("types", FILINGS)
        .setParameter("approved", FilingStatus.APPROVED)
        .getResultList()
        .forEach(t -> kinds.add(cn.autogov.usedcar.domain.BusinessKind.ofFilingType(t)));
    return kinds;
  }
}
