package cn.autogov.document.inspection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files made to hurt: bombs, lies about type, encrypted and broken containers. */
class HostileUploadTest {

  @TempDir Path dir;

  private List<String> zh(UploadRule rule, String name, byte[] content, String code)
      throws IOException {
    Path file = dir.resolve("upload-" + System.nanoTime());
    Files.write(file, content);
    return UploadText.messages(
        UploadInspector.inspect(rule, name, file, code), Locale.SIMPLIFIED_CHINESE, "材料");
  }

  @Test
  void shouldStateTheLimitInKibForAFileOneKibTooLarge() throws IOException {
    byte[] big = new byte[301 * 1024];
    System.arraycopy(png(64, 48, 2), 0, big, 0, 45);
    assertEquals(
        List.of("营业执照正本影像大小为301KB，不得超过300KB"),
        UploadText.messages(
            UploadInspector.inspect(UploadRules.LICENCE_IMAGE, "licence.png", write(big), null),
            Locale.SIMPLIFIED_CHINESE,
            "营业执照正本影像"));
  }

  @Test
  void shouldRefuseAZipBombWithoutUnpackingIt() throws IOException {
    var bytes = new ByteArrayOutputStream();
    try (var zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write(new byte[30 * 1024 * 1024]);
      zip.closeEntry();
    }
    assertTrue(bytes.size() < 100 * 1024, "a small file: " + bytes.size());
    List<String> messages = zh(UploadRules.DECLARATION_DOC, "plan.docx", bytes.toByteArray(), null);
    assertEquals(1, messages.size());
    assertTrue(messages.get(0).contains("解压后过大或文件数过多"), messages.toString());
  }

  @Test
  void shouldRefuseAZipWithTooManyEntries() throws IOException {
    var bytes = new ByteArrayOutputStream();
    try (var zip = new ZipOutputStream(bytes)) {
      for (int i = 0; i <= Containers.MAX_ENTRIES; i++) {
        zip.putNextEntry(new ZipEntry("e" + i));
        zip.closeEntry();
      }
    }
    assertTrue(
        zh(UploadRules.DECLARATION_DOC, "a.docx", bytes.toByteArray(), null)
            .get(0)
            .contains("文件数过多"));
  }

  @Test
  void shouldRefuseAnImageThatWouldDecompressIntoGigapixels() throws IOException {
    assertEquals(
        List.of("材料图片尺寸50000×50000过大，不得超过100百万像素"),
        zh(UploadRules.LICENCE_IMAGE, "seal.png", png(50_000, 50_000, 2), null));
    assertTrue(
        zh(UploadRules.LICENCE_IMAGE, "seal.jpg", jpeg(65_535, 65_535, 3), null)
            .get(0)
            .contains("过大"));
  }

  @Test
  void shouldRefuseCmykAndGreyWhereColourIsRequired() throws IOException {
    assertEquals(
        List.of("材料须为24位彩色JPG图片，该图片为32位（4个颜色分量）"),
        zh(UploadRules.CERTIFICATE_FRONT_SAMPLE, "ABCD001.jpg", jpeg(64, 48, 4), "ABCD"));
    assertEquals(
        List.of("材料须为24位彩色JPG图片，该图片为8位（1个颜色分量）"),
        zh(UploadRules.CERTIFICATE_FRONT_SAMPLE, "ABCD001.jpg", jpeg(64, 48, 1), "ABCD"));
    // a licence image in CMYK or with 12 bits a sample: browsers cannot show it to the reviewer
    assertEquals(
        List.of("材料为32位JPG图片（4个颜色分量，如CMYK或12位），浏览器无法正确显示，请另存为RGB或灰度的8位JPG或PNG后上传"),
        zh(UploadRules.LICENCE_IMAGE, "x.jpg", jpeg(64, 48, 4), null));
    assertFalse(zh(UploadRules.LICENCE_IMAGE, "x.jpg", jpeg(64, 48, 3, 12, true), null).isEmpty());
    assertTrue(zh(UploadRules.LICENCE_IMAGE, "x.jpg", jpeg(64, 48, 1), null).isEmpty());
  }

