package cn.autogov.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Secrets in the data folder: folders created rwx------, files rw------- (where the file system
 * knows POSIX).
 */
public final class OwnerOnlyFiles {

  private static final boolean POSIX =
      FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

  private OwnerOnlyFiles() {}

  /**
   * Creates the folder (and missing parents) readable by the owner only; an existing one is left as
   * it is.
   */
  public static Path createDirectories(Path dir) throws IOException {
    if (POSIX && !Files.exists(dir)) {
      return Files.createDirectories(
          dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    }
    return Files.createDirectories(dir);
  }

  /** Replaces the file with one only its owner can read, holding {@code content}. */
  public static Path write(Path file, String content) throws IOException {
    createDirectories(file.toAbsolutePath().getParent());
    Files.deleteIfExists(file);
    if (POSIX) {
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    }
    return Files.writeString(file, content, StandardCharsets.UTF_8);
  }
}
