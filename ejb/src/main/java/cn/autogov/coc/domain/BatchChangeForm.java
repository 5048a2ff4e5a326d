package cn.autogov.coc.domain;

import cn.autogov.filing.domain.FormEntity;
import cn.autogov.filing.domain.FormInput;
import cn.autogov.filing.domain.Input;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 合格证电子信息批量变更申请 (seed 000 §十二): whether the listed certificates' e-data is to be corrected or
 * revoked, why, and the list — typed row by row or imported from the platform's xlsx template — in
 * which no certificate number and no VIN appears twice.
 */
@Entity
@Table(name = "coc_batch_change")
public class BatchChangeForm extends FormEntity {

  /** The most certificates one application lists. */
  public static final int MAX_CERTIFICATES = 1000;

  @Input(options = BatchChangeKind.class)
  @Column(name = "change_kind", length = 10)
  private String changeKind;

  @Input(paragraph = true)
  @Column(name = "reason", length = 1000)
  private String reason;

  @Input(max = MAX_CERTIFICATES)
  @ElementCollection
  @CollectionTable(name = "coc_batch_change_row", joinColumns = @JoinColumn(name = "filing_id"))
  @OrderColumn(name = "row_no")
  private List<CertificateRow> certificates = new ArrayList<>();

  protected BatchChangeForm() {}

  /** No certificate number, no VIN twice: the later row is named, with the row it repeats. */
  @Override
  public void check(FormInput in) {
    Map<String, Integer> numbers = new HashMap<>();
    Map<String, Integer> vins = new HashMap<>();
    for (int i = 0; i < certificates.size(); i++) {
      CertificateRow r = certificates.get(i);
      repeat(in, numbers, r.certificateNumber(), i, "certificateNumber");
      repeat(in, vins, r.vin(), i, "vin");
    }
  }

  private static void repeat(
      FormInput in, Map<String, Integer> seen, String value, int row, String column) {
    if (value == null) {
      return;
    }
    Integer first = seen.putIfAbsent(value, row);
    if (first != null) {
      in.checks()
          .add(
              "certificates." + row + "." + column,
              "coc.batch-repeated",
              "value",
              value,
              "row",
              first + 1);
    }
  }

  public BatchChangeKind changeKind() {
    return changeKind == null ? null : BatchChangeKind.valueOf(changeKind);
  }

  public List<CertificateRow> certificates() {
    return List.copyOf(certificates);
  }
}
