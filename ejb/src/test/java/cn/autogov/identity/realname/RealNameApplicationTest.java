package cn.autogov.identity.realname;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.autogov.identity.domain.IdType;
import cn.autogov.kernel.RefusedException;
import cn.autogov.kernel.review.ReviewStatus;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class RealNameApplicationTest {

  private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 22, 10, 0);

  private static RealNameApplication person(boolean permanent) {
    return RealNameApplication.naturalPerson(
        1L,
        "张三",
        IdType.RESIDENT_ID,
        "11010519491231002X",
        "北京",
        LocalDate.of(2020, 1, 1),
        LocalDate.of(2040, 1, 1),
        permanent,
        5L,
        NOW);
  }

  @Test
  void shouldBeDecidedOnceWithTheReasonKept() {
    var r = person(false);
    r.reject("admin", "证件照片模糊", NOW.plusHours(1));
    assertEquals(ReviewStatus.REJECTED, r.getStatus());
    assertEquals("证件照片模糊", r.getRemark());
    assertThrows(RefusedException.class, () -> r.approve("admin", NOW));
  }

  @Test
  void shouldDropTheEndDateOfAPermanentDocument() {
    assertNull(person(true).getIdValidUntil());
    assertEquals(LocalDate.of(2040, 1, 1), person(false).getIdValidUntil());
  }
}
