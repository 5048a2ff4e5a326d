package cn.autogov.web.filing;

import cn.autogov.document.pdf.PdfSheet;
import cn.autogov.filing.application.FilingDetail;
import cn.autogov.filing.application.FilingDocument;
import cn.autogov.filing.application.FilingView;
import cn.autogov.filing.domain.PrintSection;
import cn.autogov.kernel.DomainText;
import cn.autogov.web.platform.Texts;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The PDFs of a filing, for every business on the engine: 备案表 (the filing: facts, form, materials
 * with their SHA-256, history) and 审核决定书 (the decision and its reasons), in Chinese as filed, each
 * with a QR code to the public verification page.
 */
public final class FilingPdfs {

  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

  private FilingPdfs() {}

  /** The verification page's address for the filing, under {@code base} (the platform's URL). */
  public static String verificationUrl(String base, FilingDocument doc) {
    return base
        + "/verify.xhtml?n="
        + URLEncoder.encode(doc.detail().filing().number(), StandardCharsets.UTF_8)
        + "&c="
        + doc.verificationCode();
  }

  public static String fileName(FilingDocument doc) {
    return doc.detail().filing().number()
        + (doc.kind() == FilingDocument.Kind.RECORD ? "-record.pdf" : "-decision.pdf");
  }

  /**
   * The download's name in Chinese, as a user files it ({@code
   * 二手车出口企业备案-EX-2026-000001-审核决定书.pdf}), with the ASCII name for clients that read no RFC 5987
   * name.
   */
  public static String contentDisposition(FilingDocument doc) {
    FilingView f = doc.detail().filing();
    String chinese =
        ui("filingType." + f.type())
            + "-"
            + f.number()
            + "-"
            + ui(doc.kind() == FilingDocument.Kind.RECORD ? "pdf.record" : "pdf.decision")
            + ".pdf";
    return "attachment; filename=\""
        + fileName(doc)
        + "\"; filename*=UTF-8''"
        + java.net.URLEncoder.encode(chinese, java.nio.charset.StandardCharsets.UTF_8)
            .replace("+", "%20");
  }

  public static void write(FilingDocument doc, String base, OutputStream out) {
    FilingDetail d = doc.detail();
    FilingView f = d.filing();
    String type = ui("filingType." + f.type());
    PdfSheet sheet =
        doc.kind() == FilingDocument.Kind.RECORD
            ? record(d, f, type, doc.layout())
            : decision(f, type, doc);
    sheet
        .heading(ui("pdf.verification"))
        .qr(
            verificationUrl(base, doc),
            ui("pdf.verification.caption")
                + "\n"
                + ui("pdf.verificationCode")
                + doc.verificationCode())
        .footer(ui("app.name") + " · " + f.number() + " · " + type)
        .writeTo(out);
  }

  private static PdfSheet record(
      FilingDetail d, FilingView f, String type, List<PrintSection> layout) {
    PdfSheet s = PdfSheet.titled(type + " " + ui("pdf.record"));
    facts(s, f);
    if (layout != null && !layout.isEmpty()) {
      laidOut(s, d, layout);
      return trail(s, d);
    }
    s.heading(ui("filing.form"));
    for (FilingDetail.Field field : d.fields()) {
      if (field.rows() != null) {
        List<String> lines = FilingRows.lines(field.name(), field.columns(), field.rows(), ZH);
        s.row(
            DomainText.fieldLabel(ZH, field.name()),
            lines.isEmpty() ? DomainText.text(ZH, "field.noRows") : String.join("\n", lines));
        continue;
      }
      String value = field.value();
      if (field.kind() != null
          && "CHOICE".equals(field.kind().name())
          && value != null
          && !value.isEmpty()) {
        value = ui(field.optionLabel(value));
      }
      s.row(DomainText.fieldLabel(ZH, field.name()), value);
    }
    return trail(s, d);
  }

  /**
   * The form as its seed prints it: each section under its heading, two label/value pairs a line; a
   * table field as a table of its columns; fields no section names come last.
   */
  private static void laidOut(PdfSheet s, FilingDetail d, List<PrintSection> layout) {
    java.util.Map<String, FilingDetail.Field> byName = new java.util.LinkedHashMap<>();
    d.fields().forEach(field -> byName.put(field.name(), field));
    for (PrintSection section : layout) {
      s.heading(ui(section.titleKey()));
      List<String> cells = new ArrayList<>();
      for (String name : section.fields()) {
        FilingDetail.Field field = byName.remove(name);
        if (field == null) {
          continue; // a field this form does not have (another kind's head count)
        }
        if (field.rows() != null) {
          pairs(s, cells);
          table(s, field);
        } else {
          cells.add(DomainText.fieldLabel(ZH, name));
          cells.add(value(field));
        }
      }
      pairs(s, cells);
    }
    if (!byName.isEmpty()) {
      s.heading(ui("filing.form"));
      List<String> cells = new ArrayList<>();
      for (FilingDetail.Field field : byName.values()) {
        if (field.rows() != null) {
          pairs(s, cells);
          table(s, field);
        } else {
          cells.add(DomainText.fieldLabel(ZH, field.name()));
          cells.add(value(field));
        }
      }
      pairs(s, cells);
    }
  }

