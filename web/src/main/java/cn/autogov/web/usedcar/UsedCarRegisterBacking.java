package cn.autogov.web.usedcar;

import cn.autogov.identity.verification.Purpose;
import cn.autogov.identity.verification.VerificationCodes;
import cn.autogov.notification.Channel;
import cn.autogov.usedcar.application.UsedCarRegistrations;
import cn.autogov.usedcar.domain.BusinessKind;
import cn.autogov.usedcar.domain.CarSellerKind;
import cn.autogov.usedcar.domain.UsedCarRegistration;
import cn.autogov.web.platform.Forms;
import cn.autogov.web.platform.Texts;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/** /usedcar/register.xhtml: 汽车销售企业及二手车经营主体用户注册 (seed 003 §2.1.2). */
@Named
@ViewScoped
public class UsedCarRegisterBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject UsedCarRegistrations registrations;

  @Inject VerificationCodes codes;

  private String enterpriseName;
  private String county;
  private String street;
  private boolean hasCreditCode = true;
  private String creditCode;
  private String licenceNumber;
  private String orgCode;
  private String taxNumber;
  private String password;
  private String confirmation;
  private List<String> sellerKinds = new ArrayList<>();
  private List<String> businessKinds = new ArrayList<>();
  private String fillerName;
  private String fillerMobile;
  private String smsCode;
  private String registered;

  /** 获取验证码 for the filler's mobile. */
  public void sendCode() {
    if (Forms.run(
        "register",
        () -> {
          try {
            codes.issue(Channel.SMS, fillerMobile, Purpose.REGISTRATION, remoteAddress());
          } catch (cn.autogov.kernel.identifier.InvalidIdentifierException e) {
            throw e.onField("fillerMobile");
          }
        })) {
      Forms.info(Texts.domain("verification.sent"));
    }
  }

  public void register() {
    registered =
        Forms.call(
            "register",
            () ->
                registrations.register(
                    new UsedCarRegistration(
                        enterpriseName,
                        county,
                        street,
                        hasCreditCode,
                        creditCode,
                        licenceNumber,
                        orgCode,
                        taxNumber,
                        password,
                        confirmation,
                        kinds(CarSellerKind.class, sellerKinds),
                        kinds(BusinessKind.class, businessKinds),
                        fillerName,
                        fillerMobile,
                        smsCode),
                    remoteAddress()));
    password = null;
    confirmation = null;
  }

  private static <E extends Enum<E>> EnumSet<E> kinds(Class<E> type, List<String> picked) {
    EnumSet<E> set = EnumSet.noneOf(type);
    picked.forEach(p -> set.add(Enum.valueOf(type, p)));
    return set;
  }

  private static String remoteAddress() {
    return ((HttpServletRequest)
            FacesContext.getCurrentInstance().getExternalContext().getRequest())
        .getRemoteAddr();
  }

  public List<String> getSellerKindOptions() {
    return EnumSet.allOf(CarSellerKind.class).stream().map(Enum::name).toList();
  }

  public List<String> getBusinessKindOptions() {
    return EnumSet.allOf(BusinessKind.class).stream().map(Enum::name).toList();
  }

  public String getRegistered() {
    return registered;
  }

  public String getEnterpriseName() {
    return enterpriseName;
  }

  public void setEnterpriseName(String v) {
    this.enterpriseName = v;
  }

  public String getCounty() {
    return county;
  }

  public void setCounty(String v) {
    this.county = v;
  }

  public String getStreet() {
    return street;
  }

  public void setStreet(String v) {
    this.street = v;
  }

  public boolean isHasCreditCode() {
    return hasCreditCode;
  }

  public void setHasCreditCode(boolean v) {
    this.hasCreditCode = v;
  }

  public String getCreditCode() {
    return creditCode;
  }

  public void setCreditCode(String v) {
    this.creditCode = v;
  }

  public String getLicenceNumber() {
    return licenceNumber;
  }

  public void setLicenceNumber(String v) {
    this.licenceNumber = v;
  }

  public String getOrgCode() {
    return orgCode;
  }

  public void setOrgCode(String v) {
    this.orgCode = v;
  }

  public String getTaxNumber() {
    return taxNumber;
  }

  public void setTaxNumber(String v) {
    this.taxNumber = v;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String v) {
    this.password = v;
  }

  public String getConfirmation() {
    return confirmation;
  }

  public void setConfirmation(String v) {
    this.confirmation = v;
  }

  public List<String> getSellerKinds() {
    return sellerKinds;
  }

  public void setSellerKinds(List<String> v) {
    this.sellerKinds = v == null ? new ArrayList<>() : new ArrayList<>(v);
  }

  public List<String> getBusinessKinds() {
    return businessKinds;
  }

  public void setBusinessKinds(List<String> v) {
    this.businessKinds = v == null ? new ArrayList<>() : new ArrayList<>(v);
  }

  public String getFillerName() {
    return fillerName;
  }

  public void setFillerName(String v) {
    this.fillerName = v;
  }

  public String getFillerMobile() {
    return fillerMobile;
  }

  public void setFillerMobile(String v) {
    this.fillerMobile = v;
  }

  public String getSmsCode() {
    return smsCode;
  }

  public void setSmsCode(String v) {
    this.smsCode = v;
  }
}
