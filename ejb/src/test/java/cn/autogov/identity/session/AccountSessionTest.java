package cn.autogov.identity.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.autogov.access.Role;
import cn.autogov.identity.domain.UserAccount;
import cn.autogov.identity.session.AccountSession.SessionChannel;
import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class AccountSessionTest {

  private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 22, 9, 0);
  private static final Duration IDLE = Duration.ofMinutes(30);

  private static AccountSession.Opened open() {
    var account = UserAccount.create("zhang", "张", Role.AGENT, "Gx7#kq2Lm", false, NOW);
    return AccountSession.open(
        account, SessionChannel.WEB, "10.0.0.1", "Chromium", Duration.ofHours(12), NOW);
  }

  @Test
  void shouldKeepOnlyTheTokensHash() {
    var opened = open();
    assertTrue(opened.token().length() >= 43);
    assertEquals(64, opened.session().getTokenHash().length());
    assertNotEquals(opened.token(), opened.session().getTokenHash());
    assertEquals(AccountSession.hash(opened.token()), opened.session().getTokenHash());
  }

  @Test
  void shouldEndAfterThirtyIdleMinutes() {
    AccountSession s = open().session();
    assertTrue(s.touch(NOW.plusMinutes(29), IDLE));
    assertTrue(s.touch(NOW.plusMinutes(58), IDLE), "the last request restarted the idle clock");
    assertFalse(s.touch(NOW.plusMinutes(89), IDLE));
  }

  @Test
  void shouldEndTwelveHoursAfterSignInHoweverActive() {
    AccountSession s = open().session();
    for (int m = 20; m < 12 * 60; m += 20) {
      assertTrue(s.touch(NOW.plusMinutes(m), IDLE));
    }
    assertFalse(s.touch(NOW.plusHours(12).plusMinutes(1), IDLE));
  }

  @Test
  void shouldStopAtOnceWhenEnded() {
    AccountSession s = open().session();
    s.end(NOW.plusMinutes(1));
    assertFalse(s.touch(NOW.plusMinutes(2), IDLE));
  }
}
