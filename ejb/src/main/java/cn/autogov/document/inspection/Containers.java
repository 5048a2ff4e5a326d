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
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * ZIP-based Office files (DOCX, XLSX, PPTX, or a plain ZIP) with zip-bomb guards, and OLE2 compound
 * files (legacy DOC, encrypted Office, others) by their directory.
 */
final class Containers {

  static final int MAX_ENTRIES = 2_000;
  static final long MAX_UNCOMPRESSED = 100L * 1024 * 1024;
  static final int MAX_RATIO = 100;

  private Containers() {}

  /**
   * Streams every entry (declared sizes can lie), counting real bytes: too many entries, too many
   * bytes, or a compression ratio beyond {@value #MAX_RATIO}:1 makes it a bomb.
   */
  static Sniffed zip(Path file) throws IOException {
    Set<String> names = new HashSet<>();
    long total = 0;
    int entries = 0;
    byte[] buf = new byte[16 * 1024];
    try (InputStream in = Files.newInputStream(file);
        ZipInputStream zip = new ZipInputStream(in)) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        if (++entries > MAX_ENTRIES) {
          return bomb();
        }
        names.add(e.getName());
        for (int n; (n = zip.read(buf)) > 0; ) {
          total += n;
          if (total > MAX_UNCOMPRESSED || total > Math.max(1, Files.size(file)) * MAX_RATIO) {
            return bomb();
          }
        }
      }
    } catch (java.util.zip.ZipException e) {
      return Sniffed.broken(FileKind.ZIP, Problem.error("upload.corrupt", "kind", "zip"));
    }
    if (entries == 0) {
      return Sniffed.broken(FileKind.ZIP, Problem.error("upload.corrupt", "kind", "zip"));
    }
    if (!names.contains("[Content_Types].xml")) {
      return Sniffed.of(FileKind.ZIP);
    }
    if (names.contains("word/document.xml")) {
      return Sniffed.of(FileKind.DOCX);
    }
    if (names.stream().anyMatch(n -> n.startsWith("xl/"))) {
      return Sniffed.of(FileKind.XLSX);
    }
    if (names.stream().anyMatch(n -> n.startsWith("ppt/"))) {
      return Sniffed.of(FileKind.PPTX);
    }
    return Sniffed.of(FileKind.ZIP);
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
