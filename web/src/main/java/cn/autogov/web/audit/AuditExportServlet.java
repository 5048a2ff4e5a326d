package cn.autogov.web.audit;

import cn.autogov.audit.application.AuditQuery;
import cn.autogov.audit.application.AuditTrail;
import cn.autogov.audit.application.AuditView;
import cn.autogov.audit.domain.AuditEvent;
import cn.autogov.kernel.BusinessTime;
import cn.autogov.kernel.InputRejectedException;
import cn.autogov.web.platform.Forms;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * /admin/audit-export?actor=&action=&subject=&from=&to=: 审计导出 — every matching entry, newest first,
 * as CSV (UTF-8 with BOM, so spreadsheet programs show the Chinese), streamed in batches.
 * Administrators only (web.xml, and the audit bean itself).
 */
@WebServlet("/admin/audit-export")
public class AuditExportServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final int BATCH = 2000;

  @Inject transient AuditTrail trail;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    AuditQuery q;
    try {
      q =
          new AuditQuery(
              req.getParameter("actor"),
              req.getParameter("action"),
              req.getParameter("subject"),
              Forms.date("from", req.getParameter("from")),
              Forms.date("to", req.getParameter("to")),
              0,
              1);
    } catch (InputRejectedException e) {
      res.sendError(HttpServletResponse.SC_BAD_REQUEST, "from/to: yyyy-MM-dd");
      return;
    }
    trail.record(
        new AuditEvent(
            req.getRemoteUser(), null, "audit.exported", null, null, null, req.getQueryString()));
    res.setContentType("text/csv;charset=UTF-8");
    res.setHeader(
        "Content-Disposition", "attachment; filename=\"audit-" + BusinessTime.today() + ".csv\"");
    try (Writer out =
        new BufferedWriter(new OutputStreamWriter(res.getOutputStream(), StandardCharsets.UTF_8))) {
      out.write('\ufeff');
      out.write("seq,recorded_at,actor,acting_for,action,subject,origin,before,after\r\n");
      long before = Long.MAX_VALUE;
      while (true) {
        List<AuditView> batch = trail.exportBatch(q, before, BATCH);
        for (AuditView v : batch) {
          out.write(row(v));
        }
        if (batch.size() < BATCH) {
          break;
        }
        before = batch.get(batch.size() - 1).seq();
      }
    }
  }

  static String row(AuditView v) {
    return String.join(
            ",",
            Long.toString(v.seq()),
            v.at().toString(),
            csv(v.actor()),
            v.actingFor() == null ? "" : v.actingFor().toString(),
            csv(v.action()),
            csv(v.subject()),
            csv(v.origin()),
            csv(v.before()),
            csv(v.after()))
        + "\r\n";
  }

  /** Quoted when needed; a leading =, +, - or @ is defused so no spreadsheet runs it. */
  static String csv(String s) {
    if (s == null) {
      return "";
    }
    String v = s;
    if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
      v = "\"" + v.replace("\"", "\"\"") + "\"";
    }
    return v;
  }
}
