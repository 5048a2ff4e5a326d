package cn.autogov.access;

/**
 * What an account may do. Each role names the organisation it acts for; {@link Names} holds the
 * same names as constants for {@code @RolesAllowed} and {@code web.xml}.
 */
public enum Role {
  /** 注册用户: registered, real-name verification not yet approved; may only verify or recover. */
  REGISTERED(Names.REGISTERED),
  /** 企业法人账号: the enterprise's one legal-person account. */
  ENTERPRISE(Names.ENTERPRISE),
  /**
   * 自然人 (经办人): a verified natural person; acts for the enterprises whose legal person approved the
   * application.
   */
  AGENT(Names.AGENT),
  /** 装备中心审核员: reviews the certificate-of-conformity business. */
  CERTIFICATION_CENTRE(Names.CERTIFICATION_CENTRE),
  /** 商务主管部门: reviews used-car filings of its administrative division. */
  COMMERCE_AUTHORITY(Names.COMMERCE_AUTHORITY),
  /** 发证机构: pre-reviews (核验) e-key applications of its division. */
  ISSUING_AUTHORITY(Names.ISSUING_AUTHORITY),
  /** 电子钥匙服务商: re-reviews (复核), produces and ships e-keys. */
  EKEY_PROVIDER(Names.EKEY_PROVIDER),
  /** 平台管理员: administers accounts and settings, never decides filings. */
  ADMIN(Names.ADMIN);

  private final String roleName;

  Role(String roleName) {
    this.roleName = roleName;
  }

  public String roleName() {
    return roleName;
  }

  public boolean isEnterpriseSide() {
    return this == ENTERPRISE || this == AGENT;
  }

  /**
   * Who files rather than reviews: the enterprise's side, and a natural person for its own affairs.
   */
  public boolean isApplicantSide() {
    return isEnterpriseSide() || this == REGISTERED;
  }

  /** Accounts that administrators create, each with an organisation and a scope. */
  public boolean isStaff() {
    return this == CERTIFICATION_CENTRE
        || this == COMMERCE_AUTHORITY
        || this == ISSUING_AUTHORITY
        || this == EKEY_PROVIDER
        || this == ADMIN;
  }

  /** Staff whose data is limited to an administrative division. */
  public boolean isRegional() {
    return this == COMMERCE_AUTHORITY || this == ISSUING_AUTHORITY;
  }

  /** Role names as compile-time constants. */
  public static final class Names {
    public static final String REGISTERED = "registered";
    public static final String ENTERPRISE = "enterprise";
    public static final String AGENT = "agent";
    public static final String CERTIFICATION_CENTRE = "certification-centre";
    public static final String COMMERCE_AUTHORITY = "commerce-authority";
    public static final String ISSUING_AUTHORITY = "issuing-authority";
    public static final String EKEY_PROVIDER = "ekey-provider";
    public static final String ADMIN = "admin";

    private Names() {}
  }
}
