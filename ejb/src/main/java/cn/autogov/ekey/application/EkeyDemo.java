package cn.autogov.ekey.application;

import cn.autogov.access.Role;
import cn.autogov.ekey.domain.CertificateProfile;
import cn.autogov.ekey.domain.Ekey;
import cn.autogov.ekey.domain.EkeyFlow;
import cn.autogov.enterprise.application.EnterpriseProfile;
import cn.autogov.enterprise.domain.Enterprise;
import cn.autogov.filing.application.FilingDefinition;
import cn.autogov.filing.application.FilingNumbers;
import cn.autogov.filing.application.FilingTypes;
import cn.autogov.filing.domain.Decision;
import cn.autogov.filing.domain.Filing;
import cn.autogov.filing.domain.FilingForm;
import cn.autogov.filing.domain.FilingType;
import cn.autogov.filing.domain.FormInput;
import cn.autogov.identity.application.ClientCertificate;
import cn.autogov.identity.application.DemoAccountsCreated;
import cn.autogov.kernel.BusinessTime;
import cn.autogov.kernel.Checks;
import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

/**
 * The demo e-keys (demo mode), in 福建 where {@code demo-issuer} checks and {@code demo-ekey}
 * re-reviews and makes: the exporter 演示二手车贸易有限公司 ({@code demo-dealer}) holds the key DEMOFZ,
 * collected, and has a 增办 waiting for 核验 and a 解锁 waiting for 复核; the other demo enterprises each
 * have a first application waiting at a later step — 制作 (演示专用车), 寄出 (演示汽车), 待领取 (鼓楼二手车经销) and 已领取
 * (二手车交易市场). Made keys carry certificates of the development CA (the demo "tokens" are key pairs
 * made here). Each application carries a demo scan for every material its flow asks for.
 */
@ApplicationScoped
public class EkeyDemo {

  private static final String ISSUER = "demo-issuer";
  private static final String PROVIDER = "demo-ekey";

  /** Where the README's command serves the platform. */
  private static final String DEMO_URL = "http://127.0.0.1:8080";

  @PersistenceContext EntityManager em;

  @Inject FilingTypes types;

  @EJB FilingNumbers numbers;

  @EJB EkeyCa ca;

  @Inject cn.autogov.filing.application.FilingEdits edits;

  /** After the demo enterprises (their observers' default priority). */
  void onCreated(@Observes @Priority(3000) DemoAccountsCreated demo) {
    LocalDateTime now = demo.at();
    apply("demo-dealer", EkeyFlow.FIRST, "DEMOFZ", 7, now.minusDays(20));
    apply("demo-dealer", EkeyFlow.ADDITIONAL, "DEMOFZB", 0, now);
    apply("demo-dealer", EkeyFlow.UNLOCK, "DEMOFZ", 1, now);
    apply("demo-maker", EkeyFlow.FIRST, "DEMOZY", 2, now.minusDays(3));
    apply("demo-enterprise", EkeyFlow.FIRST, "DEMOQC", 3, now.minusDays(6));
    apply("demo-ucdealer", EkeyFlow.FIRST, "DEMOGL", 4, now.minusDays(8));
    apply("demo-ucmarket", EkeyFlow.FIRST, "DEMOSC", 5, now.minusDays(10));
  }

