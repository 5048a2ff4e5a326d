package cn.autogov.usedcar.application;

import static cn.autogov.access.Role.Names.AGENT;
import static cn.autogov.access.Role.Names.ENTERPRISE;

import cn.autogov.access.Actor;
import cn.autogov.audit.application.AuditTrail;
import cn.autogov.audit.domain.AuditEvent;
import cn.autogov.document.inspection.UploadInspector;
import cn.autogov.document.inspection.UploadRules;
import cn.autogov.document.sheet.XlsxReader;
import cn.autogov.document.sheet.XlsxWriter;
import cn.autogov.identity.application.Actors;
import cn.autogov.kernel.BusinessTime;
import cn.autogov.kernel.Checks;
import cn.autogov.kernel.DomainText;
import cn.autogov.kernel.InputRejectedException;
import cn.autogov.kernel.Problem;
import cn.autogov.kernel.Sha256;
import cn.autogov.usedcar.domain.SaleColumns;
import cn.autogov.usedcar.domain.SaleImport;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;

/**
 * 导入 of used-car sales from the platform's template (seed 003 §2.4.2), for the enterprise the
 * caller acts for once its filing is confirmed: the file inspected first (a zip bomb, tens of
 * thousands of entries, a .docx renamed .xlsx are refused before any row is read); the rows
 * streamed and checked by the very rules of the form; a dry run (检查) says what a commit would do
 * and changes nothing; a commit records every row or none, in one transaction, and a row recorded
 * before (the same sale) is skipped, never doubled. The error workbook is the file again with the
 * wrong cells marked and each row's problems beside it.
 */
@Stateless
@RolesAllowed({ENTERPRISE, AGENT})
public class SaleImports {

  /** Problems a report lists (all are counted). */
  public static final int LISTED = 1_000;

  /** The most rows one file holds (the header too). */
  public static final int MOST_ROWS = 1_000_001;

  @PersistenceContext EntityManager em;

  @Resource(lookup = "java:app/jdbc/autogov")
  DataSource dataSource;

  @Resource SessionContext context;

  @EJB Actors actors;

  @EJB AuditTrail audit;

  @Inject UsedCarConfirmations confirmations;

  /** 检查: what importing the file would do; nothing is written. */
  public ImportReport check(Path file, String fileName) {
    Actor a = actors.current();
    Long enterprise = enterprise(a);
    confirmations.require(enterprise);
    try (Connection c = dataSource.getConnection()) {
      var run = new SaleStaging(c, enterprise, LISTED, null).read(inspected(file, fileName));
      return run.report(fileName, false, null);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    } finally {
      context.setRollbackOnly(); // the staged rows go with the transaction
    }
  }

