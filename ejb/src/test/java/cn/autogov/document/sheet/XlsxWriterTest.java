package cn.autogov.document.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class XlsxWriterTest {

  @Test
  void shouldWriteAWorkbookWhoseSheetHoldsTheRowsAsWritten() throws Exception {
    var out = new ByteArrayOutputStream();
    try (var x = new XlsxWriter(out, "二手车备案列表", List.of("备案编号", "状态"))) {
      x.row(List.of("EX-2026-000001", "审核通过"));
      x.row(java.util.Arrays.asList("EX-2026-000002 <&>\"", null, "第三列\u0001"));
      assertEquals(3, x.rows());
    }
    Map<String, String> parts = new HashMap<>();
    java.nio.file.Path file = java.nio.file.Files.createTempFile("sheet", ".xlsx");
    try {
      java.nio.file.Files.write(file, out.toByteArray());
      try (var zip = new java.util.zip.ZipFile(file.toFile())) {
        for (var e : java.util.Collections.list(zip.entries())) {
          parts.put(
              e.getName(),
              new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    } finally {
      java.nio.file.Files.delete(file);
    }
    assertTrue(
        parts
            .keySet()
            .containsAll(
                List.of(
                    "[Content_Types].xml",
                    "_rels/.rels",
                    "xl/workbook.xml",
                    "xl/_rels/workbook.xml.rels",
                    "xl/styles.xml",
                    "xl/worksheets/sheet1.xml")));
    var f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    var workbook =
        f.newDocumentBuilder()
            .parse(
                new ByteArrayInputStream(
                    parts.get("xl/workbook.xml").getBytes(StandardCharsets.UTF_8)));
    assertEquals(
        "二手车备案列表",
        ((Element) workbook.getElementsByTagNameNS("*", "sheet").item(0)).getAttribute("name"));
    for (String xml : parts.values()) { // every part is well-formed XML
      f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
    var sheet =
        f.newDocumentBuilder()
            .parse(
                new ByteArrayInputStream(
                    parts.get("xl/worksheets/sheet1.xml").getBytes(StandardCharsets.UTF_8)));
    var cells = sheet.getElementsByTagNameNS("*", "c");
    Map<String, String> byRef = new HashMap<>();
    for (int i = 0; i < cells.getLength(); i++) {
      var c = (Element) cells.item(i);
      byRef.put(c.getAttribute("r"), c.getTextContent());
    }
    assertEquals("备案编号", byRef.get("A1"));
    assertEquals("审核通过", byRef.get("B2"));
    assertEquals("EX-2026-000002 <&>\"", byRef.get("A3"));
    assertEquals(null, byRef.get("B3"), "an empty cell is left out");
    assertEquals("第三列", byRef.get("C3"), "a control character XML cannot hold is dropped");
  }

  @Test
  void shouldNameColumnsAsExcelDoes() {
    assertEquals("A", XlsxWriter.column(0));
    assertEquals("Z", XlsxWriter.column(25));
    assertEquals("AA", XlsxWriter.column(26));
    assertEquals("AZ", XlsxWriter.column(51));
    assertEquals("BA", XlsxWriter.column(52));
  }
}
