package cn.autogov.usedcar.application;

import cn.autogov.usedcar.domain.UsedCarBusiness;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** The used-car businesses as registered, read in the caller's transaction. */
@Dependent
public class UsedCarBusinesses {

  @PersistenceContext EntityManager em;

  /** What the enterprise stated when it registered as a used-car business, if it did. */
  public Optional<UsedCarBusiness> registered(Long enterpriseId) {
    return Optional.ofNullable(
        enterpriseId == null ? null : em.find(UsedCarBusiness.class, enterpriseId));
  }
}
