package cn.autogov.usedcar.domain;

import cn.autogov.filing.domain.Input;
import cn.autogov.kernel.Checks;
import cn.autogov.kernel.identifier.IdentifierKind;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One 分支机构 of a used-car business filing (seed 003 §2.3): its name, its licence number (the credit
 * code, or a 15-digit 营业执照号 of before), where it trades and what it does.
 */
@Embeddable
public class BranchRow {

  @Input
  @Column(name = "branch_name", length = 200)
  private String name;

  @Input
  @Column(name = "licence_number", length = 18)
  private String licenceNumber;

  @Input
  @Column(name = "address", length = 300)
  private String address;

  @Input
  @Column(name = "scope", length = 500)
  private String scope;

  protected BranchRow() {}

  public BranchRow(String name, String licenceNumber, String address, String scope) {
    this.name = name;
    this.licenceNumber = licenceNumber;
    this.address = address;
    this.scope = scope;
  }

  /** The licence number is a credit code (18) or a licence number of before (15). */
  void check(String at, Checks checks) {
    if (licenceNumber == null || licenceNumber.isBlank()) {
      return;
    }
    IdentifierKind kind =
        licenceNumber.strip().length() == 15 ? IdentifierKind.LICENCE_NUMBER : IdentifierKind.USCC;
    checks.identifier(at + "licenceNumber", kind, licenceNumber);
  }

  public String name() {
    return name;
  }

  public String licenceNumber() {
    return licenceNumber;
  }

  public String address() {
    return address;
  }

  public String scope() {
    return scope;
  }
}
