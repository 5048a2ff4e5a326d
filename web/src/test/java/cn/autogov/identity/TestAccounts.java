package cn.autogov.identity;

import cn.autogov.identity.domain.Role;
import cn.autogov.identity.domain.UserAccount;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * Deployed with the tests only: a fresh account per test, so reruns on a kept database start clean.
 */
@Stateless
public class TestAccounts {

  @PersistenceContext EntityManager em;

  public String create(Role role, String password) {
    String login = "it-" + UUID.randomUUID().toString().substring(0, 8);
    em.persist(UserAccount.create(login, "测试账号", role, password, false, LocalDateTime.now()));
    return login;
  }
}
