package cn.autogov.document.store;

/**
 * A stored file as a download needs it: its name, type, size and SHA-256; the content comes from
 * {@link FileStore#copy(StoredFileView, java.io.OutputStream)}.
 */
public record StoredFileView(
    long id, String fileName, String contentType, long sizeBytes, String sha256) {

  public static StoredFileView of(StoredFile f) {
    return new StoredFileView(
        f.getId(), f.getFileName(), f.getContentType(), f.getSizeBytes(), f.getSha256());
  }
}
