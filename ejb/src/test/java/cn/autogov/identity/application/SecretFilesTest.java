package cn.autogov.identity.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import cn.autogov.identity.domain.PasswordPolicy;
import java.util.List;
import org.junit.jupiter.api.RepeatedTest;

class SecretFilesTest {

  @RepeatedTest(50)
  void shouldGeneratePasswordsThatPassThePolicy() {
    String password = SecretFiles.generatePassword();
    assertEquals(List.of(), PasswordPolicy.check(password, "admin"));
    assertNotEquals(password, SecretFiles.generatePassword());
  }
}
