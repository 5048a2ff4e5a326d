package cn.autogov.ekey.application;

import cn.autogov.ekey.domain.Ekey;
import cn.autogov.ekey.domain.EkeyCertificate;
import cn.autogov.identity.application.Contact;
import cn.autogov.identity.application.Contacts;
import cn.autogov.kernel.DomainText;
import cn.autogov.notification.Channel;
import cn.autogov.notification.Inbox;
import cn.autogov.notification.MessageGateway;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * 更新 in time: 30 and 7 days before a key's certificate expires, its enterprise hears of it in the
 * inbox and by SMS (or email), with the key's user name and the last valid day. Only the current
 * certificate of a key in use counts (one replaced or revoked expires unremarked).
 */
@Stateless
@PermitAll // the daily job's; no caller reaches it directly
public class EkeyExpiry {

  /** How many days ahead the reminders go out. */
  static final List<Integer> DAYS_AHEAD = List.of(30, 7);

  @PersistenceContext EntityManager em;

  @Inject Contacts contacts;

  @Inject MessageGateway gateway;

  @EJB Inbox inbox;

  /** The reminders of one day; how many keys were reminded of. */
  public int remind(LocalDate today) {
    int n = 0;
    for (int days : DAYS_AHEAD) {
      LocalDate last = today.plusDays(days);
      List<EkeyCertificate> expiring =
          em.createNamedQuery("EkeyCertificate.expiringBetween", EkeyCertificate.class)
              .setParameter("from", last.atStartOfDay())
              .setParameter("to", last.plusDays(1).atStartOfDay())
              .getResultList();
      for (EkeyCertificate c : expiring) {
        Ekey k = em.find(Ekey.class, c.getEkeyId());
        if (k == null || !k.inUse() || !c.getSerial().equals(k.getCurrentSerial())) {
          continue;
        }
        tell(k, last, days);
        n++;
      }
    }
    return n;
  }

  private void tell(Ekey k, LocalDate last, int days) {
    String text =
        DomainText.message(
            "sms.ekey.expiring",
            Map.of("userName", k.getUserName(), "notAfter", last.toString(), "days", days));
    for (Contact c : contacts.ofEnterprise(k.getEnterpriseId(), null)) {
      inbox.put(
          c.accountId(),
          null,
          "inbox.ekey.expiring",
          List.of(k.getUserName(), last.toString(), String.valueOf(days)));
      if (c.mobile() != null) {
        gateway.send(Channel.SMS, c.mobile(), text);
      } else if (c.email() != null) {
        gateway.send(Channel.EMAIL, c.email(), text);
      }
    }
  }
}
