package cn.autogov.document.store;

import java.io.Serializable;

/** A file as the user's browser or API client sent it. */
public record Upload(String fileName, byte[] content) implements Serializable {

  public static Upload ofNullable(String fileName, byte[] content) {
    return content == null || content.length == 0 ? null : new Upload(fileName, content);
  }
}
