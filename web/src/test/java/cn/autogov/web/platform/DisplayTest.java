package cn.autogov.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Audit texts read in words, not codes (no page: the platform's language, Chinese). */
class DisplayTest {

  @Test
  void shouldNameStatusesStagesAndDocumentsAndKeepTheRemark() {
    assertEquals("待审核 第1级", text("SUBMITTED stage 1"));
    assertEquals("退回修改：营业执照复印件未加盖公章 | 另附", text("RETURNED | 营业执照复印件未加盖公章 | 另附"));
    assertEquals("审核决定书 审核通过", text("DECISION APPROVED"));
    assertEquals("账号不存在", text("UNKNOWN_ACCOUNT"));
  }

  @Test
  void shouldNameFieldsAndMaterialsAndLeaveWhatItDoesNotKnow() {
    assertEquals("营业执照副本影像 版本7", text("licenceCopy version 7"));
    assertEquals("联系人姓名=王出口", text("contactName=王出口"));
    assertEquals("sha256:ab12 xyz", text("sha256:ab12 xyz"));
    assertEquals("", text(null));
  }

  private static String text(String stored) {
    return Display.auditText(stored, java.util.Locale.SIMPLIFIED_CHINESE);
  }
}