  /**
   * An application of the flow by the enterprise of that legal person, taken {@code steps} far: 0
   * submitted (核验 next), 1 checked, 2 re-reviewed (制作 next), 3 made, 4 shipped, 5 ready for
   * collection, 6 or more collected.
   */
  private void apply(String by, EkeyFlow flow, String userName, int steps, LocalDateTime at) {
    Enterprise e =
        em.createQuery("SELECT e FROM Enterprise e WHERE e.accountId = :a", Enterprise.class)
            .setParameter(
                "a",
                em.createQuery("SELECT a.id FROM UserAccount a WHERE a.loginName = :l", Long.class)
                    .setParameter("l", by)
                    .getSingleResult())
            .getSingleResult();
    FilingDefinition d = types.of(flow.typeCode());
    FilingType type = d.type();
    Filing f =
        Filing.draft(type, numbers.next(type.numberPrefix(), at.getYear()), e.getId(), by, at);
    f.describeApplicant(e.getName(), e.getRegionCode());
    em.persist(f);
    em.flush();
    FilingForm form = d.newForm(f.getId(), EnterpriseProfile.of(e), null);
    Map<String, String> v = new HashMap<>(form.values());
    v.put("userName", userName);
    v.put("authorisedPerson", "林演示");
    v.put("authorisedPersonId", "350102198001010011");
    v.put("authorisedPersonMobile", "13800000000");
    v.put("delivery", "ON_SITE");
    v.put("applicationReason", "新增报关业务人员");
    var checks = new Checks();
    form.read(new FormInput(v, checks, true));
    checks.throwIfAny();
    em.persist(form);
    em.flush();
    var applicant =
        new cn.autogov.access.Actor(
            e.getAccountId(), by, Role.ENTERPRISE, e.getId(), e.getRegionCode());
    for (var slot : d.checklist(form)) { // the scans a reviewer opens: one demo image each
      edits.attach(applicant, f, slot.code(), demoScan(slot.code()));
    }
    f.save(true, by, at);
    java.time.LocalDate today = BusinessTime.today();
    f.submit(type, today.plusDays(2), by, at);
    if (steps >= 1) {
      f.claim(ISSUER, at);
      f.decide(type, Decision.APPROVE, ISSUER, "材料齐全，核验通过", today.plusDays(5), at);
    }
    if (steps >= 2) {
      f.claim(PROVIDER, at);
      f.decide(type, Decision.APPROVE, PROVIDER, "复核通过", today.plusDays(5), at);
    }
    String[][] fulfilment = {
      {"made", null},
      {"shipped", "SF1000000001"},
      {"awaitingCollection", null},
      {"collected", "现场领取，纸质材料核验无误"}
    };
    Role[] roles = {
      Role.EKEY_PROVIDER, Role.EKEY_PROVIDER, Role.ISSUING_AUTHORITY, Role.ISSUING_AUTHORITY
    };
    for (int i = 0; i < fulfilment.length && steps >= 3 + i; i++) {
      String datum = i == 0 ? issue(e, userName, f.getId(), at) : fulfilment[i][1];
      f.fulfil(
          type,
          fulfilment[i][0],
          roles[i],
          roles[i] == Role.EKEY_PROVIDER ? PROVIDER : ISSUER,
          datum,
          today.plusDays(5),
          at);
    }
    f.takeNewSteps();
  }

  /** A demo scan (PNG): a sheet saying what it stands for, well under the slots' 1 MB. */
  private static cn.autogov.document.store.Upload demoScan(String slot) {
    var image =
        new java.awt.image.BufferedImage(640, 420, java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
    var g = image.createGraphics();
    g.setColor(java.awt.Color.WHITE);
    g.fillRect(0, 0, 640, 420);
    g.setColor(java.awt.Color.DARK_GRAY);
    g.drawRect(20, 20, 600, 380);
    g.setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.BOLD, 28));
    g.drawString("DEMO SCAN", 60, 120);
    g.setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 22));
    g.drawString(slot, 60, 180);
    g.drawString("AutoGov demo data - not a real document", 60, 240);
    g.dispose();
    var out = new java.io.ByteArrayOutputStream();
    try {
      javax.imageio.ImageIO.write(image, "png", out);
    } catch (java.io.IOException ex) {
      throw new java.io.UncheckedIOException(ex);
    }
    return cn.autogov.document.store.Upload.ofBytes(slot + ".png", out.toByteArray());
  }

  /** The key of a demo "token" (a key pair made here), its certificate bound; the serial. */
  private String issue(Enterprise e, String userName, Long filingId, LocalDateTime at) {
    try {
      var g = KeyPairGenerator.getInstance("EC");
      g.initialize(new ECGenParameterSpec("secp256r1"));
      var authority = ca.authority();
      X509Certificate cert =
          CertificateProfile.issue(
              new CertificateProfile.Holder(e.getName(), e.getCreditCode().value(), userName),
              g.generateKeyPair().getPublic(),
              authority.issuing(),
              authority.key(),
              Instant.now(),
              ca.validity(),
              DEMO_URL + EkeyCrls.CRL_PATH,
              DEMO_URL + EkeyCrls.OCSP_PATH);
      String serial = EkeyCa.hex(cert.getSerialNumber());
      Ekey k = Ekey.issue(e.getId(), userName, e.getCreditCode().value(), serial, at);
      em.persist(k);
      em.flush();
      em.persist(EkeyIssuance.certificateOf(cert, k.getId(), filingId));
      em.persist(ClientCertificate.of(e.getAccountId(), cert));
      return serial;
    } catch (java.security.GeneralSecurityException ex) {
      throw new IllegalStateException("the demo e-key could not be made", ex);
    }
  }
}
