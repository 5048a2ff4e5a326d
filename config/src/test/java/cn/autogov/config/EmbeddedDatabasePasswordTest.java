package cn.autogov.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabasePasswordTest {

  @TempDir Path a;
  @TempDir Path b;

  @Test
  void shouldGenerateOnePasswordPerInstallationAndKeepItAcrossRestarts() throws Exception {
    String first = new EmbeddedDatabasePassword(a).getValue("db.password");
    assertTrue(first.length() >= 32);
    assertEquals(first, new EmbeddedDatabasePassword(a).getValue("db.password"));
    assertNotEquals(first, new EmbeddedDatabasePassword(b).getValue("db.password"));
    assertEquals(
        "rw-------",
        PosixFilePermissions.toString(
            Files.getPosixFilePermissions(a.resolve(EmbeddedDatabasePassword.FILE))));
  }

  @Test
  void shouldMakeANewDataFolderTheOwnersAlone() throws Exception {
    Path fresh = a.resolve("new-data");
    new EmbeddedDatabasePassword(fresh).getValue("db.password");
    assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)));
  }

  @Test
  void shouldAnswerOnlyForTheDatabasePasswordAndLoseToEveryOtherSource() {
    var source = new EmbeddedDatabasePassword(a);
    assertNull(source.getValue("db.url"));
    assertTrue(source.getOrdinal() < 100);
  }
}
