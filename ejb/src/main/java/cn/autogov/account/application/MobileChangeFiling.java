package cn.autogov.account.application;

import cn.autogov.access.Actor;
import cn.autogov.account.domain.MobileChangeForm;
import cn.autogov.document.store.Upload;
import cn.autogov.filing.application.FilingAccess;
import cn.autogov.filing.application.FilingEdits;
import cn.autogov.filing.application.FilingView;
import cn.autogov.filing.domain.Filing;
import cn.autogov.identity.mobile.MobileChanges;
import cn.autogov.kernel.DomainText;
import cn.autogov.kernel.identifier.InvalidIdentifierException;
import cn.autogov.notification.Channel;
import cn.autogov.notification.MessageGateway;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;

/**
 * 手机号修改 from the sign-in page, for someone who cannot sign in: a code to the new number; then the
 * account proven by its password and the new number by its code, and the filing — the verified
 * identity again and the ID scan — filed at once for the administrators' workbench. Every wrong
 * field is named, what was typed is the caller's to keep; nothing is filed then.
 */
@Stateless
@PermitAll // before sign-in: the password and the codes are the proof
public class MobileChangeFiling {

  private static final Logger LOG = Logger.getLogger(MobileChangeFiling.class.getName());

  /** What the applicant gives. */
  public record Form(
      String loginName,
      String password,
      String name,
      String idNumber,
      String newMobile,
      String smsCode) {}

  @EJB MobileChanges mobileChanges;

  @Inject FilingEdits edits;

  @Inject FilingAccess access;

  @Inject MobileChangeDefinition definition;

  @Inject MessageGateway gateway;

  /** A code to the new number (the limits per number and caller apply). */
  public void sendCode(String newMobile, String clientAddress) {
    try {
      mobileChanges.sendCode(newMobile, clientAddress);
    } catch (InvalidIdentifierException e) {
      throw e.onField("newMobile");
    }
  }

  /** The filing, submitted (待审核); the account's sign-in stays as it is until it is approved. */
  public FilingView submit(Form form, Upload idScan, String clientAddress) {
    Actor actor = mobileChanges.prove(form.loginName(), form.password());
    Map<String, String> values = new HashMap<>();
    values.put("name", form.name());
    values.put("idNumber", form.idNumber());
    values.put("newMobile", form.newMobile());
    Map<String, Upload> materials = new HashMap<>();
    if (idScan != null) {
      materials.put("idScan", idScan);
    }
    Filing f =
        edits.fileAtOnce(
            definition, actor, mobileChanges.verifiedName(actor.accountId()), values, materials);
    String newMobile = ((MobileChangeForm) access.form(f)).newMobile();
    mobileChanges.proveNumber(newMobile, form.smsCode());
    gateway.send(
        Channel.SMS,
        newMobile,
        DomainText.message("sms.mobile-change.submitted", Map.of("login", actor.loginName())));
    LOG.info(
        () ->
            "Mobile change "
                + f.getNumber()
                + " for "
                + actor.loginName()
                + " from "
                + clientAddress);
    return access.view(f);
  }
}
