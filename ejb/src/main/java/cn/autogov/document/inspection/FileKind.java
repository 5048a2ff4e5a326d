package cn.autogov.document.inspection;

import java.util.List;

/** What a file is by its content, and the extensions that may name it. */
public enum FileKind {
  JPEG("jpg", "jpeg"),
  PNG("png"),
  PDF("pdf"),
  DOCX("docx"),
  DOC("doc"),
  XLSX("xlsx"),
  PPTX("pptx"),
  ZIP("zip"),
  /** A password-protected Office file: an OLE2 container around EncryptionInfo/EncryptedPackage. */
  ENCRYPTED_OFFICE(),
  /** Another OLE2 file (xls, ppt, msg, ...) or one whose directory cannot be read. */
  OLE2_OTHER(),
  UNKNOWN();

  private final List<String> extensions;

  FileKind(String... extensions) {
    this.extensions = List.of(extensions);
  }

  public List<String> extensions() {
    return extensions;
  }

  /** The media type a download of this kind is served with. */
  public String mediaType() {
    return switch (this) {
      case JPEG -> "image/jpeg";
      case PNG -> "image/png";
      case PDF -> "application/pdf";
      case DOCX -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
      case DOC -> "application/msword";
      case XLSX -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
      case PPTX -> "application/vnd.openxmlformats-officedocument.presentationml.presentation";
      case ZIP -> "application/zip";
      default -> "application/octet-stream";
    };
  }

  /** How the kind is named to a user. */
  public String display() {
    return extensions.isEmpty() ? name().toLowerCase(java.util.Locale.ROOT) : extensions.get(0);
  }
}
