package cn.autogov.coc.application;

import cn.autogov.coc.domain.SystemOpening;
import cn.autogov.identity.application.Contact;
import cn.autogov.identity.application.Contacts;
import cn.autogov.notification.Inbox;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Arrays;

/**
 * The enterprise hears in its inbox when the tax side has opened a system for it, or could not
 * (with the tax side's reason): its legal person does, linked to the filing that asked.
 */
@ApplicationScoped
public class OpeningNotices {

  @EJB Inbox inbox;

  @Inject Contacts contacts;

  void confirmed(@Observes SystemOpeningConfirmed e) {
    SystemOpening o = e.opening();
    var args =
        Arrays.asList(
            o.getNumber(),
            o.getSystem().filingType(),
            o.getRefusalReason() == null ? "" : o.getRefusalReason());
    for (Contact c : contacts.ofEnterprise(o.getEnterpriseId(), null)) {
      inbox.put(c.accountId(), o.getFilingId(), "inbox.opening." + o.getStatus().name(), args);
    }
  }
}
