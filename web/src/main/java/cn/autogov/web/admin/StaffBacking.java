package cn.autogov.web.admin;

import cn.autogov.access.Role;
import cn.autogov.identity.application.StaffAccounts;
import cn.autogov.identity.application.StaffForm;
import cn.autogov.identity.application.StaffView;
import cn.autogov.web.platform.Forms;
import cn.autogov.web.platform.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/** /admin/staff.xhtml: staff accounts with their roles and scopes. */
@Named
@ViewScoped
public class StaffBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject StaffAccounts staff;

  private List<StaffView> accounts;
  private String loginName;
  private String displayName;
  private Role role;
  private String organisation;
  private String regionCode;
  private String mobile;
  private String email;
  private Long scopeAccount;
  private Role scopeRole;
  private String scopeOrganisation;
  private String scopeRegion;

  @PostConstruct
  void load() {
    accounts = staff.list();
  }

  public void create() {
    StaffView created =
        Forms.call(
            "staff",
            () ->
                staff.create(
                    new StaffForm(
                        loginName, displayName, role, organisation, regionCode, mobile, email)));
    if (created != null) {
      Forms.info(Texts.ui("staff.created", created.loginName()));
      loginName = displayName = organisation = regionCode = mobile = email = null;
      role = null;
      load();
    }
  }

  /** 调整角色和范围: the selected account's new role, organisation and division. */
  public void rescope() {
    if (Forms.call(
            "scope", () -> staff.rescope(scopeAccount, scopeRole, scopeOrganisation, scopeRegion))
        != null) {
      Forms.info(Texts.ui("staff.rescoped"));
      load();
    }
  }

  public void disable(Long id) {
    if (Forms.run("accounts", () -> staff.disable(id))) {
      load();
    }
  }

  public void enable(Long id) {
    if (Forms.run("accounts", () -> staff.enable(id))) {
      load();
    }
  }

  public void resetPassword(Long id) {
    if (Forms.run("accounts", () -> staff.resetPassword(id))) {
      Forms.info(Texts.ui("staff.reset"));
      load();
    }
  }

  public List<Role> getRoles() {
    return Arrays.stream(Role.values()).filter(Role::isStaff).toList();
  }

  public Long getScopeAccount() {
    return scopeAccount;
  }

  public void setScopeAccount(Long v) {
    this.scopeAccount = v;
  }

  public Role getScopeRole() {
    return scopeRole;
  }

  public void setScopeRole(Role v) {
    this.scopeRole = v;
  }

  public String getScopeOrganisation() {
    return scopeOrganisation;
  }

  public void setScopeOrganisation(String v) {
    this.scopeOrganisation = v;
  }

  public String getScopeRegion() {
    return scopeRegion;
  }

  public void setScopeRegion(String v) {
    this.scopeRegion = v;
  }

  public List<StaffView> getAccounts() {
    return accounts;
  }

  public String getLoginName() {
    return loginName;
  }

  public void setLoginName(String v) {
    this.loginName = v;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String v) {
    this.displayName = v;
  }

  public Role getRole() {
    return role;
  }

  public void setRole(Role v) {
    this.role = v;
  }

  public String getOrganisation() {
    return organisation;
  }

  public void setOrganisation(String v) {
    this.organisation = v;
  }

  public String getRegionCode() {
    return regionCode;
  }

  public void setRegionCode(String v) {
    this.regionCode = v;
  }

  public String getMobile() {
    return mobile;
  }

  public void setMobile(String v) {
    this.mobile = v;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String v) {
    this.email = v;
  }
}
