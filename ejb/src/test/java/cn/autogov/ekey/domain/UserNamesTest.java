package cn.autogov.ekey.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import cn.autogov.kernel.Checks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 登录系统用户名: upper-case English letters, at most eight (seed 004 §1). */
class UserNamesTest {

  @ParameterizedTest
  @CsvSource({"FZAUTO,FZAUTO", "fzauto,FZAUTO", "' Ab ',AB", "ABCDEFGH,ABCDEFGH", "Q,Q"})
  void shouldKeepLettersInUpperCase(String typed, String kept) {
    var checks = new Checks();
    assertEquals(kept, UserNames.check("userName", typed, checks));
    assertEquals(0, checks.problems().size());
  }

  @ParameterizedTest
  @CsvSource({
    "ABCDEFGHI,ekey.user-name-long",
    "FZ2024,ekey.user-name-letters",
    "FZ AUTO,ekey.user-name-letters",
    "福州汽车,ekey.user-name-letters",
    "FZ_AUTO,ekey.user-name-letters",
    "'',input.required"
  })
  void shouldNameWhatIsWrong(String typed, String problem) {
    var checks = new Checks();
    assertNull(UserNames.check("userName", typed, checks));
    assertEquals(problem, checks.problems().get(0).problem().key());
    assertEquals("userName", checks.problems().get(0).field());
  }
}
