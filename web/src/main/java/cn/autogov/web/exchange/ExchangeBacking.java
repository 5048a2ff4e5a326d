package cn.autogov.web.exchange;

import cn.autogov.audit.domain.ChainCheck;
import cn.autogov.exchange.application.ExchangeLog;
import cn.autogov.exchange.application.ExchangePage;
import cn.autogov.exchange.application.ExchangeQuery;
import cn.autogov.exchange.application.ExchangeView;
import cn.autogov.web.platform.Forms;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * /admin/exchange.xhtml: 报文日志 — search the system exchange's message log, view a call's request and
 * response, check the chain, and export a bundle that verifies offline.
 */
@Named
@ViewScoped
public class ExchangeBacking implements Serializable, cn.autogov.web.platform.Paged {

  private static final long serialVersionUID = 1L;
  static final int SIZE = 50;

  @Inject ExchangeLog log;

  private String client;
  private String operation;
  private String outcome;
  private String messageId;
  private String from;
  private String to;
  private int page;
  private ExchangePage result;
  private ExchangeView selected;
  private ChainCheck.Result check;
  private Long bundleFrom;
  private Long bundleTo;

  @PostConstruct
  void load() {
    fetch();
  }

  private void fetch() {
    ExchangePage found =
        Forms.call(
            "exchange",
            () ->
                log.search(
                    ExchangeQuery.ofDays(
                        client,
                        operation,
                        outcome,
                        messageId,
                        Forms.date("from", from),
                        Forms.date("to", to),
                        page,
                        SIZE)));
    if (found != null) {
      result = found;
    }
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

  public void view(long seq) {
    selected = log.message(seq).orElse(null);
    if (selected != null) {
      bundleFrom = seq;
      bundleTo = seq;
    }
  }

  public void verify() {
    check = log.verify();
  }

  /** The bundle link's query. */
  public String getBundleQuery() {
    return "from="
        + (bundleFrom == null ? 1 : bundleFrom)
        + "&to="
        + (bundleTo == null ? 1 : bundleTo);
  }

  public String getClient() {
    return client;
  }

  public void setClient(String client) {
    this.client = client;
  }

  public String getOperation() {
    return operation;
  }

  public void setOperation(String operation) {
    this.operation = operation;
  }

  public String getOutcome() {
    return outcome;
  }

  public void setOutcome(String outcome) {
    this.outcome = outcome;
  }

  public String getMessageId() {
    return messageId;
  }

  public void setMessageId(String messageId) {
    this.messageId = messageId;
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

  public ExchangePage getResult() {
    return result;
  }

  public ExchangeView getSelected() {
    return selected;
  }

  public ChainCheck.Result getCheck() {
    return check;
  }

  public Long getBundleFrom() {
    return bundleFrom;
  }

  public void setBundleFrom(Long bundleFrom) {
    this.bundleFrom = bundleFrom;
  }

  public Long getBundleTo() {
    return bundleTo;
  }

  public void setBundleTo(Long bundleTo) {
    this.bundleTo = bundleTo;
  }
}
