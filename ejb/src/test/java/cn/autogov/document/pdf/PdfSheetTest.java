package cn.autogov.document.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** A generated sheet: Chinese text a reader can copy, the font embedded, a QR code that decodes. */
class PdfSheetTest {

  private static final String URL =
      "https://autogov.example.cn/verify.xhtml?n=EX-2026-000123&c=K7PQ2MZXW3RT";

  @Test
  void shouldWriteChineseThatExtractsAsWrittenAndAQrCodeThatDecodes() throws Exception {
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < 80; i++) {
      rows.add(List.of("营业执照" + i, "licence-" + i + ".pdf", "0123456789abcdef".repeat(4)));
    }
    var out = new ByteArrayOutputStream();
    PdfSheet.titled("二手车出口企业备案 备案表")
        .row("申请编号", "EX-2026-000123")
        .row("经营范围", "二手车出口、汽车零配件销售、进出口贸易；".repeat(12))
        .heading("申报材料")
        .table(List.of("材料", "文件名", "SHA-256"), new float[] {3, 3, 4}, rows)
        .qr(URL, "扫描二维码核验")
        .footer("机动车企业政务服务平台")
        .writeTo(out);
    try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
      assertTrue(doc.getNumberOfPages() > 1, "a long table breaks onto more pages");
      String text = new PDFTextStripper().getText(doc);
      for (String s : List.of("二手车出口企业备案", "备案表", "申请编号", "营业执照79", "扫描二维码核验")) {
        assertTrue(text.contains(s), s + " in\n" + text);
      }
      assertFalse(text.contains("⼆"), "no Kangxi radicals in the text layer");
      PDFont font =
          doc.getPage(0)
              .getResources()
              .getFont(doc.getPage(0).getResources().getFontNames().iterator().next());
      assertTrue(font.isEmbedded(), "the font travels with the document");
      assertTrue(font.getName().contains("NotoSansSC"), font.getName());
      var image = new PDFRenderer(doc).renderImageWithDPI(doc.getNumberOfPages() - 1, 200);
      var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
      assertEquals(URL, new QRCodeReader().decode(bitmap).getText());
    }
    assertTrue(out.size() < 2_000_000, "a subset of the font, not all 10 MB: " + out.size());
  }
}
