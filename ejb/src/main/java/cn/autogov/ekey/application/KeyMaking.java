package cn.autogov.ekey.application;

import cn.autogov.access.Actor;
import cn.autogov.ekey.domain.CertificateProfile;
import cn.autogov.ekey.domain.CodeChangeForm;
import cn.autogov.ekey.domain.Ekey;
import cn.autogov.ekey.domain.EkeyCertificate;
import cn.autogov.ekey.domain.EkeyFlow;
import cn.autogov.ekey.domain.KeyApplicationForm;
import cn.autogov.enterprise.application.EnterpriseProfile;
import cn.autogov.enterprise.application.Enterprises;
import cn.autogov.filing.application.FilingAccess;
import cn.autogov.filing.application.FilingEdits;
import cn.autogov.filing.application.FilingTypes;
import cn.autogov.filing.domain.Filing;
import cn.autogov.identity.application.CertificateBindings;
import cn.autogov.kernel.BusinessTime;
import cn.autogov.kernel.Checks;
import cn.autogov.kernel.RefusedException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.LocalDateTime;

/**
 * 制作 for the provider's actor its caller established (an operator in the portal, {@link
 * EkeyIssuance}; the provider's system through the exchange, {@link EkeyExchange}): the issuing CA
 * signs the certificate ({@link CertificateProfile}), the key is registered under its user name
 * (or, for 补办, 更新 and 企业代码变更, its certificate replaced and the one before revoked), the certificate
 * is bound to the enterprise's legal-person account for the e-key login, and the step 制作 is
 * recorded with the serial — all in the caller's transaction.
 */
@Dependent
public class KeyMaking {

  @PersistenceContext EntityManager em;

  @EJB EkeyCa ca;

  @Inject KeyRecords keys;

  @Inject CertificateBindings bindings;

  @Inject FilingAccess access;

  @Inject FilingTypes types;

  @Inject FilingEdits edits;

  @Inject Enterprises enterprises;

  /**
   * Makes the key of application {@code filingId} from the token's request ({@code csr}, PEM);
   * {@code publicUrl}: the platform's address, under which the certificate names its CRL and OCSP
   * responder.
   */
  public EkeyIssuance.Issued make(Actor actor, Long filingId, String csr, String publicUrl) {
    Filing f = access.forReviewer(actor, filingId);
    EkeyFlow flow = EkeyFlow.ofType(f.getTypeCode());
    if (flow == null || flow.outcome() != EkeyFlow.Outcome.CERTIFICATE) {
      throw new RefusedException("ekey.nothing-to-make", "number", f.getNumber());
    }
    f.stepFor(types.of(f.getTypeCode()).type(), EkeyCatalogue.MADE, actor.role());
    var checks = new Checks();
    PublicKey key = CertificateProfile.requestedKey("csr", csr, checks);
    checks.throwIfAny();
    var form = (KeyApplicationForm) access.form(f);
    EnterpriseProfile e = access.enterprise(f);
    LocalDateTime now = BusinessTime.now();
    Ekey held = flow.names() == EkeyFlow.Names.NEW ? null : keys.locked(form.userName());
    String code = codeOf(flow, form, e, held);
    EkeyCa.Authority authority = ca.authority();
    X509Certificate cert =
        CertificateProfile.issue(
            new CertificateProfile.Holder(e.name(), code, form.userName()),
            key,
            authority.issuing(),
            authority.key(),
            Instant.now(),
            ca.validity(),
            publicUrl + EkeyCrls.CRL_PATH,
            publicUrl + EkeyCrls.OCSP_PATH);
    String serial = EkeyCa.hex(cert.getSerialNumber());
    Long ekeyId;
    if (held == null) {
      if (keys.byUserName(form.userName()) != null) { // made for another application meanwhile
        throw new RefusedException("ekey.user-name-taken", "userName", form.userName());
      }
      Ekey k = Ekey.issue(e.id(), form.userName(), code, serial, now);
      em.persist(k);
      em.flush();
      ekeyId = k.getId();
    } else {
      if (!held.getEnterpriseId().equals(e.id())) {
        throw new RefusedException("ekey.user-name-not-held", "userName", form.userName());
      }
      String formerCode = held.getCode();
      String before = held.reissue(serial, flow == EkeyFlow.CODE_CHANGE ? code : null, now);
      if (flow == EkeyFlow.CODE_CHANGE) { // the register too: known by the new code, the old kept
        enterprises.changeCode(e.id(), formerCode, code, f.getNumber(), now);
      }
      keys.revokeCertificate(
          before,
          flow == EkeyFlow.REISSUE ? EkeyCertificate.KEY_COMPROMISE : EkeyCertificate.SUPERSEDED,
          actor.loginName());
      ekeyId = held.getId();
    }
    em.persist(EkeyIssuance.certificateOf(cert, ekeyId, f.getId()));
    em.flush();
    if (e.accountId() != null) {
      bindings.bindToAccount(e.accountId(), cert, actor.loginName());
    }
    edits.fulfil(actor, f, EkeyCatalogue.MADE, serial);
    return new EkeyIssuance.Issued(serial, EkeyIssuance.pem(cert), EkeyIssuance.chain(authority));
  }

  /**
   * The code the certificate carries: the new credit code of a change, else the key's or the
   * enterprise's.
   */
  private static String codeOf(
      EkeyFlow flow, KeyApplicationForm form, EnterpriseProfile e, Ekey held) {
    if (flow == EkeyFlow.CODE_CHANGE) {
      return ((CodeChangeForm) form).newCreditCode();
    }
    if (held != null) {
      return held.getCode();
    }
    if (e.creditCode() == null) {
      throw new RefusedException("ekey.no-credit-code", "enterprise", e.name());
    }
    return e.creditCode();
  }
}
