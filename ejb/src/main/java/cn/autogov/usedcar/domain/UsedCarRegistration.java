package cn.autogov.usedcar.domain;

import cn.autogov.kernel.Checks;
import cn.autogov.kernel.identifier.IdentifierKind;
import java.io.Serializable;
import java.util.Set;

/**
 * 汽车销售企业及二手车经营主体用户注册 (seed 003 §2.1.2) as typed: the name as on the licence; 住所 (the county picked
 * — or the city where it has no counties — and the street); with a credit code, that code; without,
 * the 工商营业执照号, 组织机构代码 and 税务登记证号; the password twice; the kinds; 填报人 and the mobile number its SMS
 * code proves. {@link #check} states what the fields say alone; what only the platform's records
 * can tell (a known division, a code registered already) its service adds.
 */
public record UsedCarRegistration(
    String enterpriseName,
    String county,
    String street,
    boolean hasCreditCode,
    String creditCode,
    String licenceNumber,
    String orgCode,
    String taxNumber,
    String password,
    String confirmation,
    Set<CarSellerKind> sellerKinds,
    Set<BusinessKind> businessKinds,
    String fillerName,
    String fillerMobile,
    String smsCode)
    implements Serializable {

  public UsedCarRegistration {
    sellerKinds = sellerKinds == null ? Set.of() : Set.copyOf(sellerKinds);
    businessKinds = businessKinds == null ? Set.of() : Set.copyOf(businessKinds);
  }

  /**
   * Every problem of the fields alone, under their names; the codes come back normalised (the
   * registration to keep).
   */
  public UsedCarRegistration check(Checks checks) {
    String n = checks.text("enterpriseName", enterpriseName, 200);
    String c = checks.required("county", county);
    if (c != null && !c.matches("\\d{6}")) {
      checks.add("county", "usedcar.county-format", "value", c);
    }
    String s = checks.text("street", street, 200);
    String uscc = null;
    String licence = null;
    String org = null;
    String tax = null;
    if (hasCreditCode) {
      uscc = checks.identifier("creditCode", IdentifierKind.USCC, creditCode);
    } else {
      licence = checks.identifier("licenceNumber", IdentifierKind.LICENCE_NUMBER, licenceNumber);
      org = checks.identifier("orgCode", IdentifierKind.ORG_CODE, orgCode);
      tax = checks.identifier("taxNumber", IdentifierKind.TAX_NUMBER, taxNumber);
    }
    if (businessKinds.isEmpty()) {
      checks.add("businessKinds", "usedcar.no-business-kind");
    }
    String filler = checks.text("fillerName", fillerName, 50);
    String mobile = checks.identifier("fillerMobile", IdentifierKind.MOBILE, fillerMobile);
    checks.required("smsCode", smsCode);
    return new UsedCarRegistration(
        n,
        c,
        s,
        hasCreditCode,
        uscc,
        licence,
        org,
        tax,
        password,
        confirmation,
        sellerKinds,
        businessKinds,
        filler,
        mobile,
        smsCode);
  }

  /** The login name the platform gives: the credit code, else the licence number. */
  public String loginName() {
    return hasCreditCode ? creditCode : licenceNumber;
  }
}
