package cn.autogov.identity.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class SystemClientTest {

  private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 22, 10, 0);

  @Test
  void shouldAcceptOnlyItsCurrentSecretWhileEnabled() {
    var created =
        SystemClient.create(
            "customs-gz",
            "广州海关",
            ClientKind.CUSTOMS,
            EnumSet.of(ClientRight.CUSTOMS_VERIFY),
            null,
            "admin",
            NOW);
    SystemClient c = created.client();
    assertEquals(64, created.secret().length());
    assertTrue(c.accepts(created.secret(), NOW));
    assertEquals(NOW, c.getLastUsedAt());
    assertFalse(c.accepts(created.secret() + "0", NOW));
    assertFalse(c.accepts(null, NOW));

    String replaced = c.newSecret();
    assertNotEquals(created.secret(), replaced);
    assertFalse(c.accepts(created.secret(), NOW), "the old secret stops at once");
    assertTrue(c.accepts(replaced, NOW));
    c.disable();
    assertFalse(c.accepts(replaced, NOW));
  }

  @Test
  void shouldKeepItsRights() {
    var c =
        SystemClient.create(
                "ca",
                "CA",
                ClientKind.CA,
                EnumSet.of(ClientRight.EKEY_CERTIFICATE, ClientRight.EKEY_APPLICATIONS),
                null,
                "admin",
                NOW)
            .client();
    assertEquals(
        EnumSet.of(ClientRight.EKEY_CERTIFICATE, ClientRight.EKEY_APPLICATIONS), c.getRights());
    c.changeRights(EnumSet.of(ClientRight.EKEY_APPLICATIONS));
    assertEquals(EnumSet.of(ClientRight.EKEY_APPLICATIONS), c.getRights());
  }
}
