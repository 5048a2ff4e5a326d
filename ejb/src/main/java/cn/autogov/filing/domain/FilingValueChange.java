package cn.autogov.filing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** What an approved change (变更) altered, field by field: the old and the new value, kept. */
@Entity
@Table(name = "filing_value_change")
@NamedQuery(
    name = "FilingValueChange.ofFiling",
    query = "SELECT c FROM FilingValueChange c WHERE c.filingId = :filing ORDER BY c.id")
public class FilingValueChange {

  @Id
  @SequenceGenerator(
      name = "filing_value_change_seq",
      sequenceName = "filing_value_change_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "filing_value_change_seq")
  private Long id;

  @Column(name = "filing_id", nullable = false, updatable = false)
  private Long filingId;

  @Column(nullable = false, updatable = false, length = 40)
  private String field;

  @Column(name = "before_value", updatable = false, length = 1000)
  private String before;

  @Column(name = "after_value", updatable = false, length = 1000)
  private String after;

  protected FilingValueChange() {}

  public static FilingValueChange of(Long filingId, String field, String before, String after) {
    var c = new FilingValueChange();
    c.filingId = filingId;
    c.field = field;
    c.before = before;
    c.after = after;
    return c;
  }

  public String getField() {
    return field;
  }

  public String getBefore() {
    return before;
  }

  public String getAfter() {
    return after;
  }
}
