package cn.autogov.usedcar;

import cn.autogov.document.sheet.XlsxWriter;
import cn.autogov.testing.fixtures.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Workbooks of sales as dealers fill in the template, and hostile files that only look like one.
 */
final class SaleSheets {

  /** The template's header as the Chinese template has it. */
  static final List<String> HEADER =
      List.of(
          "买方是否企业",
          "买方单位/个人名称",
          "买方证件号码",
          "买方单位/个人住址",
          "买方单位/个人手机",
          "卖方是否企业",
          "卖方单位/个人名称",
          "卖方证件号码",
          "卖方单位/个人住址",
          "卖方单位/个人手机",
          "是否代理人",
          "代理人是否企业",
          "代理人单位/个人名称",
          "代理人证件号码",
          "代理人单位/个人地址",
          "代理人单位/个人手机",
          "车牌照号",
          "登记证号",
          "车架号/车辆识别代码",
          "厂牌型号",
          "车辆类型",
          "转入地车辆管理所名称",
          "车价合计（小写，元）",
          "车价合计（大写）",
          "经营、拍卖单位",
          "交易日期");

  private SaleSheets() {}

  /** One valid row of a sale of the VIN on the day. */
  static List<String> row(String vin, LocalDate day, int price) {
    List<String> r = new ArrayList<>();
    r.addAll(List.of("个人", "王买方", "11010519491231002X", "福州市鼓楼区买方路1号", "13800000001"));
    r.addAll(List.of("单位", "福州卖方汽车有限公司", "91350100MA2Y8E3TX7", "福州市台江区卖方路2号", "13800000002"));
    r.addAll(java.util.Arrays.asList("否", null, null, null, null, null));
    r.addAll(List.of("闽A12345", "350001234567", vin, "大众牌FV7145", "基本型（轿车）", "福州市车辆管理所"));
    r.addAll(java.util.Arrays.asList(String.valueOf(price), null, "福州二手车交易市场", day.toString()));
    return r;
  }

  /**
   * A workbook of {@code count} valid rows, each then changed by {@code change} (row index, cells).
   */
  static byte[] workbook(int count, BiConsumer<Integer, List<String>> change) {
    var out = new ByteArrayOutputStream();
    LocalDate day = LocalDate.now().minusDays(3);
    try (var x = new XlsxWriter(out, "二手车交易信息", HEADER)) {
      for (int i = 0; i < count; i++) {
        List<String> r = row(Fixtures.vin(), day, 50_000 + i);
        change.accept(i, r);
        x.row(r);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The rows of a workbook as the platform reads them (the header first). */
  static List<List<String>> read(byte[] xlsx) {
    try {
      return cn.autogov.document.sheet.XlsxReader.rows(
          new java.io.ByteArrayInputStream(xlsx), 1_000_000);
    } catch (cn.autogov.document.sheet.XlsxReader.NotAWorkbook e) {
      throw new IllegalStateException(e);
    }
  }

  /** A zip of these entries (name → content). */
  static byte[] zip(Map<String, byte[]> entries) {
    var out = new ByteArrayOutputStream();
    try (var z = new ZipOutputStream(out)) {
      for (var e : entries.entrySet()) {
        z.putNextEntry(new ZipEntry(e.getKey()));
        z.write(e.getValue());
        z.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A Word document renamed .xlsx. */
  static byte[] docx() {
    return zip(
        Map.of(
            "[Content_Types].xml", "<Types/>".getBytes(),
            "word/document.xml", "<w:document/>".getBytes()));
  }

  /** A zip of 60,000 tiny entries. */
  static byte[] manyEntries() {
    var out = new ByteArrayOutputStream();
    try (var z = new ZipOutputStream(out)) {
      for (int i = 0; i < 60_000; i++) {
        z.putNextEntry(new ZipEntry("xl/e" + i));
        z.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A workbook-shaped zip whose sheet unpacks to a gigabyte of zeros. */
  static byte[] bomb() {
    var out = new ByteArrayOutputStream();
    try (var z = new ZipOutputStream(out)) {
      z.putNextEntry(new ZipEntry("[Content_Types].xml"));
      z.write("<Types/>".getBytes());
      z.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 1024; i++) {
        z.write(zeros);
      }
      z.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A real workbook whose sheet declares an external entity (XXE). */
  static byte[] externalEntity() {
    byte[] real = workbook(1, (i, r) -> {});
    var out = new ByteArrayOutputStream();
    try {
      java.nio.file.Path tmp = java.nio.file.Files.createTempFile("real", ".xlsx");
      java.nio.file.Files.write(tmp, real);
      try (var in = new java.util.zip.ZipFile(tmp.toFile());
          var z = new ZipOutputStream(out)) {
        for (var e : java.util.Collections.list(in.entries())) {
          byte[] content = in.getInputStream(e).readAllBytes();
          if (e.getName().equals("xl/worksheets/sheet1.xml")) {
            String xml = new String(content, java.nio.charset.StandardCharsets.UTF_8);
            xml =
                xml.replaceFirst(
                    "\\?>", "?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>");
            xml = xml.replace("王买方", "&xxe;");
            content = xml.getBytes(java.nio.charset.StandardCharsets.UTF_8);
          }
          z.putNextEntry(new ZipEntry(e.getName()));
          z.write(content);
          z.closeEntry();
        }
      } finally {
        java.nio.file.Files.delete(tmp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
