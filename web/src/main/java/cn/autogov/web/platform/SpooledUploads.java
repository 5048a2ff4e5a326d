package cn.autogov.web.platform;

import cn.autogov.document.store.Upload;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.spi.CDI;
import java.util.ArrayList;
import java.util.List;

/** The uploads a request spooled to temporary files: removed when the request ends. */
@RequestScoped
public class SpooledUploads {

  private final List<Upload> uploads = new ArrayList<>();

  /** Registers the upload (null passes through) for removal at the end of the request. */
  public static Upload track(Upload upload) {
    if (upload != null) {
      CDI.current().select(SpooledUploads.class).get().uploads.add(upload);
    }
    return upload;
  }

  @PreDestroy
  void discard() {
    uploads.forEach(Upload::close);
  }
}
