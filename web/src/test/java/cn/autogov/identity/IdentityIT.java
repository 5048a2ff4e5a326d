package cn.autogov.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.autogov.access.Role;
import cn.autogov.identity.application.AccountService;
import cn.autogov.identity.application.LoginResult;
import cn.autogov.identity.application.LoginStep;
import cn.autogov.identity.domain.LoginOutcome;
import cn.autogov.identity.session.AccountSession.SessionChannel;
import cn.autogov.identity.session.SessionRequest;
import cn.autogov.platform.ClusterJobs;
import cn.autogov.testing.MicroDeployment;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside the running application, on the configured database (H2, or PostgreSQL with -Ppostgres).
 */
@Tag("container")
@ExtendWith(ArquillianExtension.class)
class IdentityIT {

  private static final String DEMO_PASSWORD = System.getenv("AUTOGOV_DEMO_PASSWORD");

  private static final SessionRequest SESSION =
      new SessionRequest(SessionChannel.API, "10.0.0.2", "IdentityIT");

  @Deployment
  static WebArchive app() {
    return MicroDeployment.of(IdentityIT.class);
  }

  @EJB AccountService accounts;

  @Inject ClusterJobs jobs;

  @EJB TestAccounts testAccounts;

  @EJB cn.autogov.testing.fixtures.Fixtures fixtures;

  @EJB cn.autogov.identity.verification.VerificationCodes codes;

  @Test
  void shouldSeedOneDemoUserOfEachRoleWithHashedPasswords() throws Exception {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    try (Connection c = dataSource().getConnection();
        ResultSet rs =
            c.createStatement()
                .executeQuery("SELECT role, password_hash FROM user_account WHERE demo = TRUE")) {
      while (rs.next()) {
        roles.add(Role.valueOf(rs.getString(1)));
        assertTrue(rs.getString(2).startsWith("pbkdf2-sha256$"));
        assertFalse(rs.getString(2).contains(DEMO_PASSWORD));
      }
    }
    assertEquals(EnumSet.allOf(Role.class), roles);
  }

  @Test
  void shouldFindTheLegalPersonAccountByItsCreditCodeAndSendTheCodeToItsMobile() {
    LoginStep step = accounts.checkPassword("91350100M000100Y43", DEMO_PASSWORD, "10.0.0.1");
    assertTrue(step.passwordAccepted());
    assertEquals("demo-enterprise", step.loginName());
    assertEquals("138****0001", step.maskedMobile());
    LoginStep byIdNumber = accounts.checkPassword("11010519491231002x", DEMO_PASSWORD, "10.0.0.1");
    assertEquals("demo-agent", byIdNumber.loginName(), "a natural person by the ID number");

    assertEquals(
        LoginOutcome.WRONG_CREDENTIALS,
        accounts.checkPassword("demo-enterprise", "x", "10.0.0.1").outcome());
    assertEquals(
        LoginOutcome.WRONG_CREDENTIALS,
        accounts.checkPassword("nobody", DEMO_PASSWORD, "10.0.0.1").outcome());
  }

  @Test
  void shouldCompleteTheLoginOnlyWithTheSmsCodeSentAfterTheRightPassword() throws Exception {
    var account = testAccounts.createWithMobile(Role.ISSUING_AUTHORITY, "Gx7#kq2Lm");
    assertEquals(
        LoginOutcome.WRONG_CODE,
        accounts.completeWithCode(account.login(), "000000", SESSION).outcome(),
        "no code was sent yet");
    LoginStep step = accounts.checkPassword(account.login(), "Gx7#kq2Lm", "10.0.0.2");
    assertTrue(step.needsCode());
    String code = fixtures.latestCode(account.mobile());
    String wrong = code.equals("123456") ? "654321" : "123456";
    LoginResult refused = accounts.completeWithCode(account.login(), wrong, SESSION);
    assertEquals(LoginOutcome.WRONG_CODE, refused.outcome());
    assertEquals("verification.wrong", refused.refusalKey());

    LoginResult ok = accounts.completeWithCode(account.login(), code, SESSION);
    assertEquals(LoginOutcome.SUCCESS, ok.outcome());
    assertTrue(ok.sessionToken().length() >= 40, "a session token");
    assertEquals(
        "verification.used",
        accounts.completeWithCode(account.login(), code, SESSION).refusalKey(),
        "the code works once");
  }

  @Test
  void shouldSignInTheAccountAnEkeyCertificateIsBoundToWhileItIsValid() throws Exception {
    var account = testAccounts.createWithMobile(Role.ENTERPRISE, "Gx7#kq2Lm");
    var bound = TestCertificates.generate(account.login(), "-1d", 30);
    testAccounts.bindCertificate(account.login(), bound);
    LoginResult ok = accounts.loginWithCertificate(bound, SESSION);
    assertEquals(LoginOutcome.SUCCESS, ok.outcome());
    assertEquals(account.login(), ok.account().orElseThrow().loginName());

    var unbound = TestCertificates.generate("stranger", "-1d", 30);
    assertEquals(
        LoginOutcome.WRONG_CREDENTIALS, accounts.loginWithCertificate(unbound, SESSION).outcome());
    var expired = TestCertificates.generate(account.login(), "-10d", 2);
    testAccounts.bindCertificate(account.login(), expired);
    assertEquals(
        LoginOutcome.WRONG_CREDENTIALS,
        accounts.loginWithCertificate(expired, SESSION).outcome(),
        "an expired certificate signs nobody in");
  }

