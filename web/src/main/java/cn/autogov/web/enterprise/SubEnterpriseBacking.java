package cn.autogov.web.enterprise;

import cn.autogov.enterprise.application.EnterpriseService;
import cn.autogov.enterprise.application.EnterpriseView;
import cn.autogov.enterprise.application.SubEnterpriseForm;
import cn.autogov.web.platform.Forms;
import cn.autogov.web.platform.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** /admin/enterprises.xhtml: the enterprises, and opening a sub-enterprise with its account. */
@Named
@ViewScoped
public class SubEnterpriseBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject EnterpriseService enterprises;

  private List<EnterpriseView> all;
  private String parentCreditCode;
  private String creditCode;
  private String name;
  private String address;
  private String loginName;
  private String mobile;
  private String email;

  @PostConstruct
  void load() {
    all = enterprises.directory();
  }

  public void open() {
    EnterpriseView opened =
        Forms.call(
            "sub",
            () ->
                enterprises.openSubEnterprise(
                    new SubEnterpriseForm(
                        parentCreditCode, creditCode, name, address, loginName, mobile, email)));
    if (opened != null) {
      Forms.info(Texts.ui("sub.opened", opened.name()));
      parentCreditCode = creditCode = name = address = loginName = mobile = email = null;
      load();
    }
  }

  public List<EnterpriseView> getAll() {
    return all;
  }

  public String getParentCreditCode() {
    return parentCreditCode;
  }

  public void setParentCreditCode(String v) {
    this.parentCreditCode = v;
  }

  public String getCreditCode() {
    return creditCode;
  }

  public void setCreditCode(String v) {
    this.creditCode = v;
  }

  public String getName() {
    return name;
  }

  public void setName(String v) {
    this.name = v;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String v) {
    this.address = v;
  }

  public String getLoginName() {
    return loginName;
  }

  public void setLoginName(String v) {
    this.loginName = v;
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
