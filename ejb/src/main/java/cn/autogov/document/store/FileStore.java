package cn.autogov.document.store;

import cn.autogov.document.inspection.Inspection;
import cn.autogov.document.inspection.UploadInspector;
import cn.autogov.document.inspection.UploadRule;
import cn.autogov.kernel.Checks;
import cn.autogov.kernel.Sha256;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;

/**
 * Keeps uploads that pass their rule. Used only by the business services, which check who may
 * upload and who may read (this bean is not exposed to callers: {@code @LocalBean}, package use).
 */
@Stateless
@jakarta.annotation.security.PermitAll // callers are business beans that check rights
public class FileStore {

  @PersistenceContext EntityManager em;

  /**
   * Inspects the upload and, if accepted, stores it. Problems go to {@code checks} under {@code
   * field}; nothing is stored then.
   *
   * @return the stored file, or null when missing or refused
   */
  public StoredFile accept(
      Checks checks, String field, UploadRule rule, Upload upload, Long owner) {
    if (upload == null) {
      checks.add(field, "upload.missing");
      return null;
    }
    Inspection inspection = inspect(rule, upload);
    if (!inspection.accepted()) {
      inspection.problems().forEach(p -> checks.add(field, p));
      return null;
    }
    String name = safeName(upload.fileName());
    var file =
        StoredFile.of(
            owner,
            rule.name(),
            name,
            inspection.kind().mediaType(),
            upload.content(),
            sha256(upload.content()),
            LocalDateTime.now());
    em.persist(file);
    return file;
  }

  public StoredFile find(Long id) {
    return id == null ? null : em.find(StoredFile.class, id);
  }

  private static Inspection inspect(UploadRule rule, Upload upload) {
    Path tmp = null;
    try {
      tmp = Files.createTempFile("autogov-upload-", ".bin");
      Files.write(tmp, upload.content());
      return UploadInspector.inspect(rule, upload.fileName(), tmp, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // a temp file left behind is cleaned by the OS
        }
      }
    }
  }

  private static String safeName(String name) {
    if (name == null || name.isBlank()) {
      return "upload";
    }
    String base = name.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "_");
    return base.length() > 200 ? base.substring(base.length() - 200) : base;
  }

  static String sha256(byte[] content) {
    return Sha256.hex(content);
  }
}
