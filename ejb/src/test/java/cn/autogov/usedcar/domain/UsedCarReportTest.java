package cn.autogov.usedcar.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.autogov.kernel.Checks;
import cn.autogov.kernel.DomainText;
import cn.autogov.kernel.InputRejectedException;
import cn.autogov.kernel.RefusedException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The monthly report's pre-fill, its reasons, totals and states, as the enterprise meets them. */
class UsedCarReportTest {

  private static final ReportPeriod NOVEMBER = new ReportPeriod(ReportKind.MONTHLY, 2026, 11);
  private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 4, 9, 0);

  private static UsedCarReport report() {
    var figures =
        ReportFigures.of(
            ReportKind.MONTHLY,
            List.of(
                new ReportFigures.ClassSums(
                    VehicleClass.SEDAN, 3, new BigDecimal("256000.50"), 2, 2),
                new ReportFigures.ClassSums(VehicleClass.SUV, 1, new BigDecimal("200000"), 1, 1)));
    return UsedCarReport.opened(
        1L, "测试", "350102", NOVEMBER, LocalDate.of(2026, 12, 10), figures, "u", NOW);
  }

  private static Map<String, String> values(UsedCarReport r) {
    Map<String, String> v = new HashMap<>();
    for (ReportCell c : r.getCells()) {
      v.put(c.key(), c.getValue() == null ? "" : c.getValue().toPlainString());
    }
    v.put("SEDAN.NON_OPERATING", "3");
    v.put("SUV.OPERATING", "1");
    for (String col : List.of("OPERATING", "CONVERTED")) {
      v.put("SEDAN." + col, "0");
    }
    v.put("SUV.NON_OPERATING", "0");
    v.put("SUV.CONVERTED", "0");
    return v;
  }

  private static BigDecimal cell(UsedCarReport r, VehicleClass row, ReportColumn col, boolean c) {
    ReportCell x =
        r.getCells().stream()
            .filter(y -> y.getRow() == row && y.getColumn() == col)
            .findFirst()
            .orElseThrow();
    return c ? x.getComputed() : x.getValue();
  }

  @Test
  void prefilledFromTheRecordsInTenThousandsWithUseNatureLeftToFill() {
    var r = report();
    assertEquals(new BigDecimal("25.60"), cell(r, VehicleClass.SEDAN, ReportColumn.AMOUNT, false));
    assertEquals(new BigDecimal("2"), cell(r, VehicleClass.SEDAN, ReportColumn.DIRECT, false));
    assertEquals(new BigDecimal("1"), cell(r, VehicleClass.SEDAN, ReportColumn.CONSIGNED, false));
    assertEquals(new BigDecimal("1"), cell(r, VehicleClass.SEDAN, ReportColumn.OUT_TRANSFER, true));
    assertNull(cell(r, VehicleClass.SEDAN, ReportColumn.OPERATING, true));
    assertEquals(BigDecimal.ZERO, cell(r, VehicleClass.BUS, ReportColumn.OPERATING, false));
    assertEquals(11, r.grid().size(), "eleven vehicle classes, 客车 among them");
    assertEquals(new BigDecimal("45.60"), r.totals().get(ReportColumn.AMOUNT));
    assertNull(r.totals().get(ReportColumn.OPERATING), "not all filled yet");
    assertEquals(new BigDecimal("0.01"), ReportFigures.tenThousands(new BigDecimal("50")));
    assertEquals(new BigDecimal("0.00"), ReportFigures.tenThousands(new BigDecimal("49.99")));
  }

  @Test
  void aCorrectionNeedsItsReasonAndKeepsTheRecordsFigureBeside() {
    var r = report();
    Map<String, String> v = values(r);
    v.put("SEDAN.AMOUNT", "26");
    var checks = new Checks();
    r.fill(v, Map.of(), "填报人", "u", NOW, checks);
    assertEquals(List.of("SEDAN.AMOUNT"), checks.problems().stream().map(p -> p.field()).toList());
    assertEquals(
        "基本型（轿车）的交易金额（万元）与销售记录统计值（25.60）不一致，请填写更正原因",
        DomainText.render(Locale.SIMPLIFIED_CHINESE, checks.problems().get(0)));
    assertEquals(
        new BigDecimal("25.60"),
        cell(r, VehicleClass.SEDAN, ReportColumn.AMOUNT, false),
        "nothing saved");
    checks = new Checks();
    r.fill(v, Map.of("SEDAN.AMOUNT", "含一辆车的过户费"), "填报人", "u", NOW, checks);
    assertTrue(checks.ok(), checks.problems().toString());
    assertEquals(new BigDecimal("26.00"), cell(r, VehicleClass.SEDAN, ReportColumn.AMOUNT, false));
    assertEquals(new BigDecimal("25.60"), cell(r, VehicleClass.SEDAN, ReportColumn.AMOUNT, true));
    // the records again: the correction and its reason stay; others follow the records
    r.recompute(
        ReportFigures.of(
            ReportKind.MONTHLY,
            List.of(
                new ReportFigures.ClassSums(
                    VehicleClass.SEDAN, 4, new BigDecimal("300000"), 3, 3))),
        "u",
        NOW);
    assertEquals(new BigDecimal("26.00"), cell(r, VehicleClass.SEDAN, ReportColumn.AMOUNT, false));
    assertEquals(new BigDecimal("4"), cell(r, VehicleClass.SEDAN, ReportColumn.TOTAL, false));
    assertEquals(new BigDecimal("0"), cell(r, VehicleClass.SUV, ReportColumn.TOTAL, false));
  }

  @Test
  void everyWrongFigureNamedByRowAndColumn() {
    var r = report();
    Map<String, String> v = values(r);
    v.put("MPV.TOTAL", "1.5");
    v.put("SUV.AMOUNT", "-1");
    v.put("TRUCK.AMOUNT", "abc");
    v.put("SEDAN.AMOUNT", "25.601");
    var checks = new Checks();
    r.fill(v, Map.of(), null, "u", NOW, checks);
    List<String> messages =
        checks.problems().stream()
            .map(p -> DomainText.render(Locale.SIMPLIFIED_CHINESE, p))
            .toList();
    assertTrue(messages.contains("MPV的合计数量“1.5”应为整数"), messages.toString());
    assertTrue(messages.contains("SUV的交易金额（万元）“-1”应在0到9999999999.99之间"), messages.toString());
    assertTrue(messages.contains("货车的交易金额（万元）“abc”不是数字"), messages.toString());
    assertTrue(messages.contains("基本型（轿车）的交易金额（万元）“25.601”最多两位小数（单位：万元）"), messages.toString());
  }

  @Test
  void totalsCheckedOnSubmitAndLateAfterTheDueDay() {
    var r = report();
    Map<String, String> v = values(r);
    v.put("SEDAN.NON_OPERATING", "2");
    v.put("MPV.AMOUNT", "1");
    var checks = new Checks();
    r.fill(v, Map.of("MPV.AMOUNT", "试填"), "填报人", "u", NOW, checks);
    assertTrue(checks.ok(), checks.problems().toString());
    var e = assertThrows(InputRejectedException.class, () -> r.submit("u", NOW));
    List<String> messages =
        e.problems().stream().map(p -> DomainText.render(Locale.SIMPLIFIED_CHINESE, p)).toList();
    assertEquals(List.of("基本型（轿车）：营运、非营运、营转非之和（2）应等于合计数量（3）", "MPV的合计数量为0，交易金额（万元）也应为0"), messages);
    v = values(r);
    v.put("MPV.AMOUNT", "0");
    checks = new Checks();
    r.fill(v, Map.of(), "填报人", "u", NOW, checks);
    r.submit("u", LocalDateTime.of(2026, 12, 11, 0, 1));
    assertEquals(ReportStatus.SUBMITTED, r.getStatus());
    assertTrue(r.isLate(), "the 11th is after the 10th");
    assertTrue(r.locksSales());
  }

  @Test
  void acceptedIsLockedAndACorrectionIsARequest() {
    var r = report();
    var checks = new Checks();
    r.fill(values(r), Map.of(), "填报人", "u", NOW, checks);
    r.submit("u", NOW);
    assertFalse(r.isLate());
    assertThrows(
        RefusedException.class, () -> r.fill(values(r), Map.of(), "x", "u", NOW, new Checks()));
    assertThrows(InputRejectedException.class, () -> r.sendBack("c", " ", NOW), "a remark");
    r.accept("c", null, NOW);
    assertThrows(RefusedException.class, () -> r.recompute(null, "u", NOW));
    r.requestCorrection("漏报", NOW);
    assertEquals(ReportStatus.CORRECTION_REQUESTED, r.getStatus());
    assertTrue(r.locksSales());
    r.decideCorrection(true, "c", "同意", NOW);
    assertEquals(ReportStatus.RETURNED, r.getStatus());
    assertFalse(r.locksSales());
    r.submit("u", LocalDateTime.of(2027, 1, 5, 0, 0));
    assertFalse(r.isLate(), "late is the first submission's");
  }

  @Test
  void periodsParsedAndDue() {
    assertEquals("2026-11", ReportPeriod.parse(ReportKind.MONTHLY, "2026-11").code());
    assertEquals("2026-Q4", ReportPeriod.parse(ReportKind.APPRAISAL, "2026-Q4").code());
    assertNull(ReportPeriod.parse(ReportKind.MONTHLY, "2026-13"));
    assertNull(ReportPeriod.parse(ReportKind.APPRAISAL, "2026-Q5"));
    assertEquals(
        LocalDate.of(2027, 1, 1), ReportPeriod.parse(ReportKind.APPRAISAL, "2026-Q4").end());
    assertEquals("2026-10", NOVEMBER.previous().code());
  }
}