  @Test
  void shouldRefuseAJpegWithoutPictureData() throws IOException {
    assertEquals(
        List.of("材料文件已损坏或不完整（jpg）"),
        zh(UploadRules.CERTIFICATE_FRONT_SAMPLE, "ABCD001.jpg", jpeg(64, 48, 3, 8, false), "ABCD"));
    byte[] cut = jpeg(64, 48, 3);
    cut = java.util.Arrays.copyOf(cut, cut.length - 2); // the end-of-image marker cut off
    assertEquals(List.of("材料文件已损坏或不完整（jpg）"), zh(UploadRules.LICENCE_IMAGE, "x.jpg", cut, null));
  }

  @Test
  void shouldRefuseTextDressedAsAPdfAndAFileWithoutAName() throws IOException {
    byte[] fake =
        "%PDF-1.4\n<script>alert(1)</script>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    assertEquals(List.of("材料文件已损坏或不完整（pdf）"), zh(UploadRules.PDF_ONLY, "a.pdf", fake, null));
    assertEquals(
        List.of("材料缺少文件名：请提供带扩展名的文件名（如 营业执照.pdf）"), zh(UploadRules.PDF_ONLY, null, fake, null));
  }

  @Test
  void shouldRecogniseAndRefuseAPasswordProtectedOfficeFile() throws IOException {
    assertEquals(
        List.of("材料是加密（设置了密码）的Office文件，请去除密码后上传"),
        zh(
            UploadRules.DECLARATION_DOC,
            "plan.docx",
            compoundFile("EncryptionInfo", "EncryptedPackage"),
            null));
  }

  @Test
  void shouldAcceptALegacyWordDocumentButNotAnotherOle2File() throws IOException {
    assertEquals(
        List.of(),
        zh(UploadRules.DECLARATION_DOC, "plan.doc", compoundFile("WordDocument", "1Table"), null));
    assertFalse(
        zh(UploadRules.DECLARATION_DOC, "plan.doc", compoundFile("Workbook"), null).isEmpty());
  }

  @Test
  void shouldRefuseTruncatedImagesAndPdfsWithoutTheirEnd() throws IOException {
    byte[] png = png(64, 48, 2);
    byte[] cut = java.util.Arrays.copyOf(png, 20);
    assertEquals(List.of("材料文件已损坏或不完整（png）"), zh(UploadRules.LICENCE_IMAGE, "a.png", cut, null));
    byte[] pdf = "%PDF-1.7\n1 0 obj<<>>endobj\n".getBytes(StandardCharsets.US_ASCII);
    assertEquals(List.of("材料文件已损坏或不完整（pdf）"), zh(UploadRules.PDF_ONLY, "a.pdf", pdf, null));
  }

  @Test
  void shouldNameTheMismatchBetweenExtensionAndContent() throws IOException {
    assertEquals(
        List.of("材料扩展名为.jpg，但文件内容为png"),
        zh(UploadRules.LICENCE_IMAGE, "licence.jpg", png(64, 48, 2), null));
  }

  @Test
  void shouldCheckTheFrontSampleNameAgainstTheEnterpriseCode() throws IOException {
    assertEquals(
        List.of("材料文件名中的企业代码“WXYZ”与本企业代码“ABCD”不一致"),
        zh(UploadRules.CERTIFICATE_FRONT_SAMPLE, "WXYZ001.jpg", jpeg(64, 48, 3), "ABCD"));
  }

  private Path write(byte[] content) throws IOException {
    Path file = dir.resolve("upload-" + System.nanoTime());
    Files.write(file, content);
    return file;
  }