  /** 导入: records every row of the file, or, when any is wrong, none (400 with the report). */
  public ImportReport commit(Path file, String fileName) {
    Actor a = actors.current();
    Long enterprise = enterprise(a);
    confirmations.require(enterprise);
    try (Connection c = dataSource.getConnection()) {
      var run = new SaleStaging(c, enterprise, LISTED, null).read(inspected(file, fileName));
      if (run.problemCount() > 0) {
        throw new ImportRefusedException(run.report(fileName, false, null));
      }
      var record =
          new SaleImport(
              enterprise,
              fileName,
              sha256(file),
              run.rows(),
              run.alreadyRecorded(),
              a.loginName(),
              BusinessTime.now());
      em.persist(record);
      em.flush();
      int recorded = run.commit(record.getId(), a.loginName(), BusinessTime.now());
      record.recorded(recorded);
      audit.record(
          new AuditEvent(
              a.loginName(),
              enterprise,
              "usedcar-sale.imported",
              "usedcar-import/" + record.getId(),
              null,
              null,
              fileName + ": " + recorded + " recorded, " + run.alreadyRecorded() + " already"));
      return run.report(fileName, true, record.getId());
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The error workbook of the file: its rows as they are, each wrong cell marked with what is
   * wrong, and a last column with the row's problems; nothing is written to the database.
   */
  public void errorWorkbook(Path file, String fileName, Locale locale, OutputStream out)
      throws IOException {
    Actor a = actors.current();
    Long enterprise = enterprise(a);
    Map<Integer, List<ImportReport.RowProblem>> found = new HashMap<>();
    try (Connection c = dataSource.getConnection()) {
      new SaleStaging(c, enterprise, Integer.MAX_VALUE, found).read(inspected(file, fileName));
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    } finally {
      context.setRollbackOnly();
    }
    var sheet = new ErrorSheet(locale, found, out);
    try {
      XlsxReader.stream(file.toFile(), MOST_ROWS, sheet::accept);
    } catch (XlsxReader.NotAWorkbook e) {
      throw notAWorkbook();
    }
    sheet.close();
  }

  /** The error workbook, written as the file is read again. */
  private static final class ErrorSheet {
    private final Locale locale;
    private final Map<Integer, List<ImportReport.RowProblem>> found;
    private final OutputStream out;
    private XlsxWriter x;
    private int width;

    ErrorSheet(Locale locale, Map<Integer, List<ImportReport.RowProblem>> found, OutputStream out) {
      this.locale = locale;
      this.found = found;
      this.out = out;
    }

    void accept(int n, List<String> cells) throws IOException {
      if (x == null) {
        width = cells.size();
        List<String> h = new ArrayList<>(cells);
        h.add(DomainText.text(locale, SaleColumns.NOTES_KEY));
        x = new XlsxWriter(out, DomainText.text(locale, "usedcar.sheet-errors"), h);
        return;
      }
      Map<Integer, String> marks = new HashMap<>();
      StringBuilder notes = new StringBuilder();
      for (var p : found.getOrDefault(n, List.of())) {
        String text = render(locale, p);
        if (p.column() >= 0) {
          marks.merge(p.column(), text, (a, b) -> a + "\n" + b);
        }
        notes.append(notes.length() == 0 ? "" : "；").append(text);
      }
      List<String> row = new ArrayList<>(cells.subList(0, Math.min(width, cells.size())));
      while (row.size() < width) {
        row.add(null);
      }
      row.add(notes.length() == 0 ? null : notes.toString());
      x.row(row, marks);
    }

    void close() throws IOException {
      if (x != null) {
        x.close();
      }
    }
  }

  /** A problem as the person reads it: the field's label and what is wrong. */
  public static String render(Locale locale, ImportReport.RowProblem p) {
    return DomainText.render(
        locale, new InputRejectedException.FieldProblem(p.field(), p.problem()));
  }

  private Path inspected(Path file, String fileName) {
    var inspection = UploadInspector.inspect(UploadRules.SALES_SHEET, fileName, file, null);
    if (!inspection.accepted()) {
      var checks = new Checks();
      inspection.problems().forEach(p -> checks.add("file", p));
      checks.throwIfAny();
    }
    return file;
  }

  static InputRejectedException notAWorkbook() {
    return new InputRejectedException(
        List.of(
            new InputRejectedException.FieldProblem(
                "file", Problem.error("input.sheet-not-xlsx"))));
  }

  private static String sha256(Path file) {
    try (var in = Files.newInputStream(file)) {
      var d = Sha256.digest();
      byte[] buf = new byte[64 * 1024];
      for (int n; (n = in.read(buf)) > 0; ) {
        d.update(buf, 0, n);
      }
      return Sha256.hex(d);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Long enterprise(Actor a) {
    if (a.enterpriseId() == null) {
      throw new cn.autogov.kernel.RefusedException("usedcar.no-enterprise");
    }
    return a.enterpriseId();
  }

  /** A commit refused for the problems its report lists: nothing was recorded. */
  @jakarta.ejb.ApplicationException(rollback = true)
  public static class ImportRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient ImportReport report;

    ImportRefusedException(ImportReport report) {
      super("import refused: " + report.problemCount() + " problems");
      this.report = report;
    }

    public ImportReport report() {
      return report;
    }
  }
}
