package cn.autogov.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.autogov.access.Role;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class UserAccountTest {

  private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 22, 9, 0);
  private static final String PASSWORD = "Gx7#kq2Lm";

  private final UserAccount account =
      UserAccount.create("ZhangSan", "张三", Role.AGENT, PASSWORD, true, NOW);

  @Test
  void shouldStoreLoginNameInLowerCaseAndNeverThePlainPassword() {
    assertEquals("zhangsan", account.getLoginName());
    assertEquals(LoginOutcome.SUCCESS, account.attemptLogin(PASSWORD, NOW));
    assertEquals(LoginOutcome.WRONG_CREDENTIALS, account.attemptLogin("gx7#kq2lm", NOW));
  }

  @Test
  void shouldLockAfterFiveWrongPasswordsForFifteenMinutes() {
    for (int i = 0; i < 4; i++) {
      assertEquals(LoginOutcome.WRONG_CREDENTIALS, account.attemptLogin("wrong", NOW));
    }
    assertEquals(LoginOutcome.LOCKED, account.attemptLogin("wrong", NOW));
    assertEquals(LoginOutcome.LOCKED, account.attemptLogin(PASSWORD, NOW.plusMinutes(14)));
    assertEquals(LoginOutcome.SUCCESS, account.attemptLogin(PASSWORD, NOW.plusMinutes(15)));
  }

  @Test
  void shouldForgetEarlierFailuresAfterASuccessfulLogin() {
    for (int i = 0; i < 4; i++) {
      account.attemptLogin("wrong", NOW);
    }
    account.attemptLogin(PASSWORD, NOW);
    assertEquals(LoginOutcome.WRONG_CREDENTIALS, account.attemptLogin("wrong", NOW));
  }

  @Test
  void shouldClearTheChangeRequirementWhenThePasswordIsChanged() {
    assertTrue(account.isPasswordChangeRequired());
    account.changePassword(PASSWORD, "New!pass2026", NOW);
    assertFalse(account.isPasswordChangeRequired());
    assertEquals(LoginOutcome.SUCCESS, account.attemptLogin("New!pass2026", NOW));
    assertEquals(LoginOutcome.WRONG_CREDENTIALS, account.attemptLogin(PASSWORD, NOW));
  }

  @Test
  void shouldRefuseChangeWithWrongCurrentPassword() {
    var e =
        assertThrows(
            PasswordRejectedException.class,
            () -> account.changePassword("wrong", "New!pass2026", NOW));
    assertEquals(List.of("password.wrong-current"), e.problems());
    assertTrue(account.isPasswordChangeRequired());
  }

  @Test
  void shouldNameEveryBrokenRuleOfTheNewPassword() {
    var e =
        assertThrows(
            PasswordRejectedException.class,
            () -> account.changePassword(PASSWORD, "zhang san", NOW));
    assertEquals(List.of("password.whitespace", "password.composition"), e.problems());
  }

  @Test
  void shouldRefuseTheSamePasswordAgain() {
    var e =
        assertThrows(
            PasswordRejectedException.class, () -> account.changePassword(PASSWORD, PASSWORD, NOW));
    assertEquals(List.of("password.same-as-current"), e.problems());
  }

  @Test
  void shouldRefuseLoginOfDisabledAccountEvenWithTheRightPassword() {
    account.disable();
    assertEquals(LoginOutcome.DISABLED, account.attemptLogin(PASSWORD, NOW));
  }
}
