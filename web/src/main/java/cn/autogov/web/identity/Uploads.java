package cn.autogov.web.identity;

import cn.autogov.document.store.Upload;
import org.primefaces.model.file.UploadedFile;

/** PrimeFaces uploads as the services take them. */
final class Uploads {

  private Uploads() {}

  static Upload of(UploadedFile f) {
    return f == null ? null : Upload.ofNullable(f.getFileName(), f.getContent());
  }
}
