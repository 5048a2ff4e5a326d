package cn.autogov.web.usedcar;

import cn.autogov.kernel.DomainText;
import cn.autogov.kernel.InputRejectedException;
import cn.autogov.kernel.RefusedException;
import cn.autogov.usedcar.application.SaleImports;
import cn.autogov.usedcar.application.SaleTemplate;
import cn.autogov.web.platform.JsonBodies;
import cn.autogov.web.platform.LanguageBacking;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The portal's 表格下载 ({@code GET /app/usedcar/template.xlsx}) and 导入 ({@code POST
 * /app/usedcar/import?mode=check|commit|errors}, the file as the body, its name in {@code
 * X-File-Name}): the page's script sends the chosen file with a progress bar and shows the answer
 * (JSON: the report, or the problems of the file) without leaving the page, so the same file can be
 * checked, then imported, or its error workbook fetched. Signed-in enterprise side only; the CSRF
 * filter guards the posts (web.xml).
 */
@WebServlet({"/app/usedcar/import", "/app/usedcar/template.xlsx"})
public class SaleImportServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject SaleImports imports;

  @Inject LanguageBacking language;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    if (!req.getServletPath().endsWith("template.xlsx")) {
      res.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
      return;
    }
    if (!req.isUserInRole("enterprise") && !req.isUserInRole("agent")) {
      res.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    res.setContentType(SaleImportResource.XLSX);
    res.setHeader(
        "Content-Disposition",
        "attachment; filename*=UTF-8''"
            + java.net.URLEncoder.encode(
                    DomainText.text(language.getLocale(), "usedcar.sheet-name") + ".xlsx",
                    StandardCharsets.UTF_8)
                .replace("+", "%20"));
    SaleTemplate.write(res.getOutputStream(), language.getLocale());
  }

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse res) throws IOException {
    if (!req.getServletPath().endsWith("import")) {
      res.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
      return;
    }
    Locale locale = language.getLocale();
    String mode = req.getParameter("mode");
    String typed = req.getHeader("X-File-Name");
    String name =
        typed == null || typed.isBlank()
            ? "sales.xlsx"
            : URLDecoder.decode(typed, StandardCharsets.UTF_8);
    try {
      if ("errors".equals(mode)) {
        // streamed as it is written, while the upload's copy exists: a large file's marked copy
        // never sits in memory (a refusal comes before the first byte of it)
        res.setContentType(SaleImportResource.XLSX);
        res.setHeader("Content-Disposition", "attachment; filename=\"errors.xlsx\"");
        ImportFiles.receive(
            req.getInputStream(),
            file -> {
              imports.errorWorkbook(file, name, locale, res.getOutputStream());
              return null;
            });
        return;
      }
      boolean commit = "commit".equals(mode);
      var report =
          ImportFiles.receive(
              req.getInputStream(),
              file -> {
                try {
                  return commit ? imports.commit(file, name) : imports.check(file, name);
                } catch (SaleImports.ImportRefusedException e) {
                  return e.report();
                }
              });
      json(res, 200, ImportFiles.json(report, locale));
    } catch (InputRejectedException e) {
      List<Map<String, String>> problems =
          e.problems().stream()
              .map(p -> Map.of("field", p.field(), "message", DomainText.render(locale, p)))
              .toList();
      json(res, 400, Map.of("problems", problems));
    } catch (RefusedException e) {
      json(res, 409, Map.of("message", DomainText.render(locale, e)));
    } catch (EJBAccessException e) {
      res.sendError(HttpServletResponse.SC_FORBIDDEN);
    } catch (JsonBodies.Refused e) {
      json(res, 413, Map.of("message", DomainText.text(locale, "usedcar.import-too-large")));
    }
  }

  private static void json(HttpServletResponse res, int status, Object body) throws IOException {
    res.setHeader("Content-Disposition", null); // an error workbook's, set before its refusal
    res.setStatus(status);
    res.setContentType("application/json;charset=UTF-8");
    try (Jsonb jsonb = JsonbBuilder.create()) {
      res.getWriter().write(jsonb.toJson(body));
    } catch (Exception e) {
      throw new IOException(e);
    }
  }
}
