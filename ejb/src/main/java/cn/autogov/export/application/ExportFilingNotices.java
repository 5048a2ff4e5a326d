package cn.autogov.export.application;

import cn.autogov.filing.application.FilingStepped;
import cn.autogov.identity.client.ClientRight;
import cn.autogov.identity.client.SystemClients;
import cn.autogov.notification.Channel;
import cn.autogov.notification.MessageGateway;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

/**
 * Customs hears of every decided change of a used-car export filing without asking: for each
 * customs client with the right customs.changes and a callback, an event {@code
 * customs.export-filing-changed} with the filing as ListChangedExportFilings gives it, written to
 * the outbox in the decision's transaction (retried, dead letters resent by administrators).
 */
@ApplicationScoped
public class ExportFilingNotices {

  static final String EVENT = "customs.export-filing-changed";

  @Inject ExportFilingQueries queries;

  @Inject SystemClients clients;

  @Inject MessageGateway gateway;

  void changed(@Observes FilingStepped e) {
    if (!e.changesStatus()
        || !ExportFilingQueries.TYPE.equals(e.filing().getTypeCode())
        || !ExportFilingQueries.DECIDED.contains(e.to())) {
      return;
    }
    var subscribers = clients.subscribers(ClientRight.CUSTOMS_CHANGES);
    if (subscribers.isEmpty()) {
      return;
    }
    var v = queries.view(e.filing());
    JsonObjectBuilder filing =
        Json.createObjectBuilder()
            .add("filingNumber", v.filingNumber())
            .add("enterpriseName", v.enterpriseName())
            .add("status", v.status().name())
            .add("changedAt", String.valueOf(v.changedAt()));
    if (v.creditCode() != null) {
      filing.add("creditCode", v.creditCode());
    }
    if (v.customsCode() != null) {
      filing.add("customsCode", v.customsCode());
    }
    if (v.validFrom() != null) {
      filing.add("validFrom", v.validFrom().toString());
    }
    if (v.validTo() != null) {
      filing.add("validTo", v.validTo().toString());
    }
    String json =
        Json.createObjectBuilder()
            .add("event", EVENT)
            .add("from", e.from() == null ? "" : e.from().name())
            .add("filing", filing)
            .build()
            .toString();
    for (String client : subscribers) {
      gateway.send(Channel.PARTNER, client, json);
    }
  }
}
