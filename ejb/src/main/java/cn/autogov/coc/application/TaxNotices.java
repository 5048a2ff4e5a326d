package cn.autogov.coc.application;

import cn.autogov.identity.client.ClientRight;
import cn.autogov.identity.client.SystemClients;
import cn.autogov.notification.Channel;
import cn.autogov.notification.MessageGateway;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.util.LinkedHashMap;

/**
 * The tax side hears of every approved opening without asking: for each tax client with the right
 * tax.openings and a callback, an event {@code tax.system-opening-approved} with the opening as
 * ListApprovedOpenings gives it, written to the outbox in the approval's transaction (retried, dead
 * letters resent by administrators).
 */
@ApplicationScoped
public class TaxNotices {

  static final String EVENT = "tax.system-opening-approved";

  @Inject SystemClients clients;

  @Inject MessageGateway gateway;

  void approved(@Observes SystemOpeningApproved e) {
    var subscribers = clients.subscribers(ClientRight.TAX_OPENINGS);
    if (subscribers.isEmpty()) {
      return;
    }
    var body = new LinkedHashMap<String, Object>();
    body.put("event", EVENT);
    body.put("opening", TaxContract.opening(OpeningView.of(e.opening())));
    String json = Json.createObjectBuilder(body).build().toString();
    for (String client : subscribers) {
      gateway.send(Channel.PARTNER, client, json);
    }
  }
}
