package cn.autogov.sample;

import cn.autogov.filing.domain.Input;
import cn.autogov.kernel.identifier.IdentifierKind;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One row of the test-only form's table: a branch (seed 003's 分支机构: 名称, 营业执照号, 经营地址, 业务范围). */
@Embeddable
public class SampleBranch {

  @Input
  @Column(name = "name", length = 200)
  private String name;

  @Input(identifier = IdentifierKind.USCC)
  @Column(name = "licence_number", length = 18)
  private String licenceNumber;

  @Input
  @Column(name = "address", length = 300)
  private String address;

  @Input(required = false, paragraph = true)
  @Column(name = "scope", length = 500)
  private String scope;

  protected SampleBranch() {}
}
