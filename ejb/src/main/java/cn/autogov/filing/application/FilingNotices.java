package cn.autogov.filing.application;

import cn.autogov.filing.domain.Filing;
import cn.autogov.filing.domain.FilingStatus;
import cn.autogov.filing.domain.FilingStep;
import cn.autogov.filing.domain.FulfilmentStep;
import cn.autogov.identity.application.Contact;
import cn.autogov.identity.application.Contacts;
import cn.autogov.kernel.DomainText;
import cn.autogov.notification.Channel;
import cn.autogov.notification.Inbox;
import cn.autogov.notification.MessageGateway;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the applicant hears of its filing: a status change it must know of in the portal's inbox,
 * and a decision (or the end of a filing's validity) by SMS and email too, through the outbox (sent
 * after commit). The texts are in the domain bundle ({@code sms.filing.<STATUS>}, or a type's own
 * {@code sms.filing.<type>.<STATUS>}; SMS go out in Chinese).
 */
@ApplicationScoped
public class FilingNotices {

  /** Status changes the applicant is told of in the inbox. */
  static final Set<FilingStatus> TOLD =
      EnumSet.of(
          FilingStatus.SUBMITTED,
          FilingStatus.RETURNED,
          FilingStatus.APPROVED,
          FilingStatus.REJECTED,
          FilingStatus.EXPIRED,
          FilingStatus.INVALIDATED);

  /** ... and by SMS and email as well. */
  static final Set<FilingStatus> TEXTED =
      EnumSet.of(
          FilingStatus.RETURNED,
          FilingStatus.APPROVED,
          FilingStatus.REJECTED,
          FilingStatus.EXPIRED,
          FilingStatus.INVALIDATED);

  @PersistenceContext EntityManager em;

  @EJB Inbox inbox;

  @Inject MessageGateway gateway;

  @Inject FilingTypes types;

  @Inject Contacts contacts;

  @Inject FilingAccess access;

  void told(@Observes FilingStepped e) {
    if (!e.changesStatus() || !TOLD.contains(e.to())) {
      return;
    }
    Filing f = e.filing();
    List<String> args =
        Arrays.asList(f.getNumber(), f.getTypeCode(), e.remark() == null ? "" : e.remark());
    tellApplicants(
        f, "inbox.filing." + e.to().name(), args, TEXTED.contains(e.to()) ? text(e) : null);
  }

  /**
   * A fulfilment step after 审核通过 (制作完成, 已寄出 with its tracking number, …) taken by staff: the
   * applicant is told in the inbox and by SMS and email.
   */
  void fulfilled(@Observes FilingStepped e) {
    if (e.step().getAction() != FilingStep.FULFILLED) {
      return;
    }
    Filing f = e.filing();
    FulfilmentStep step = types.of(f.getTypeCode()).type().fulfilment().get(e.step().getStage());
    if (step.byApplicant()) {
      return; // the applicant took it (确认收到): its history says so, nobody needs telling
    }
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("number", f.getNumber());
    params.put("step", new DomainText.Label("fulfilment." + step.code()));
    params.put(
        "datum",
        step.datum() == null || e.remark() == null
            ? ""
            : DomainText.message(
                "sms.filing.datum",
                Map.of(
                    "label", new DomainText.Label("field." + step.datum()), "value", e.remark())));
    tellApplicants(
        f,
        "inbox.filing.fulfilled",
        Arrays.asList(
            f.getNumber(), f.getTypeCode(), step.code(), e.remark() == null ? "" : e.remark()),
        DomainText.message("sms.filing.fulfilled", params));
  }

  /**
   * Tells the applicant (inbox, SMS and email) that the filing's validity ends in {@code daysLeft}
   * days, so that it files anew in time.
   */
  public void validityEnding(Filing f, long daysLeft) {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("number", f.getNumber());
    params.put("validUntil", String.valueOf(f.getValidUntil()));
    params.put("days", daysLeft);
    tellApplicants(
        f,
        "inbox.filing.validity-ending",
        Arrays.asList(
            f.getNumber(),
            f.getTypeCode(),
            String.valueOf(f.getValidUntil()),
            String.valueOf(daysLeft)),
        DomainText.message("sms.filing.validity-ending", params));
  }

  /** The SMS and email text of a decision or an end. */
  static String text(FilingStepped e) {
    Filing f = e.filing();
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("number", f.getNumber());
    params.put("remark", e.remark() == null ? "" : e.remark());
    params.put("validUntil", String.valueOf(f.getValidUntil()));
    String key =
        "sms.filing."
            + e.to().name()
            + (e.to() == FilingStatus.APPROVED && f.getValidUntil() != null ? ".until" : "");
    // a type may say it in its own words: sms.filing.<type>.<STATUS>
    String own = "sms.filing." + f.getTypeCode() + "." + e.to().name();
    boolean hasOwn = !DomainText.text(DomainText.MESSAGES, own).equals(own);
    return DomainText.message(hasOwn ? own : key, params);
  }

  /** A message in each applicant's inbox and, when there is a {@code text}, an SMS and email. */
  private void tellApplicants(Filing f, String inboxKey, List<String> args, String text) {
    // only a text goes to a number: the form is read for it alone
    String textedAt = text == null ? null : types.of(f.getTypeCode()).textedAt(access.form(f));
    for (Contact a : applicants(f)) {
      inbox.put(a.accountId(), f.getId(), inboxKey, args);
      String mobile = textedAt == null ? a.mobile() : textedAt;
      if (text != null && mobile != null) {
        gateway.send(Channel.SMS, mobile, text);
      }
      if (text != null && a.email() != null) {
        gateway.send(Channel.EMAIL, a.email(), text);
      }
    }
  }

  /**
   * The applicant: who filed it and the enterprise's legal-person account; or the account itself.
   */
  private List<Contact> applicants(Filing f) {
    Long account = f.getApplicant().getAccountId();
    return account != null
        ? contacts.account(account)
        : contacts.ofEnterprise(f.getApplicant().getEnterpriseId(), f.getCreatedBy());
  }
}
