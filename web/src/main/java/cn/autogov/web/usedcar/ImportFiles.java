package cn.autogov.web.usedcar;

import cn.autogov.document.sheet.XlsxWriter;
import cn.autogov.kernel.DomainText;
import cn.autogov.usedcar.application.ImportReport;
import cn.autogov.usedcar.application.SaleImports;
import cn.autogov.web.platform.JsonBodies;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An import's file for the length of its request (the portal's and the API's): the body copied to a
 * temporary file — the reader needs one to seek in — bounded, and deleted when the request ends;
 * and a report as the person reads it.
 */
final class ImportFiles {

  /** The largest file taken: the upload rule's 256 MB. */
  static final long MAX_BYTES = 256L * 1024 * 1024;

  private ImportFiles() {}

  /** What to do with the file while it exists. */
  interface Work<T> {
    T with(Path file) throws IOException;
  }

  /** Copies the body (at most {@link #MAX_BYTES}), runs the work, deletes the copy. */
  static <T> T receive(InputStream body, Work<T> work) throws IOException {
    Path file = Files.createTempFile("autogov-import-", ".xlsx");
    try {
      try (InputStream in = JsonBodies.bounded(body, MAX_BYTES)) {
        Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
      }
      return work.with(file);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** The report with its problems rendered: row, column letter, the field's label, the message. */
  static Map<String, Object> json(ImportReport r, Locale locale) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("fileName", r.fileName());
    m.put("rows", r.rows());
    m.put("valid", r.valid());
    m.put("alreadyRecorded", r.alreadyRecorded());
    m.put("toRecord", Math.max(0, r.valid() - r.alreadyRecorded()));
    m.put("recorded", r.recorded());
    m.put("committed", r.committed());
    m.put("problemCount", r.problemCount());
    m.put("listed", SaleImports.LISTED);
    List<Map<String, Object>> problems =
        r.problems().stream()
            .map(
                p -> {
                  Map<String, Object> e = new LinkedHashMap<>();
                  e.put("row", p.row());
                  e.put("column", p.column() < 0 ? "" : XlsxWriter.column(p.column()));
                  e.put("field", p.field());
                  e.put("label", DomainText.fieldLabel(locale, p.field()));
                  e.put("key", p.problem().key());
                  e.put("message", SaleImports.render(locale, p));
                  return e;
                })
            .toList();
    m.put("problems", problems);
    if (r.importId() != null) {
      m.put("importId", r.importId());
    }
    return m;
  }
}
