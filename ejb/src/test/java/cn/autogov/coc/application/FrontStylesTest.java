package cn.autogov.coc.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.autogov.filing.application.FilingDetail;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reviewer is told of a sample image outside 100–200 KB ("150k左右"), and of no other. */
class FrontStylesTest {

  private static FilingDetail.Material sample(long bytes) {
    return new FilingDetail.Material(
        FrontStyles.SAMPLE,
        true,
        "cert_front_sample",
        "ABCD001.jpg",
        "image/jpeg",
        bytes,
        null,
        null,
        List.of());
  }

  @Test
  void shouldWarnOfASampleFarFrom150Kb() {
    var small = FrontStyles.sizeNotes(List.of(sample(99 * 1024)));
    assertEquals(1, small.size());
    assertTrue(small.get(0).warning());
    assertTrue(small.get(0).textZh().contains("大小为99KB"), small.get(0).textZh());
    assertTrue(small.get(0).textEn().contains("99 KB"), small.get(0).textEn());
    assertEquals(0, FrontStyles.sizeNotes(List.of(sample(150 * 1024))).size());
    assertEquals(0, FrontStyles.sizeNotes(List.of(sample(200 * 1024))).size());
    assertEquals(1, FrontStyles.sizeNotes(List.of(sample(200 * 1024 + 1))).size());
  }
}
