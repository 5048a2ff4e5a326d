package cn.autogov.identity.domain;

import cn.autogov.access.Role;
import cn.autogov.kernel.identifier.CreditCode;
import cn.autogov.kernel.identifier.CreditCodeConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

/**
 * An account that can log in to the portal.
 *
 * <p>Lifecycle: created with an initial password ({@link #create}); an account created by an
 * administrator, or the first administrator of a production installation, must change that password
 * at its first login ({@link #isPasswordChangeRequired()}). Five wrong passwords in a row lock the
 * account for 15 minutes. Demo accounts exist only in demo mode and are removed when the platform
 * starts in production mode.
 */
@Entity
@Table(name = "user_account")
@NamedQuery(
    name = "UserAccount.findByLoginName",
    query = "SELECT a FROM UserAccount a WHERE a.loginName = :loginName")
@NamedQuery(
    name = "UserAccount.findByCreditCode",
    query =
        "SELECT a FROM UserAccount a WHERE a.creditCode = :creditCode"
            + " AND a.role = cn.autogov.access.Role.ENTERPRISE")
@NamedQuery(
    name = "UserAccount.findByIdNumber",
    query = "SELECT a FROM UserAccount a WHERE a.idNumber = :idNumber ORDER BY a.id")
@NamedQuery(
    name = "UserAccount.staff",
    query = "SELECT a FROM UserAccount a WHERE a.role IN :roles ORDER BY a.loginName")
@NamedQuery(
    name = "UserAccount.countByRole",
    query = "SELECT COUNT(a) FROM UserAccount a WHERE a.role = :role")
@NamedQuery(
    name = "UserAccount.deleteDemo",
    query = "DELETE FROM UserAccount a WHERE a.demo = TRUE")
@NamedQuery(
    name = "UserAccount.countDemo",
    query = "SELECT COUNT(a) FROM UserAccount a WHERE a.demo = TRUE")
public class UserAccount {

  public static final int MAX_FAILED_LOGINS = 5;
  public static final Duration LOCK_TIME = Duration.ofMinutes(15);

  @Id
  @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
  private Long id;

  @Column(name = "login_name", nullable = false, updatable = false, length = 64)
  private String loginName;

