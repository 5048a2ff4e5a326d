package cn.autogov.web.identity;

import cn.autogov.document.store.Upload;
import cn.autogov.kernel.InputRejectedException;
import cn.autogov.web.platform.SpooledUploads;
import java.util.Base64;

/** A file in a JSON request: its name and its content in base64. */
public record ApiFile(String fileName, String base64) {

  public static Upload upload(String field, ApiFile f) {
    if (f == null || f.base64() == null || f.base64().isBlank()) {
      return null;
    }
    try {
      return SpooledUploads.track(
          Upload.ofBytes(f.fileName(), Base64.getMimeDecoder().decode(f.base64())));
    } catch (IllegalArgumentException e) {
      throw InputRejectedException.of(field, "upload.base64");
    }
  }
}