  /** The label/value cells so far, two pairs a line; then none. */
  private static void pairs(PdfSheet s, List<String> cells) {
    if (cells.isEmpty()) {
      return;
    }
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < cells.size(); i += 4) {
      List<String> row = new ArrayList<>(cells.subList(i, Math.min(i + 4, cells.size())));
      while (row.size() < 4) {
        row.add("");
      }
      rows.add(row);
    }
    s.table(
        List.of(ui("pdf.item"), ui("pdf.content"), ui("pdf.item"), ui("pdf.content")),
        new float[] {2, 3, 2, 3},
        rows);
    cells.clear();
  }

  /** A table field: its columns' labels over its rows, choices by their names. */
  private static void table(PdfSheet s, FilingDetail.Field field) {
    List<String> headers = new ArrayList<>();
    for (var c : field.columns()) {
      headers.add(DomainText.text(ZH, "field." + field.name() + "." + c.name()));
    }
    List<List<String>> rows = new ArrayList<>();
    for (var r : field.rows()) {
      List<String> row = new ArrayList<>();
      for (var c : field.columns()) {
        String v = r.getOrDefault(c.name(), "");
        row.add("CHOICE".equals(c.kind().name()) && !v.isEmpty() ? ui(c.optionLabel(v)) : v);
      }
      rows.add(row);
    }
    if (rows.isEmpty()) {
      s.row(DomainText.fieldLabel(ZH, field.name()), DomainText.text(ZH, "field.noRows"));
      return;
    }
    float[] widths = new float[headers.size()];
    java.util.Arrays.fill(widths, 1f);
    s.table(headers, widths, rows);
  }

  private static String value(FilingDetail.Field field) {
    String value = field.value();
    if (field.kind() != null
        && "CHOICE".equals(field.kind().name())
        && value != null
        && !value.isEmpty()) {
      return ui(field.optionLabel(value));
    }
    return value == null ? "" : value;
  }

  /** The materials and the timeline, under every record. */
  private static PdfSheet trail(PdfSheet s, FilingDetail d) {
    s.heading(ui("filing.materials"));
    List<List<String>> rows = new ArrayList<>();
    for (FilingDetail.Material m : d.materials()) {
      rows.add(
          List.of(
              DomainText.fieldLabel(ZH, m.slot()),
              m.fileName() == null ? "—" : m.fileName(),
              m.sha256() == null ? "" : m.sha256()));
    }
    s.table(
        List.of(ui("pdf.material"), ui("pdf.fileName"), "SHA-256"), new float[] {3, 3, 4}, rows);
    s.heading(ui("filing.timeline"));
    List<List<String>> history = new ArrayList<>();
    for (FilingDetail.Event e : d.history()) {
      history.add(
          List.of(
              cn.autogov.kernel.DomainText.TIME.format(e.at()),
              ui("filingEvent." + e.action()),
              e.actor(),
              e.remark() == null ? "" : e.remark()));
    }
    return s.table(
        List.of(ui("pdf.at"), ui("pdf.step"), ui("pdf.actor"), ui("pdf.remark")),
        new float[] {3, 3, 2, 4},
        history);
  }

  /**
   * 审核决定书 as an official document: title, 文号, the applicant addressed, what was filed and when, the
   * decision and its reasons, the validity, then the issuing authority, the date in words and the
   * reviewer by name.
   */
  private static PdfSheet decision(FilingView f, String type, FilingDocument doc) {
    var decided = f.decidedAt() == null ? null : f.decidedAt().toLocalDate();
    PdfSheet s = PdfSheet.titled(type + ui("pdf.decision"));
    s.paragraph(
        ui("pdf.decision.docNumber")
            .replace("{year}", String.valueOf(decided == null ? "" : decided.getYear()))
            .replace("{number}", f.number()));
    s.paragraph(f.applicantName() + "：");
    s.paragraph(
        ui("pdf.decision.body")
            .replace(
                "{submitted}",
                chineseDate(f.submittedAt() == null ? null : f.submittedAt().toLocalDate()))
            .replace("{type}", type)
            .replace("{number}", f.number()));
    s.row(ui("pdf.decision.outcome"), ui(f.statusKey()));
    s.row(
        ui("pdf.decision.reasons"), f.remark() == null ? ui("pdf.decision.noRemark") : f.remark());
    if (f.validUntil() != null) {
      s.row(ui("filing.validity"), f.validFrom() + " 至 " + f.validUntil());
    }
    if (f.changeOfNumber() != null) {
      s.row(ui("filing.changeOf"), f.changeOfNumber());
    }
    s.paragraph(doc.issuingAuthority() == null ? "" : doc.issuingAuthority());
    s.paragraph(chineseDate(decided));
    s.row(ui("pdf.decision.reviewer"), doc.reviewerName() == null ? "" : doc.reviewerName());
    return s;
  }

  /** 2026年12月4日, as official documents date themselves. */
  private static String chineseDate(java.time.LocalDate d) {
    return d == null ? "" : d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
  }

  private static void facts(PdfSheet s, FilingView f) {
    s.row(ui("filing.number"), f.number())
        .row(ui(f.byAccount() ? "filing.applicantPerson" : "filing.applicant"), f.applicantName())
        .row(ui("filing.status"), ui(f.statusKey()))
        .row(
            ui("filing.submittedAt"),
            f.submittedAt() == null
                ? ""
                : cn.autogov.kernel.DomainText.TIME.format(f.submittedAt()));
    if (f.changeOfNumber() != null) {
      s.row(ui("filing.changeOf"), f.changeOfNumber());
    }
    if (f.validUntil() != null) {
      s.row(ui("filing.validity"), f.validFrom() + " – " + f.validUntil());
    }
  }

  /** Chinese, whatever the reader's language: the document is the filing as filed. */
  private static String ui(String key) {
    try {
      return ResourceBundle.getBundle(Texts.UI_BUNDLE, ZH).getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
  }
}
