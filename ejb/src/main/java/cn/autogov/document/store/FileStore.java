package cn.autogov.document.store;

import cn.autogov.document.inspection.Inspection;
import cn.autogov.document.inspection.UploadInspector;
import cn.autogov.document.inspection.UploadRule;
import cn.autogov.kernel.BusinessTime;
import cn.autogov.kernel.Checks;
import cn.autogov.kernel.Sha256;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.DigestInputStream;
import java.security.MessageDigest;

/**
 * Keeps uploads that pass their rule, in the database in pieces of {@link #CHUNK} bytes, with their
 * SHA-256; and streams them back. Used only by the business services, which check who may upload
 * and who may read.
 */
@Stateless
@PermitAll // callers are business beans that check rights
public class FileStore {

  /** 256 KiB: small enough for any heap, large enough for few rows. */
  public static final int CHUNK = 256 * 1024;

  @PersistenceContext EntityManager em;

  /**
   * Inspects the upload and, if accepted, stores it. Problems go to {@code checks} under {@code
   * field}; nothing is stored then.
   *
   * @return the stored file, or null when missing or refused
   */
  public StoredFile accept(
      Checks checks, String field, UploadRule rule, Upload upload, Long owner) {
    return accept(checks, field, rule, upload, owner, null);
  }

  /**
   * The same, a naming rule's code ({@code nameCode}: the enterprise's 合格证企业代码, say) checked
   * against the file's name.
   */
  public StoredFile accept(
      Checks checks, String field, UploadRule rule, Upload upload, Long owner, String nameCode) {
    if (upload == null) {
      checks.add(field, "upload.missing");
      return null;
    }
    Inspection inspection =
        UploadInspector.inspect(rule, upload.fileName(), upload.content(), nameCode);
    if (!inspection.accepted()) {
      inspection.problems().forEach(p -> checks.add(field, p));
      return null;
    }
    int chunks = (int) ((upload.size() + CHUNK - 1) / CHUNK);
    var file =
        StoredFile.of(
            owner,
            rule.name(),
            safeName(upload.fileName()),
            inspection.kind().mediaType(),
            upload.size(),
            "",
            chunks,
            BusinessTime.now());
    em.persist(file);
    em.flush();
    String sha = writeChunks(file.getId(), upload);
    file.hashed(sha);
    return file;
  }

  /** Writes the pieces one at a time (each flushed and let go), hashing as it reads. */
  private String writeChunks(long fileId, Upload upload) {
    MessageDigest sha = Sha256.digest();
    try (InputStream in = new DigestInputStream(Files.newInputStream(upload.content()), sha)) {
      int n = 0;
      while (true) {
        byte[] piece = in.readNBytes(CHUNK);
        if (piece.length == 0) {
          break;
        }
        var chunk = new StoredFileChunk(fileId, n++, piece);
        em.persist(chunk);
        em.flush();
        em.detach(chunk);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Sha256.hex(sha);
  }

  public StoredFile find(Long id) {
    return id == null ? null : em.find(StoredFile.class, id);
  }

  /**
   * Streams a file's content to {@code out}, a piece at a time. Callers have checked that their
   * caller may read it.
   */
  public void copy(StoredFile file, OutputStream out) throws IOException {
    byte[] legacy = file.legacyContent();
    if (legacy != null) {
      out.write(legacy);
      return;
    }
    for (int n = 0; n < file.getChunks(); n++) {
      StoredFileChunk chunk = em.find(StoredFileChunk.class, key(file.getId(), n));
      if (chunk == null) {
        throw new IOException("stored file " + file.getId() + " lacks piece " + n);
      }
      out.write(chunk.getBytes());
      em.detach(chunk);
    }
  }

  /** As {@link #copy(StoredFile, OutputStream)}, for a file a service has handed out. */
  public void copy(StoredFileView file, OutputStream out) throws IOException {
    StoredFile stored = em.find(StoredFile.class, file.id());
    if (stored == null) {
      throw new IOException("stored file " + file.id() + " is gone");
    }
    copy(stored, out);
  }

  /** Removes files nobody refers to any more (a deleted draft's). */
  public void remove(Long fileId) {
    em.createQuery("DELETE FROM StoredFileChunk c WHERE c.fileId = :f")
        .setParameter("f", fileId)
        .executeUpdate();
    em.createQuery("DELETE FROM StoredFile f WHERE f.id = :f")
        .setParameter("f", fileId)
        .executeUpdate();
  }

  private static StoredFileChunk.Key key(long fileId, int n) {
    var k = new StoredFileChunk.Key();
    k.fileId = fileId;
    k.n = n;
    return k;
  }

  private static String safeName(String name) {
    if (name == null || name.isBlank()) {
      return "upload";
    }
    String base = name.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "_");
    return base.length() > 200 ? base.substring(base.length() - 200) : base;
  }
}
