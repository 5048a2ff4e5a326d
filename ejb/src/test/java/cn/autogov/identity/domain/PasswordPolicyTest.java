package cn.autogov.identity.domain;

import static cn.autogov.identity.domain.PasswordPolicy.Problem.COMMON;
import static cn.autogov.identity.domain.PasswordPolicy.Problem.COMPOSITION;
import static cn.autogov.identity.domain.PasswordPolicy.Problem.CONTAINS_LOGIN_NAME;
import static cn.autogov.identity.domain.PasswordPolicy.Problem.LENGTH;
import static cn.autogov.identity.domain.PasswordPolicy.Problem.REQUIRED;
import static cn.autogov.identity.domain.PasswordPolicy.Problem.WHITESPACE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

  @ParameterizedTest
  @ValueSource(strings = {"Gx7#kq2Lm", "Zz9!Zz9!Zz9!Zz9!", "river-Stone42"})
  void shouldAcceptMixedPasswordsOfNineToSixteenCharacters(String password) {
    assertEquals(List.of(), PasswordPolicy.check(password, "zhangsan"));
  }

  @Test
  void shouldRejectEightAndSeventeenCharacters() {
    assertEquals(List.of(LENGTH), PasswordPolicy.check("Gx7#kq2L", "zhangsan"));
    assertEquals(List.of(LENGTH), PasswordPolicy.check("Gx7#kq2LmGx7#kq2L", "zhangsan"));
  }

  @Test
  void shouldNameEveryMissingKindOfCharacter() {
    assertEquals(List.of(COMPOSITION), PasswordPolicy.check("abcdefghij", "zhangsan"));
    assertEquals(List.of(COMPOSITION), PasswordPolicy.check("abcde12345", "zhangsan"));
    assertEquals(List.of(COMPOSITION), PasswordPolicy.check("abcde!@#$%", "zhangsan"));
  }

  @Test
  void shouldRejectSpacesIncludingFullWidthOnes() {
    assertTrue(PasswordPolicy.check("Gx7# kq2Lm", "zhangsan").contains(WHITESPACE));
    assertTrue(PasswordPolicy.check("Gx7#\u3000kq2Lm", "zhangsan").contains(WHITESPACE));
  }

  @Test
  void shouldRejectChineseCharactersInsteadOfCountingThemAsLetters() {
    assertEquals(List.of(COMPOSITION), PasswordPolicy.check("密码Gx7#kq2L", "zhangsan"));
  }

  @Test
  void shouldRejectWellKnownPasswordsWhateverTheirCase() {
    assertEquals(List.of(COMMON), PasswordPolicy.check("P@ssw0rd123", "zhangsan"));
    assertEquals(List.of(COMMON), PasswordPolicy.check("ADMIN@123456", "zhangsan"));
  }

  @Test
  void shouldRejectPasswordContainingTheLoginName() {
    assertEquals(List.of(CONTAINS_LOGIN_NAME), PasswordPolicy.check("zhangsan#2026", "ZhangSan"));
  }

  @Test
  void shouldSayRequiredForEmptyPassword() {
    assertEquals(List.of(REQUIRED), PasswordPolicy.check("", "zhangsan"));
    assertEquals(List.of(REQUIRED), PasswordPolicy.check(null, "zhangsan"));
  }
}
