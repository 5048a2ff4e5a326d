package cn.autogov.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class IdTypeTest {

  @Test
  void shouldCheckResidentIdsByTheNationalRules() {
    assertEquals("11010519491231002X", IdType.RESIDENT_ID.normalise("11010519491231002x"));
    assertNull(IdType.RESIDENT_ID.normalise("110105194912310021"), "wrong check digit");
  }

  @Test
  void shouldAcceptOtherDocumentsAsLettersAndDigits() {
    assertEquals("E12345678", IdType.PASSPORT.normalise(" e1234 5678 "));
    assertNull(IdType.PASSPORT.normalise("E12"), "too short");
    assertNull(IdType.HK_MACAO_PERMIT.normalise("H123-45678"), "no punctuation");
  }
}
