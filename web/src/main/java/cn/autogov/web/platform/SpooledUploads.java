package cn.autogov.web.platform;

import cn.autogov.document.store.Upload;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.spi.CDI;
import java.util.ArrayList;
import java.util.List;

/**
 * The uploads a request spooled to temporary files: removed when the request ends, whatever
 * happened. Reached through its CDI proxy by a method: a field read through the proxy would be the
 * proxy's own (never destroyed), which is how every upload's temporary file once stayed behind.
 */
@RequestScoped
public class SpooledUploads {

  private final List<Upload> uploads = new ArrayList<>();

  /** Registers the upload (null passes through) for removal at the end of the request. */
  public static Upload track(Upload upload) {
    if (upload != null) {
      CDI.current().select(SpooledUploads.class).get().add(upload);
    }
    return upload;
  }

  public void add(Upload upload) {
    uploads.add(upload);
  }

  @PreDestroy
  void discard() {
    uploads.forEach(Upload::close);
  }
}
