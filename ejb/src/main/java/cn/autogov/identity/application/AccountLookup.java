package cn.autogov.identity.application;

import cn.autogov.access.Role;
import cn.autogov.identity.domain.UserAccount;
import cn.autogov.kernel.identifier.CreditCode;
import cn.autogov.kernel.identifier.IdentifierKind;
import cn.autogov.kernel.identifier.Outcome;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * Finds the account behind what a person typed to sign in or to reset a password, in the calling
 * bean's transaction.
 */
@Dependent
class AccountLookup {

  @PersistenceContext EntityManager em;

  /**
   * The account a typed identifier names, locked: its login name; an 18-character credit code (a
   * legal person); or an agent's ID number.
   */
  public Optional<UserAccount> byIdentifier(String identifier) {
    if (identifier == null || identifier.isBlank()) {
      return Optional.empty();
    }
    String typed = identifier.strip();
    Optional<UserAccount> byName = find(typed, LockModeType.PESSIMISTIC_WRITE);
    if (byName.isPresent()) {
      return byName;
    }
    var uscc = IdentifierKind.USCC.check(typed);
    if (uscc.outcome() != Outcome.INVALID) {
      List<UserAccount> byCode =
          em.createNamedQuery("UserAccount.findByCreditCode", UserAccount.class)
              .setParameter("creditCode", CreditCode.reviewed(uscc.normalised()))
              .setLockMode(LockModeType.PESSIMISTIC_WRITE)
              .getResultList();
      if (byCode.size() == 1) {
        return Optional.of(byCode.get(0));
      }
    }
    String idNumber = typed.toUpperCase(java.util.Locale.ROOT);
    List<UserAccount> byId =
        em
            .createNamedQuery("UserAccount.findByIdNumber", UserAccount.class)
            .setParameter("idNumber", idNumber)
            .getResultList()
            .stream()
            .filter(a -> a.getRole() == Role.AGENT)
            .toList();
    if (byId.size() == 1) {
      em.lock(byId.get(0), LockModeType.PESSIMISTIC_WRITE);
      return Optional.of(byId.get(0));
    }
    return Optional.empty();
  }

  /** The account of a login name (case-insensitive), locked as asked. */
  public Optional<UserAccount> find(String loginName, LockModeType lock) {
    if (loginName == null || loginName.isBlank()) {
      return Optional.empty();
    }
    return em.createNamedQuery("UserAccount.findByLoginName", UserAccount.class)
        .setParameter("loginName", UserAccount.normaliseLoginName(loginName))
        .setLockMode(lock)
        .getResultStream()
        .findFirst();
  }
}
