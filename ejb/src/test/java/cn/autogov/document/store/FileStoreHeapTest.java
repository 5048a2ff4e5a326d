package cn.autogov.document.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.autogov.document.inspection.UploadRules;
import cn.autogov.document.testing.GeneratedPdf;
import cn.autogov.kernel.Checks;
import cn.autogov.platform.SchemaMigration;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The file store's own code — spooling, inspection, hashing, the pieces written and read back — in
 * a JVM whose heap is capped at 64 MB (the "heap" surefire execution; the default run skips it): a
 * 10 MB upload succeeds, and so do three at once, which would not fit if each were held in memory a
 * few times over. Database: H2 on disk with a small cache, migrated by Flyway.
 */
@Tag("heap")
class FileStoreHeapTest {

  private static final long TEN_MB = 10L * 1024 * 1024;
  private static EntityManagerFactory emf;
  private static Path dir;
  private static long owner;

  @BeforeAll
  static void database() throws Exception {
    dir = Files.createTempDirectory("file-store-heap");
    String url = "jdbc:h2:file:" + dir.resolve("db") + ";CACHE_SIZE=2048";
    var ds = new JdbcDataSource();
    ds.setURL(url);
    SchemaMigration.configuration(FileStoreHeapTest.class.getClassLoader(), ds).load().migrate();
    try (var c = ds.getConnection()) {
      c.createStatement()
          .executeUpdate(
              "INSERT INTO user_account (id, login_name, display_name, role, password_hash,"
                  + " password_change_required, enabled, demo, failed_logins, created_at, version)"
                  + " VALUES (1, 'heap-owner', 'heap', 'ENTERPRISE', 'x', FALSE, TRUE, FALSE, 0,"
                  + " CURRENT_TIMESTAMP, 0)");
    }
    owner = 1;
    emf =
        Persistence.createEntityManagerFactory(
            "file-store-heap",
            Map.of(
                "eclipselink.persistencexml", "META-INF/file-store-heap-persistence.xml",
                "jakarta.persistence.jdbc.url", url,
                "jakarta.persistence.jdbc.driver", "org.h2.Driver"));
  }

  @AfterAll
  static void close() {
    emf.close();
  }

  @Test
  void shouldStoreAndServeTenMegabytesWithinA64MegabyteHeap() throws Exception {
    long max = Runtime.getRuntime().maxMemory();
    System.out.printf("heap cap: %d MB%n", max / (1024 * 1024));
    assertTrue(max <= 70L * 1024 * 1024, "this test runs with -Xmx64m; max heap " + max);

    var stored = store('a');
    assertEquals(sha256('a'), stored.sha256);
    assertEquals(sha256('a'), readBack(stored.id), "the pieces put back together are the file");

    // three more in a row: nothing accumulates between uploads
    for (char c : new char[] {'x', 'y', 'z'}) {
      Stored s = store(c);
      assertEquals(sha256(c), s.sha256);
      assertEquals(sha256(c), readBack(s.id));
    }
    Runtime rt = Runtime.getRuntime();
    System.out.printf(
        "four 10 MB files stored and read back; heap in use now %d MB of %d MB%n",
        (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024), max / (1024 * 1024));
  }

  private record Stored(long id, String sha256) {}

  private static Stored store(char fill) throws Exception {
    EntityManager em = emf.createEntityManager();
    try (Upload upload = Upload.spool("big.pdf", GeneratedPdf.of(TEN_MB, fill))) {
      var store = new FileStore();
      store.em = em;
      em.getTransaction().begin();
      var checks = new Checks();
      StoredFile f = store.accept(checks, "file", UploadRules.PDF_ONLY, upload, owner);
      checks.throwIfAny();
      em.getTransaction().commit();
      assertEquals(TEN_MB, f.getSizeBytes());
      return new Stored(f.getId(), f.getSha256());
    } finally {
      em.close();
    }
  }

  private static String readBack(long id) throws Exception {
    EntityManager em = emf.createEntityManager();
    try {
      var store = new FileStore();
      store.em = em;
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      try (OutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), sha)) {
        store.copy(store.find(id), out);
      }
      return HexFormat.of().formatHex(sha.digest());
    } finally {
      em.close();
    }
  }

  private static String sha256(char fill) throws Exception {
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    try (InputStream in = GeneratedPdf.of(TEN_MB, fill)) {
      byte[] buf = new byte[8192];
      int n;
      while ((n = in.read(buf)) > 0) {
        sha.update(buf, 0, n);
      }
    }
    return HexFormat.of().formatHex(sha.digest());
  }
}
