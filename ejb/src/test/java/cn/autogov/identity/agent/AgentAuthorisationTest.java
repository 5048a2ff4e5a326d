package cn.autogov.identity.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.autogov.kernel.RefusedException;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class AgentAuthorisationTest {

  private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 22, 10, 0);

  @Test
  void shouldGoFromApplicationToApprovalToRevocation() {
    var a = AgentAuthorisation.apply(7L, 9L, NOW);
    assertEquals(AgentStatus.PENDING, a.getStatus());
    a.approve(NOW.plusHours(1));
    assertEquals(AgentStatus.APPROVED, a.getStatus());
    a.revoke("离职", NOW.plusDays(3));
    assertEquals(AgentStatus.REVOKED, a.getStatus());
    assertEquals("离职", a.getRemark());
    assertEquals(NOW.plusDays(3), a.getDecidedAt());
  }

  @Test
  void shouldRefuseToDecideTwiceOrRevokeWhatWasNeverApproved() {
    var a = AgentAuthorisation.apply(7L, 9L, NOW);
    assertEquals(
        "state.already", assertThrows(RefusedException.class, () -> a.revoke(null, NOW)).key());
    a.reject("不认识此人", NOW);
    assertEquals(AgentStatus.REJECTED, a.getStatus());
    assertThrows(RefusedException.class, () -> a.approve(NOW));
    assertThrows(RefusedException.class, () -> a.withdraw(NOW));
  }

  @Test
  void shouldLetTheApplicantWithdrawOnlyWhileItWaits() {
    var a = AgentAuthorisation.apply(7L, 9L, NOW);
    a.withdraw(NOW);
    assertEquals(AgentStatus.WITHDRAWN, a.getStatus());
    assertEquals(false, a.getStatus().isOpen());
  }

  @Test
  void shouldMaskIdNumbersSoTheLegalPersonRecognisesButCannotCopyThem() {
    assertEquals("110105********002X", AgentService.mask("11010519491231002X"));
    assertEquals("E******78", AgentService.mask("E12345678"));
    assertEquals("abc", AgentService.mask("abc"));
  }
}
