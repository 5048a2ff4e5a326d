package cn.autogov.document.inspection;

import cn.autogov.kernel.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * ZIP-based Office files (DOCX, XLSX, PPTX, or a plain ZIP) with zip-bomb guards, and OLE2 compound
 * files (legacy DOC, encrypted Office, others) by their directory.
 */
final class Containers {

  static final int MAX_ENTRIES = 2_000;
  static final long MAX_UNCOMPRESSED = 100L * 1024 * 1024;
  static final int MAX_RATIO = 100;

  private Containers() {}

  /** What a workbook's parts may hold unpacked: its rows are many (still at most 100:1). */
  static final long MAX_UNCOMPRESSED_SHEET = 2L * 1024 * 1024 * 1024;

  /**
   * Reads the central directory (too many entries is a bomb before anything is unpacked), tells the
   * kind by the part names, then streams every entry counting real bytes (declared sizes can lie):
   * too many bytes — {@value #MAX_UNCOMPRESSED} for documents, more for a workbook's rows — or a
   * compression ratio beyond {@value #MAX_RATIO}:1 makes it a bomb. The central directory, not the
   * local headers: streaming writers (fastexcel's, Excel's own) leave sizes to data descriptors.
   */
  static Sniffed zip(Path file) throws IOException {
    Set<String> names = new HashSet<>();
    long size = Math.max(1, Files.size(file));
    try (var zip = new java.util.zip.ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
      if (zip.size() > MAX_ENTRIES) {
        return bomb();
      }
      for (var e : java.util.Collections.list(zip.entries())) {
        names.add(e.getName());
      }
      if (names.isEmpty()) {
        return Sniffed.broken(FileKind.ZIP, Problem.error("upload.corrupt", "kind", "zip"));
      }
      FileKind kind = kind(names);
      long most = kind == FileKind.XLSX ? MAX_UNCOMPRESSED_SHEET : MAX_UNCOMPRESSED;
      long total = 0;
      byte[] buf = new byte[64 * 1024];
      for (var e : java.util.Collections.list(zip.entries())) {
        try (InputStream in = zip.getInputStream(e)) {
          boolean xml = e.getName().endsWith(".xml") || e.getName().endsWith(".rels");
          boolean head = true;
          for (int n; (n = in.read(buf)) > 0; ) {
            if (xml && head && declaresEntities(buf, n)) {
              return Sniffed.broken(kind, Problem.error("upload.xml-entities"));
            }
            head = false;
            total += n;
            if (total > most || total > size * MAX_RATIO) {
              return bomb();
            }
          }
        }
      }
      return Sniffed.of(kind);
    } catch (java.util.zip.ZipException e) {
      return Sniffed.broken(FileKind.ZIP, Problem.error("upload.corrupt", "kind", "zip"));
    }
  }

  /**
   * Whether the start of an XML part declares a document type (and so, perhaps, entities: XXE, the
   * billion laughs). Office parts never do; whoever wrote one is refused, whatever the parser would
   * make of it.
   */
  private static boolean declaresEntities(byte[] buf, int n) {
    String start = new String(buf, 0, Math.min(n, 4096), StandardCharsets.ISO_8859_1);
    return start.contains("<!DOCTYPE") || start.contains("<!ENTITY");
  }

  private static FileKind kind(Set<String> names) {
    if (!names.contains("[Content_Types].xml")) {
      return FileKind.ZIP;
    }
    if (names.contains("word/document.xml")) {
      return FileKind.DOCX;
    }
    if (names.stream().anyMatch(n -> n.startsWith("xl/"))) {
      return FileKind.XLSX;
    }
    if (names.stream().anyMatch(n -> n.startsWith("ppt/"))) {
      return FileKind.PPTX;
    }
    return FileKind.ZIP;
  }

  private static Sniffed bomb() {
    return Sniffed.broken(
        FileKind.ZIP,
        Problem.error(
            "upload.zip-bomb",
            "entries",
            MAX_ENTRIES,
            "megabytes",
            MAX_UNCOMPRESSED >> 20,
            "ratio",
            MAX_RATIO));
  }

  /**
   * OLE2 (compound file binary): reads the directory through the FAT and looks at the stream names:
   * WordDocument is a Word document; EncryptionInfo/EncryptedPackage is a password-protected Office
   * file; anything else, or a directory that cannot be read, is another OLE2 file.
   */
  static Sniffed ole2(FileChannel ch) throws IOException {
    ByteBuffer header = Images.read(ch, 0, 512);
    if (header == null) {
      return Sniffed.of(FileKind.OLE2_OTHER);
    }
    header.order(ByteOrder.LITTLE_ENDIAN);
    int sectorShift = header.getShort(0x1E) & 0xFFFF;
    if (sectorShift != 9 && sectorShift != 12) {
      return Sniffed.of(FileKind.OLE2_OTHER);
    }
    int sectorSize = 1 << sectorShift;
    int fatSectors = header.getInt(0x2C);
    int dirSector = header.getInt(0x30);
    if (fatSectors <= 0 || fatSectors > 109) {
      return Sniffed.of(FileKind.OLE2_OTHER);
    }
    int[] fat = readFat(ch, header, fatSectors, sectorSize);
    Set<String> names = new HashSet<>();
    Set<Integer> seen = new HashSet<>();
    for (int s = dirSector; s >= 0 && s < fat.length && seen.add(s); s = fat[s]) {
      ByteBuffer dir = Images.read(ch, (long) (s + 1) * sectorSize, sectorSize);
      if (dir == null) {
        break;
      }
      dir.order(ByteOrder.LITTLE_ENDIAN);
      for (int off = 0; off + 128 <= sectorSize; off += 128) {
        int nameLength = dir.getShort(off + 0x40) & 0xFFFF;
        if (nameLength >= 2 && nameLength <= 64) {
          byte[] raw = new byte[nameLength - 2];
          dir.get(off, raw);
          names.add(new String(raw, StandardCharsets.UTF_16LE));
        }
      }
    }
    if (names.contains("EncryptionInfo") || names.contains("EncryptedPackage")) {
      return Sniffed.broken(FileKind.ENCRYPTED_OFFICE, Problem.error("upload.encrypted"));
    }
    return Sniffed.of(names.contains("WordDocument") ? FileKind.DOC : FileKind.OLE2_OTHER);
  }

  private static int[] readFat(FileChannel ch, ByteBuffer header, int fatSectors, int sectorSize)
      throws IOException {
    int perSector = sectorSize / 4;
    int[] fat = new int[fatSectors * perSector];
    for (int i = 0; i < fatSectors; i++) {
      int sector = header.getInt(0x4C + 4 * i);
      ByteBuffer b = Images.read(ch, (long) (sector + 1) * sectorSize, sectorSize);
      if (sector < 0 || b == null) {
        return new int[0];
      }
      b.order(ByteOrder.LITTLE_ENDIAN);
      for (int j = 0; j < perSector; j++) {
        fat[i * perSector + j] = b.getInt(j * 4);
      }
    }
    return fat;
  }
}
