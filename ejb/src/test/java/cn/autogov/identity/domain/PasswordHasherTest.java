package cn.autogov.identity.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

  @Test
  void shouldSaltEveryHashSoEqualPasswordsLookDifferent() {
    String a = PasswordHasher.hash("Gx7#kq2Lm");
    String b = PasswordHasher.hash("Gx7#kq2Lm");
    assertNotEquals(a, b);
    assertTrue(PasswordHasher.matches("Gx7#kq2Lm", a));
    assertTrue(PasswordHasher.matches("Gx7#kq2Lm", b));
    assertFalse(a.contains("Gx7#kq2Lm"));
  }

  @Test
  void shouldRecordTheIterationCountInTheHash() {
    assertTrue(
        PasswordHasher.hash("x").startsWith("pbkdf2-sha256$" + PasswordHasher.ITERATIONS + "$"));
  }

  @Test
  void shouldRejectMalformedStoredHashes() {
    assertFalse(PasswordHasher.matches("x", "plain-text"));
    assertFalse(PasswordHasher.matches("x", null));
  }
}