  @Column(name = "display_name", nullable = false, length = 100)
  private String displayName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 48)
  private Role role;

  @Column(name = "organisation_name", length = 200)
  private String organisationName;

  @Column(name = "credit_code", length = 18)
  @Convert(converter = CreditCodeConverter.class)
  private CreditCode creditCode;

  @Column(name = "region_code", length = 6)
  private String regionCode;

  @Column(name = "password_hash", nullable = false, length = 200)
  private String passwordHash;

  @Column(name = "password_change_required", nullable = false)
  private boolean passwordChangeRequired;

  @Column(nullable = false)
  private boolean enabled = true;

  @Column(nullable = false)
  private boolean demo;

  @Column(name = "failed_logins", nullable = false)
  private int failedLogins;

  @Column(name = "locked_until")
  private LocalDateTime lockedUntil;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "password_changed_at")
  private LocalDateTime passwordChangedAt;

  @Column(name = "last_login_at")
  private LocalDateTime lastLoginAt;

  @Column(length = 254)
  private String email;

  @Column(length = 11)
  private String mobile;

  @Column(name = "real_name", length = 100)
  private String realName;

  @Enumerated(EnumType.STRING)
  @Column(name = "id_type", length = 20)
  private IdType idType;

  @Column(name = "id_number", length = 40)
  private String idNumber;

  @Column(name = "enterprise_id")
  private Long enterpriseId;

  @Version private long version;

  protected UserAccount() {}

  /** A new account; {@code mustChangePassword} when someone else chose the password. */
  public static UserAccount create(
      String loginName,
      String displayName,
      Role role,
      String initialPassword,
      boolean mustChangePassword,
      LocalDateTime now) {
    var a = new UserAccount();
    a.loginName = normaliseLoginName(loginName);
    a.displayName = displayName;
    a.role = role;
    a.passwordHash = PasswordHasher.hash(initialPassword);
    a.passwordChangeRequired = mustChangePassword;
    a.createdAt = now;
    return a;
  }

  /** Login names are case-insensitive: stored and looked up in lower case. */
  public static String normaliseLoginName(String loginName) {
    return loginName == null ? null : loginName.trim().toLowerCase(java.util.Locale.ROOT);
  }

  public UserAccount actingFor(String organisationName, CreditCode creditCode, String regionCode) {
    this.organisationName = organisationName;
    this.creditCode = creditCode;
    this.regionCode = regionCode;
    return this;
  }

  /** Contact details given at registration (the mobile number proven by an SMS code). */
  public UserAccount withContact(String email, String mobile) {
    this.email = email;
    this.mobile = mobile;
    return this;
  }

  /** The mobile number changes after the new number proved itself with an SMS code. */
  public void changeMobile(String newMobile) {
    this.mobile = newMobile;
  }

  /**
   * Real-name verification of a natural person was approved: the account now stands for that
   * person, and may apply to act for enterprises.
   */
  public void verifiedAsNaturalPerson(String name, IdType type, String number) {
    requireRole(Role.REGISTERED, Role.AGENT);
    this.realName = name;
    this.idType = type;
    this.idNumber = number;
    this.displayName = name;
    this.role = Role.AGENT;
  }

  /**
   * Real-name verification of a legal person was approved: the account becomes the enterprise's one
   * legal-person account.
   */
  public void verifiedAsLegalPerson(
      Long enterpriseId,
      String enterpriseName,
      CreditCode code,
      String region,
      String repName,
      IdType type,
      String number) {
    requireRole(Role.REGISTERED);
    this.enterpriseId = enterpriseId;
    this.organisationName = enterpriseName;
    this.creditCode = code;
    this.regionCode = region;
    this.realName = repName;
    this.idType = type;
    this.idNumber = number;
    this.displayName = enterpriseName;
    this.role = Role.ENTERPRISE;
  }

  /** Links an enterprise account to its enterprise record (sub-enterprises, demo data). */
  public UserAccount ofEnterprise(Long enterpriseId) {
    this.enterpriseId = enterpriseId;
    return this;
  }

  /**
   * Account recovery was approved (seed 000 §八): a one-time password the enterprise must replace at
   * its next login, the lock lifted, the requester's mobile bound for the SMS step.
   */
  public void resetForRecovery(String oneTimePassword, String newMobile) {
    oneTimePassword(oneTimePassword);
    this.mobile = newMobile;
  }

  /** A password someone else chose (a new account, an administrator's reset): changed at login. */
  public void oneTimePassword(String password) {
    this.passwordHash = PasswordHasher.hash(password);
    this.passwordChangeRequired = true;
    this.failedLogins = 0;
    this.lockedUntil = null;
  }

  /** An administrator changes a staff member's role or scope. */
  public void rescope(Role newRole, String organisation, String region) {
    if (!newRole.isStaff() || !role.isStaff()) {
      throw new IllegalArgumentException("only staff accounts have a scope");
    }
    this.role = newRole;
    this.organisationName = organisation;
    this.regionCode = region;
  }

  public void enable() {
    enabled = true;
  }

  private void requireRole(Role... allowed) {
    for (Role r : allowed) {
      if (role == r) {
        return;
      }
    }
    throw new IllegalStateException("account " + loginName + " is " + role);
  }

  public UserAccount markDemo() {
    this.demo = true;
    return this;
  }

  /** An administrator stops the account; it cannot log in until enabled again. */
  public void disable() {
    enabled = false;
  }

  /** Checks a password and records the attempt: failures count towards a temporary lock. */
  public LoginOutcome attemptLogin(String password, LocalDateTime now) {
    if (!enabled) {
      return LoginOutcome.DISABLED;
    }
    if (lockedUntil != null && now.isBefore(lockedUntil)) {
      return LoginOutcome.LOCKED;
    }
    if (!PasswordHasher.matches(password, passwordHash)) {
      failedLogins++;
      if (failedLogins >= MAX_FAILED_LOGINS) {
        lockedUntil = now.plus(LOCK_TIME);
        failedLogins = 0;
        return LoginOutcome.LOCKED;
      }
      return LoginOutcome.WRONG_CREDENTIALS;
    }
    failedLogins = 0;
    lockedUntil = null;
    lastLoginAt = now;
    return LoginOutcome.SUCCESS;
  }

  /**
   * 忘记密码: the owner proved the bound mobile with a code and chose a new password (checked by the
   * policy); the lock is lifted.
   *
   * @throws PasswordRejectedException naming every rule the new password breaks
   */
  public void resetPassword(String newPassword, LocalDateTime now) {
    requirePolicy(newPassword);
    passwordHash = PasswordHasher.hash(newPassword);
    passwordChangeRequired = false;
    passwordChangedAt = now;
    failedLogins = 0;
    lockedUntil = null;
  }

  /**
   * Replaces the password after checking the current one and the policy.
   *
   * @throws PasswordRejectedException naming every rule the new password breaks
   */
  public void changePassword(String currentPassword, String newPassword, LocalDateTime now) {
    if (!PasswordHasher.matches(currentPassword, passwordHash)) {
      throw new PasswordRejectedException(List.of(PasswordRejectedException.WRONG_CURRENT));
    }
    requirePolicy(newPassword);
    if (PasswordHasher.matches(newPassword, passwordHash)) {
      throw new PasswordRejectedException(List.of(PasswordRejectedException.SAME_AS_CURRENT));
    }
    passwordHash = PasswordHasher.hash(newPassword);
    passwordChangeRequired = false;
    passwordChangedAt = now;
  }

  /** A new password by the policy's rules, or refused naming every broken rule. */
  private void requirePolicy(String newPassword) {
    List<String> problems =
        PasswordPolicy.check(newPassword, loginName).stream()
            .map(PasswordPolicy.Problem::key)
            .toList();
    if (!problems.isEmpty()) {
      throw new PasswordRejectedException(problems);
    }
  }

  public Long getId() {
    return id;
  }

  public String getLoginName() {
    return loginName;
  }

  public String getDisplayName() {
    return displayName;
  }

  public Role getRole() {
    return role;
  }

  public String getOrganisationName() {
    return organisationName;
  }

  public CreditCode getCreditCode() {
    return creditCode;
  }

  public String getRegionCode() {
    return regionCode;
  }

  public boolean isPasswordChangeRequired() {
    return passwordChangeRequired;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public String getEmail() {
    return email;
  }

  public String getMobile() {
    return mobile;
  }

  public String getRealName() {
    return realName;
  }

  public IdType getIdType() {
    return idType;
  }

  public String getIdNumber() {
    return idNumber;
  }

  public Long getEnterpriseId() {
    return enterpriseId;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public LocalDateTime getLastLoginAt() {
    return lastLoginAt;
  }
}
