package cn.autogov.web.identity;

import cn.autogov.document.store.Upload;
import cn.autogov.web.platform.SpooledUploads;
import org.primefaces.model.file.UploadedFile;

/** PrimeFaces uploads as the services take them: streamed to a temporary file. */
public final class Uploads {

  private Uploads() {}

  public static Upload of(UploadedFile f) {
    if (f == null || f.getSize() == 0) {
      return null;
    }
    try (var in = f.getInputStream()) {
      return SpooledUploads.track(Upload.spool(f.getFileName(), in));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