  /** A PNG signature, IHDR of the given size and colour type, and IEND (CRCs are not checked). */
  static byte[] png(int width, int height, int colourType) {
    ByteBuffer b = ByteBuffer.allocate(8 + 25 + 12);
    b.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
    b.putInt(13).put("IHDR".getBytes(StandardCharsets.US_ASCII)).putInt(width).putInt(height);
    b.put((byte) 8).put((byte) colourType).put((byte) 0).put((byte) 0).put((byte) 0).putInt(0);
    b.putInt(0).put("IEND".getBytes(StandardCharsets.US_ASCII)).putInt(0);
    return b.array();
  }

  /** SOI, an APP0 segment, SOF0 with the given size and components, a scan with data, EOI. */
  static byte[] jpeg(int width, int height, int components) {
    return jpeg(width, height, components, 8, true);
  }

  /** The same with a precision of its own, and with or without the scan (the picture data). */
  static byte[] jpeg(int width, int height, int components, int precision, boolean scan) {
    ByteBuffer b = ByteBuffer.allocate(96);
    b.put(new byte[] {(byte) 0xFF, (byte) 0xD8});
    b.put(new byte[] {(byte) 0xFF, (byte) 0xE0}).putShort((short) 16).put(new byte[14]);
    b.put(new byte[] {(byte) 0xFF, (byte) 0xC0}).putShort((short) (8 + 3 * components));
    b.put((byte) precision).putShort((short) height).putShort((short) width).put((byte) components);
    for (int i = 0; i < components; i++) {
      b.put((byte) (i + 1)).put((byte) 0x11).put((byte) 0);
    }
    if (scan) {
      b.put(new byte[] {(byte) 0xFF, (byte) 0xDA}).putShort((short) (6 + 2 * components));
      b.put((byte) components);
      for (int i = 0; i < components; i++) {
        b.put((byte) (i + 1)).put((byte) 0);
      }
      b.put((byte) 0).put((byte) 63).put((byte) 0).put(new byte[] {0x12, 0x34, 0x56, 0x78});
    }
    b.put(new byte[] {(byte) 0xFF, (byte) 0xD9});
    return java.util.Arrays.copyOf(b.array(), b.position());
  }

  /**
   * A minimal compound file (512-byte sectors): header, one FAT sector, one directory sector with
   * these streams.
   */
  static byte[] compoundFile(String... streams) throws IOException {
    ByteBuffer header = ByteBuffer.allocate(512).order(ByteOrder.LITTLE_ENDIAN);
    header.put(
        new byte[] {
          (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
        });
    header.putShort(0x18, (short) 0x3E).putShort(0x1A, (short) 3).putShort(0x1C, (short) 0xFFFE);
    header.putShort(0x1E, (short) 9).putShort(0x20, (short) 6);
    header.putInt(0x2C, 1).putInt(0x30, 1).putInt(0x38, 4096).putInt(0x3C, -2).putInt(0x44, -2);
    for (int i = 0; i < 109; i++) {
      header.putInt(0x4C + 4 * i, i == 0 ? 0 : -1);
    }
    ByteBuffer fat = ByteBuffer.allocate(512).order(ByteOrder.LITTLE_ENDIAN);
    fat.putInt(-3).putInt(-2);
    while (fat.hasRemaining()) {
      fat.putInt(-1);
    }
    ByteBuffer dir = ByteBuffer.allocate(512).order(ByteOrder.LITTLE_ENDIAN);
    String[] names = new String[streams.length + 1];
    names[0] = "Root Entry";
    System.arraycopy(streams, 0, names, 1, streams.length);
    for (int i = 0; i < names.length && i < 4; i++) {
      byte[] name = names[i].getBytes(StandardCharsets.UTF_16LE);
      dir.position(i * 128);
      dir.put(name);
      dir.putShort(i * 128 + 0x40, (short) (name.length + 2));
      dir.put(i * 128 + 0x42, (byte) (i == 0 ? 5 : 2));
    }
    var out = new ByteArrayOutputStream();
    OutputStream o = out;
    o.write(header.array());
    o.write(fat.array());
    o.write(dir.array());
    return out.toByteArray();
  }
}
