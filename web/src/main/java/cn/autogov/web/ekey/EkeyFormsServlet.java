package cn.autogov.web.ekey;

import cn.autogov.document.pdf.PdfSheet;
import cn.autogov.filing.application.FilingDetail;
import cn.autogov.filing.application.FilingReader;
import cn.autogov.kernel.DomainText;
import cn.autogov.kernel.RefusedException;
import cn.autogov.web.platform.Texts;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The e-key application's papers, filled from it, to print, sign, stamp and upload before 上报 (seed
 * 004 §1 步骤(3)): {@code /app/ekey/forms/application.pdf?id=} — 《进出口企业电子钥匙与电子认证证书办理申请表》 with the
 * 申请类型 ticked — and {@code /app/ekey/forms/confirmation-letter.pdf?id=} — 《电子签章申请确认函》, for the
 * flows whose material list names it (首次申领, 增办, 更新, 企业代码变更). For the applicant (the reader scopes
 * it; another's: 404).
 */
@WebServlet("/app/ekey/forms/*")
public class EkeyFormsServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /** The flows whose material list names the letter. */
  static final Set<String> WITH_LETTER =
      Set.of("ekey-first", "ekey-additional", "ekey-renewal", "ekey-code-change");

  /** 申请类型 as the paper form lists them, and the flows that tick each. */
  private static final List<Map.Entry<String, Set<String>>> KINDS =
      List.of(
          Map.entry("首次申领", Set.of("ekey-first", "ekey-first-paper")),
          Map.entry("补办", Set.of("ekey-reissue")),
          Map.entry("增办", Set.of("ekey-additional")),
          Map.entry("更新", Set.of("ekey-renewal")),
          Map.entry("解锁", Set.of("ekey-unlock")),
          Map.entry("企业代码变更", Set.of("ekey-code-change")),
          Map.entry("注销", Set.of("ekey-revocation")));

  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

  @EJB FilingReader reader;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    String id = req.getParameter("id");
    String which = req.getPathInfo();
    FilingDetail d;
    try {
      d = id != null && id.matches("\\d{1,18}") ? reader.detail(Long.valueOf(id)) : null;
    } catch (RefusedException | EJBAccessException e) {
      d = null;
    }
    boolean letter = "/confirmation-letter.pdf".equals(which);
    if (d == null
        || !d.filing().type().startsWith("ekey-")
        || !(letter || "/application.pdf".equals(which))
        || letter && !WITH_LETTER.contains(d.filing().type())) {
      res.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Map<String, String> v = new HashMap<>();
    d.fields().forEach(f -> v.put(f.name(), f.value()));
    PdfSheet sheet = letter ? letter(d, v) : application(d);
    res.setContentType("application/pdf");
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Cache-Control", "private, no-store");
    res.setHeader(
        "Content-Disposition",
        "attachment; filename=\""
            + (letter ? "confirmation-letter-" : "application-")
            + d.filing().number()
            + ".pdf\"");
    sheet.writeTo(res.getOutputStream());
  }

  private static PdfSheet application(FilingDetail d) {
    var kinds = new StringBuilder();
    for (var k : KINDS) {
      kinds.append(k.getValue().contains(d.filing().type()) ? "■" : "□").append(k.getKey());
      kinds.append("　");
    }
    PdfSheet s =
        PdfSheet.titled(ui("ekey.form.title"))
            .row(ui("ekey.letter.number"), d.filing().number())
            .row(ui("ekey.form.kind"), kinds.toString().strip());
    for (var f : d.fields()) {
      if (f.value() != null && !f.value().isBlank()) {
        String value = f.codeList() == null ? f.value() : ui(f.optionLabel(f.value()), f.value());
        s.row(field(f.name()), value);
      }
    }
    return s.paragraph(ui("ekey.form.sign"));
  }

  private static PdfSheet letter(FilingDetail d, Map<String, String> v) {
    return PdfSheet.titled(ui("ekey.letter.title"))
        .row(ui("ekey.letter.number"), d.filing().number())
        .row(field("enterpriseName"), v.get("enterpriseName"))
        .row(field("creditCode"), v.get("creditCode"))
        .row(field("userName"), v.get("userName"))
        .row(field("authorisedPerson"), v.get("authorisedPerson"))
        .row(field("authorisedPersonId"), v.get("authorisedPersonId"))
        .paragraph(ui("ekey.letter.text"))
        .paragraph(ui("ekey.letter.sign"));
  }

  private static String ui(String key) {
    return ui(key, key);
  }

  private static String ui(String key, String fallback) {
    var bundle = ResourceBundle.getBundle(Texts.UI_BUNDLE, ZH);
    return bundle.containsKey(key) ? bundle.getString(key) : fallback;
  }

  private static String field(String name) {
    return DomainText.text(ZH, "field." + name);
  }
}
