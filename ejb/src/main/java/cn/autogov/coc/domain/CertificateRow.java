package cn.autogov.coc.domain;

import cn.autogov.filing.domain.Input;
import cn.autogov.kernel.identifier.IdentifierKind;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One certificate of a 合格证电子信息批量变更 (seed 000 §十二): its number (the enterprise's code first), the
 * vehicle's VIN (check digit checked) and model, and whether it is a new-energy vehicle.
 */
@Embeddable
public class CertificateRow {

  @Input(identifier = IdentifierKind.CERTIFICATE_NUMBER)
  @Column(name = "certificate_number", length = 14)
  private String certificateNumber;

  @Input(identifier = IdentifierKind.VIN)
  @Column(name = "vin", length = 17)
  private String vin;

  @Input
  @Column(name = "vehicle_model", length = 50)
  private String vehicleModel;

  @Input(options = NewEnergy.class)
  @Column(name = "new_energy", length = 3)
  private String newEnergy;

  protected CertificateRow() {}

  public String certificateNumber() {
    return certificateNumber;
  }

  public String vin() {
    return vin;
  }

  public String vehicleModel() {
    return vehicleModel;
  }

  public boolean isNewEnergy() {
    return NewEnergy.YES.name().equals(newEnergy);
  }
}