  @Test
  void shouldKeepTheLockAcrossTransactionsAfterFiveWrongPasswords() {
    String login = testAccounts.create(Role.ISSUING_AUTHORITY, "Gx7#kq2Lm");
    for (int i = 0; i < 4; i++) {
      assertEquals(
          LoginOutcome.WRONG_CREDENTIALS, accounts.checkPassword(login, "x", "-").outcome());
    }
    assertEquals(LoginOutcome.LOCKED, accounts.checkPassword(login, "x", "-").outcome());
    assertEquals(LoginOutcome.LOCKED, accounts.checkPassword(login, "Gx7#kq2Lm", "-").outcome());
  }

  @Test
  void shouldRefuseAccountMethodsToACallerWhoIsNotSignedIn() {
    assertThrows(EJBAccessException.class, () -> accounts.currentAccount());
    assertThrows(EJBAccessException.class, () -> accounts.changeOwnPassword("a", "b"));
  }

  @Test
  void shouldRunAClusterJobOnceWhenEveryInstanceFiresAtOnce() throws Exception {
    AtomicInteger runs = new AtomicInteger();
    String job = "it-job-" + java.util.UUID.randomUUID().toString().substring(0, 8);
    Callable<Boolean> instance = () -> jobs.runOnce(job, "2026-11-22", runs::incrementAndGet);
    var pool = Executors.newFixedThreadPool(4);
    try {
      int claimed = 0;
      for (var f : pool.invokeAll(java.util.Collections.nCopies(8, instance))) {
        claimed += f.get() ? 1 : 0;
      }
      assertEquals(1, claimed);
      assertEquals(1, runs.get());
    } finally {
      pool.shutdown();
    }
    assertFalse(jobs.runOnce(job, "2026-11-22", runs::incrementAndGet));
    try (Connection c = dataSource().getConnection();
        var ps =
            c.prepareStatement("SELECT outcome, finished_at FROM job_run WHERE job_name = ?")) {
      ps.setString(1, job);
      ResultSet rs = ps.executeQuery();
      assertTrue(rs.next());
      assertEquals("ok", rs.getString(1));
      assertTrue(rs.getTimestamp(2) != null);
    }
  }

  @Test
  void shouldSendASmsCodeThroughTheOutboxAndAcceptItOnce() throws Exception {
    var sms = cn.autogov.notification.Channel.SMS;
    var login = cn.autogov.identity.verification.Purpose.PASSWORD_RESET;
    String mobile = "139" + String.format("%08d", new java.util.Random().nextInt(100_000_000));
    String sentTo = codes.issue(sms, "+86 " + mobile, login, "10.1.2.3");
    assertEquals(mobile, sentTo);
    String text;
    try (Connection c = dataSource().getConnection();
        var ps = c.prepareStatement("SELECT text FROM outbox_message WHERE address = ?")) {
      ps.setString(1, mobile);
      ResultSet rs = ps.executeQuery();
      assertTrue(rs.next());
      text = rs.getString(1);
    }
    var digits = java.util.regex.Pattern.compile("验证码为(\\d{6})").matcher(text);
    assertTrue(digits.find(), text);
    var refused = cn.autogov.identity.verification.VerificationRefusedException.class;
    assertEquals(
        "verification.wrong",
        assertThrows(refused, () -> codes.verify(sms, mobile, login, "x")).key());
    codes.verify(sms, mobile, login, digits.group(1));
    assertEquals(
        "verification.used",
        assertThrows(refused, () -> codes.verify(sms, mobile, login, digits.group(1))).key());
    assertEquals(
        "verification.wait",
        assertThrows(refused, () -> codes.issue(sms, mobile, login, "10.1.2.3")).key());
    assertThrows(
        cn.autogov.kernel.identifier.InvalidIdentifierException.class,
        () -> codes.issue(sms, "12345", login, "10.1.2.3"));
  }

  @Test
  void shouldLoadTheProvincesAsReferenceData() throws Exception {
    try (Connection c = dataSource().getConnection();
        ResultSet rs =
            c.createStatement()
                .executeQuery("SELECT COUNT(*), MAX(name_zh) FROM region WHERE level = 1")) {
      assertTrue(rs.next());
      assertEquals(34, rs.getInt(1));
    }
  }

  private static DataSource dataSource() throws Exception {
    return (DataSource) new InitialContext().lookup("java:app/jdbc/autogov");
  }
}
