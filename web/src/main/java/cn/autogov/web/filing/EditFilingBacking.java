package cn.autogov.web.filing;

import cn.autogov.document.sheet.XlsxReader;
import cn.autogov.document.store.Upload;
import cn.autogov.filing.application.FilingDetail;
import cn.autogov.filing.application.FilingReader;
import cn.autogov.filing.application.FilingService;
import cn.autogov.filing.domain.FormField;
import cn.autogov.web.identity.Uploads;
import cn.autogov.web.platform.Forms;
import cn.autogov.web.platform.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.file.UploadedFile;

/**
 * /app/filings/edit.xhtml?id=: fill in a filing (any type: the fields and the checklist come from
 * its definition), upload its materials, 暂存, 保存, 上报. Refused input stays on the page, chosen files
 * are kept whatever the outcome, and the checklist follows the category once it is chosen.
 */
@Named
@ViewScoped
public class EditFilingBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject FilingService filings;

  @Inject FilingReader reader;

  @Inject cn.autogov.identity.application.ClientCertificates certificates;

  /** The flash entry that brings back what was typed but could not be kept. */
  private static final String TYPED = "autogov.edit.typed";

  /** The name prefix of a repeating field's cells on the page. */
  private static final String CELL = "cell:";

  private boolean withoutCa;

  private Long id;
  private FilingDetail detail;
  private final Map<String, String> values = new HashMap<>();
  private transient Map<String, UploadedFile> uploads = new HashMap<>();

  /** The xlsx chosen to import into a table field, by the table's name. */
  private transient Map<String, UploadedFile> sheets = new HashMap<>();

  /** The most sheet rows read (a table's most rows and its header, and one to say "too many"). */
  private static final int ROWS_READ = 1002;

  /** The page's view action: loading (or answering 404) happens before anything renders. */
  public void open() {
    // the bean's construction did the work
  }

  @PostConstruct
  void load() {
    id = Pages.idParameter();
    detail = Pages.loadOr404(() -> reader.detail(id));
    if (detail != null) {
      for (FilingDetail.Field f : detail.fields()) {
        if (f.rows() == null) {
          values.put(f.name(), f.value());
        } else {
          for (int i = 0; i < f.rows().size(); i++) {
            int row = i;
            f.rows().get(i).forEach((c, v) -> values.put(FormField.cell(f.name(), row, c), v));
          }
        }
      }
      @SuppressWarnings("unchecked")
      Map<String, String> typed =
          (Map<String, String>)
              FacesContext.getCurrentInstance().getExternalContext().getFlash().get(TYPED);
      if (typed != null) {
        values.putAll(typed);
      }
      withoutCa =
          detail.filing().type().startsWith("export-filing")
              && !certificates.callerHoldsCertificate();
    }
  }

  /**
   * An exporter signed in without an e-key (CA): it may file, but say that export licences need the
   * CA (seed 001 §2.2).
   */
  public boolean isWithoutCa() {
    return withoutCa;
  }

  /** 暂存: blanks allowed. */
  public String saveDraft() {
    return act(
        () -> {
          Forms.info(Texts.ui("filing.draft-saved", detail.filing().number()));
          return true;
        });
  }

  /** 保存: complete (待上报). */
  public String saveComplete() {
    return act(
        () -> {
          FilingDetail d = Forms.call("edit", () -> filings.save(id, values, true));
          if (d != null) {
            Forms.info(Texts.ui("filing.saved", d.filing().number()));
          }
          return d != null;
        });
  }

  /** Takes the chosen files to their slots (what was typed is kept as a draft first). */
  public String upload() {
    return act(
        () -> {
          Forms.info(Texts.ui("filing.uploaded"));
          return true;
        });
  }

  /**
   * The applicant category changed: keeps what was typed and the chosen files, and shows the
   * category's checklist.
   */
  public String refresh() {
    return act(() -> true);
  }

  /**
   * A table's rows from the chosen xlsx (the platform's template, filled in): what was typed and
   * the chosen files are kept first; then the sheet replaces the table's rows, each cell checked,
   * every wrong one named by row and column (the rows held stay then).
   */
  public String importRows(String table) {
    return act(
        () -> {
          UploadedFile sheet = sheets().get(table);
          if (sheet == null || sheet.getSize() == 0) {
            Forms.error(Texts.ui("rows.import.none"));
            return false;
          }
          List<List<String>> rows;
          try (var in = sheet.getInputStream()) {
            rows = XlsxReader.rows(in, ROWS_READ);
          } catch (XlsxReader.NotAWorkbook | java.io.IOException e) {
            Forms.error(Texts.ui("rows.import.not-xlsx", sheet.getFileName()));
            return false;
          }
          var coded = RowSheets.withCodes(detail, table, rows);
          FilingDetail d = Forms.call("edit", () -> filings.importRows(id, table, coded));
          if (d == null) {
            return false;
          }
          Forms.info(Texts.ui("rows.imported", rows.size() - 1));
          return true;
        });
  }

  private Map<String, UploadedFile> sheets() {
    if (sheets == null) {
      sheets = new HashMap<>();
    }
    return sheets;
  }

  public Map<String, UploadedFile> getSheets() {
    return sheets();
  }

  public String remove(String slot) {
    if (!Forms.run("edit", () -> filings.detach(id, slot))) {
      return null;
    }
    return Pages.redirect("/app/filings/edit.xhtml?id=" + id);
  }

  /** 上报: saved complete first, then submitted. */
  public String submit() {
    var context = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext();
    boolean staff = // intake staff entering a paper application; applicants see their filing next
        !context.isUserInRole("enterprise")
            && !context.isUserInRole("agent")
            && !context.isUserInRole("registered");
    return act(
        () -> {
          if (Forms.call("edit", () -> filings.save(id, values, true)) == null) {
            return false;
          }
          FilingDetail d = Forms.call("edit", () -> filings.submit(id));
          if (d == null) {
            return false;
          }
          Forms.info(Texts.ui("filing.submitted", d.filing().number(), d.filing().dueOn()));
          return true;
        },
        staff ? "/review/filings/intake.xhtml" : "/app/filings/view.xhtml?id=" + id);
  }

  private String act(java.util.function.BooleanSupplier operation) {
    return act(operation, "/app/filings/edit.xhtml?id=" + id);
  }

  /**
   * Every button does the same first: what was typed is kept as a draft, and every chosen file is
   * taken to its slot, whatever else is wrong (a refused file is named beside its slot). Then the
   * operation, when all of that went well. Either way the page is shown anew (post-redirect-get) so
   * that the checklist follows the category and the files read as kept; input that could not be
   * kept comes back as it was typed.
   */
  private String act(java.util.function.BooleanSupplier operation, String done) {
    takeCells();
    boolean kept = Forms.call("edit", () -> filings.save(id, values, false)) != null;
    boolean filed = attachChosen();
    if (kept && filed && operation.getAsBoolean()) {
      return Pages.redirect(done);
    }
    if (!kept) {
      FacesContext.getCurrentInstance()
          .getExternalContext()
          .getFlash()
          .put(TYPED, new HashMap<>(values));
    }
    return Pages.redirect("/app/filings/edit.xhtml?id=" + id);
  }

  /**
   * The cells of the repeating fields, posted as {@code cell:<table>.<row>.<column>} (rows are
   * added and removed on the page): they replace the rows held.
   */
  private void takeCells() {
    var params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    for (FilingDetail.Field f : detail.fields()) {
      if (f.rows() != null && !f.fixed()) {
        String cells = f.name() + ".";
        values.keySet().removeIf(k -> k.startsWith(cells));
        params.forEach(
            (k, v) -> {
              if (k.startsWith(CELL + cells)) {
                values.put(k.substring(CELL.length()), v);
              }
            });
      }
    }
  }

  /** The numbers (from 0) of a repeating field's rows on the page; one empty row to start with. */
  public java.util.List<Integer> rowNumbers(String table) {
    var rows = new java.util.TreeSet<Integer>();
    String cells = table + ".";
    for (String k : values.keySet()) {
      if (k.startsWith(cells)) {
        String n =
            k.substring(cells.length(), Math.max(cells.length(), k.indexOf('.', cells.length())));
        if (n.matches("\\d{1,4}")) {
          rows.add(Integer.valueOf(n));
        }
      }
    }
    return rows.isEmpty() ? java.util.List.of(0) : java.util.List.copyOf(rows);
  }

  /** Each chosen file to its slot; false when any was refused. */
  private boolean attachChosen() {
    boolean ok = true;
    for (var e : uploads().entrySet()) {
      if (e.getValue() != null && e.getValue().getSize() > 0) {
        Upload u = Uploads.of(e.getValue());
        ok &= Forms.call("edit", () -> filings.attach(id, e.getKey(), u)) != null;
      }
    }
    return ok;
  }

  private Map<String, UploadedFile> uploads() {
    if (uploads == null) {
      uploads = new HashMap<>();
    }
    return uploads;
  }

  public FilingDetail getDetail() {
    return detail;
  }

  public Map<String, String> getValues() {
    return values;
  }

  public Map<String, UploadedFile> getUploads() {
    return uploads();
  }
}
