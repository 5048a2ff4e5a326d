package cn.autogov.usedcar.domain;

import cn.autogov.kernel.Checks;
import cn.autogov.kernel.identifier.IdentifierKind;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * 买方 / 卖方 / 代理人 of a used-car sale (seed 003 §2.4.1): a company or a person, its name, its number
 * (a company's credit code — or organisation code when 无统一代码 —, a person's ID number), its address
 * and mobile number. All required.
 */
@Embeddable
public class SaleParty {

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", length = 10)
  private PartyKind kind;

  @Column(name = "name", length = 100)
  private String name;

  @Column(name = "id_number", length = 18)
  private String idNumber;

  @Column(name = "address", length = 200)
  private String address;

  @Column(name = "mobile", length = 11)
  private String mobile;

  protected SaleParty() {}

  private SaleParty(PartyKind kind, String name, String idNumber, String address, String mobile) {
    this.kind = kind;
    this.name = name;
    this.idNumber = idNumber;
    this.address = address;
    this.mobile = mobile;
  }

  /**
   * A party as typed ({@code role}: buyer, seller, agent — the fields' prefix), every problem under
   * its field; null when any.
   */
  static SaleParty of(
      String role,
      String kind,
      String name,
      String idNumber,
      String address,
      String mobile,
      Checks checks) {
    PartyKind k = SaleEntry.option(role + "Kind", PartyKind.class, kind, checks);
    String n = checks.text(role + "Name", name, 100);
    String id = null;
    if (k == PartyKind.PERSON) {
      id = checks.identifier(role + "IdNumber", IdentifierKind.CITIZEN_ID, idNumber);
    } else if (k == PartyKind.COMPANY) {
      String typed = idNumber == null ? "" : idNumber.strip();
      IdentifierKind code =
          typed.length() <= 10 && !typed.isEmpty() ? IdentifierKind.ORG_CODE : IdentifierKind.USCC;
      id = checks.identifier(role + "IdNumber", code, idNumber);
    } else {
      checks.required(role + "IdNumber", idNumber);
    }
    String a = checks.text(role + "Address", address, 200);
    String m = checks.identifier(role + "Mobile", IdentifierKind.MOBILE, mobile);
    return k == null || n == null || id == null || a == null || m == null
        ? null
        : new SaleParty(k, n, id, a, m);
  }

  public PartyKind kind() {
    return kind;
  }

  public String name() {
    return name;
  }

  public String idNumber() {
    return idNumber;
  }

  public String address() {
    return address;
  }

  public String mobile() {
    return mobile;
  }
}
