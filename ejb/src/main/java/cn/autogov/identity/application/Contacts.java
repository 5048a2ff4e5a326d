package cn.autogov.identity.application;

import cn.autogov.access.Role;
import cn.autogov.identity.domain.UserAccount;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The enabled accounts the areas above tell or hand work to (reviewers, their supervisors, an
 * applicant's accounts), in the caller's transaction; they never load {@link UserAccount}.
 */
@Dependent
public class Contacts {

  @PersistenceContext EntityManager em;

  /** The enabled staff of a role, by login name. */
  public List<Contact> staff(Role role) {
    return em.createNamedQuery("UserAccount.staff", UserAccount.class)
        .setParameter("roles", List.of(role))
        .getResultStream()
        .filter(UserAccount::isEnabled)
        .map(Contact::of)
        .toList();
  }

  /** The enabled account of this login name, if any. */
  public List<Contact> withLogin(String loginName) {
    return byLogin(loginName).filter(UserAccount::isEnabled).map(Contact::of).toList();
  }

  /** The account of this login name, enabled or not (who signed a decision, say). */
  public Optional<Contact> named(String loginName) {
    return byLogin(loginName).findFirst().map(Contact::of);
  }

  private Stream<UserAccount> byLogin(String loginName) {
    return em.createNamedQuery("UserAccount.findByLoginName", UserAccount.class)
        .setParameter("loginName", loginName)
        .getResultStream();
  }

  /** The account, if it is enabled. */
  public List<Contact> account(Long accountId) {
    UserAccount a = em.find(UserAccount.class, accountId);
    return a == null || !a.isEnabled() ? List.of() : List.of(Contact.of(a));
  }

  /**
   * An enterprise's enabled accounts that hear of its filing: the one who started it (while acting
   * for the enterprise) and its legal person.
   */
  public List<Contact> ofEnterprise(Long enterpriseId, String startedBy) {
    return em.createQuery(
            "SELECT a FROM UserAccount a WHERE a.enterpriseId = :e AND a.enabled = TRUE"
                + " AND (a.loginName = :creator OR a.role = :legal)",
            UserAccount.class)
        .setParameter("e", enterpriseId)
        .setParameter("creator", startedBy)
        .setParameter("legal", Role.ENTERPRISE)
        .getResultStream()
        .map(Contact::of)
        .toList();
  }

  /** The account's verified natural person (an agent: 实名认证 approved); empty otherwise. */
  public java.util.Optional<VerifiedPerson> verifiedPerson(Long accountId) {
    UserAccount a = accountId == null ? null : em.find(UserAccount.class, accountId);
    if (a == null || a.getRole() != Role.AGENT || a.getIdNumber() == null) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        new VerifiedPerson(
            a.getId(), a.getRealName(), a.getIdNumber(), a.getMobile(), a.getEmail()));
  }
}
