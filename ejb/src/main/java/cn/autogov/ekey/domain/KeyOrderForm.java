package cn.autogov.ekey.domain;

import cn.autogov.filing.domain.FormInput;
import cn.autogov.filing.domain.Input;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

/**
 * An application that ends with a key handed over (首次申领, 更新, 解锁): how the enterprise gets it —
 * collected at the issuing authority, or couriered to an address, which is then required.
 */
@Entity
@DiscriminatorValue("ORDER")
public class KeyOrderForm extends KeyApplicationForm {

  @Input(options = Delivery.class)
  @Column(name = "delivery", length = 10)
  private String delivery;

  @Input(required = false)
  @Column(name = "delivery_address", length = 300)
  private String deliveryAddress;

  protected KeyOrderForm() {}

  @Override
  public void check(FormInput in) {
    super.check(in);
    if (Delivery.COURIER.name().equals(delivery)
        && (deliveryAddress == null || deliveryAddress.isBlank())
        && in.isComplete()) {
      in.checks().add("deliveryAddress", "ekey.address-for-courier");
    }
  }

  public String delivery() {
    return delivery;
  }

  public String deliveryAddress() {
    return deliveryAddress;
  }
}
