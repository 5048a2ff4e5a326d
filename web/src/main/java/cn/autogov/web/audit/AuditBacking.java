package cn.autogov.web.audit;

import cn.autogov.audit.application.AuditPage;
import cn.autogov.audit.application.AuditQuery;
import cn.autogov.audit.application.AuditTrail;
import cn.autogov.web.platform.Forms;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** /admin/audit.xhtml: 审计查询 — search the audit trail, page through it, export what matches. */
@Named
@ViewScoped
public class AuditBacking implements Serializable, cn.autogov.web.platform.Paged {

  private static final long serialVersionUID = 1L;
  static final int SIZE = 50;

  @Inject AuditTrail trail;

  private String actor;
  private String action;
  private String subject;
  private String from;
  private String to;
  private int page;
  private AuditPage result;

  @PostConstruct
  void load() {
    fetch();
  }

  private void fetch() {
    AuditPage found = Forms.call("audit", () -> trail.search(query(page, SIZE)));
    if (found != null) {
      result = found;
    }
  }

  AuditQuery query(int p, int size) {
    return new AuditQuery(
        actor, action, subject, Forms.date("from", from), Forms.date("to", to), p, size);
  }

  public void search() {
    page = 0;
    fetch();
  }

  @Override
  public void next() {
    if (hasNext()) {
      page++;
      fetch();
    }
  }

  @Override
  public void previous() {
    if (page > 0) {
      page--;
      fetch();
    }
  }

  @Override
  public int pageSize() {
    return SIZE;
  }

  @Override
  public long total() {
    return result == null ? 0 : result.total();
  }

  /** The export of what the current filter matches, as a link. */
  public String getExportQuery() {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("actor", actor);
    params.put("action", action);
    params.put("subject", subject);
    params.put("from", from);
    params.put("to", to);
    return params.entrySet().stream()
        .filter(e -> e.getValue() != null && !e.getValue().isBlank())
        .map(
            e -> e.getKey() + "=" + URLEncoder.encode(e.getValue().strip(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  public String getActor() {
    return actor;
  }

  public void setActor(String actor) {
    this.actor = actor;
  }

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }

  @Override
  public int getPage() {
    return page + 1;
  }

  public AuditPage getResult() {
    return result;
  }
}
