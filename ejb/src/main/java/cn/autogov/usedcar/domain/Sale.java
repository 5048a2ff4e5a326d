package cn.autogov.usedcar.domain;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * A used-car sale as its checks left it (normalised numbers, the price to the fen): what a {@link
 * UsedCarSale} records, and what its {@link #fingerprint} — the same sale entered again, by hand or
 * in a file imported twice — is computed from.
 */
public record Sale(
    SaleParty buyer,
    SaleParty seller,
    SaleParty agent,
    String plateNumber,
    String registrationNumber,
    String vin,
    String brandModel,
    VehicleClass vehicleClass,
    String transferOffice,
    BigDecimal price,
    String dealingUnit,
    LocalDate soldOn) {

  /** SHA-256 of every value, in order: equal for the same sale, whoever entered it how. */
  public String fingerprint() {
    var sb = new StringBuilder();
    for (SaleParty p : new SaleParty[] {buyer, seller, agent}) {
      if (p == null) {
        sb.append("-\u001f");
      } else {
        sb.append(p.kind()).append('\u001f').append(p.name()).append('\u001f');
        sb.append(p.idNumber()).append('\u001f').append(p.address()).append('\u001f');
        sb.append(p.mobile()).append('\u001f');
      }
    }
    for (Object o :
        new Object[] {
          plateNumber,
          registrationNumber,
          vin,
          brandModel,
          vehicleClass,
          transferOffice,
          price.toPlainString(),
          dealingUnit,
          soldOn
        }) {
      sb.append(o).append('\u001f');
    }
    return cn.autogov.kernel.Sha256.hex(sb.toString().getBytes(StandardCharsets.UTF_8));
  }
}
