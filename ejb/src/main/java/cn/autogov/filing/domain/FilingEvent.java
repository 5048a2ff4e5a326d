package cn.autogov.filing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One step of a filing's history: who moved it from which status to which, at which stage, why. */
@Entity
@Table(name = "filing_event")
public class FilingEvent {

  @Id
  @SequenceGenerator(
      name = "filing_event_seq",
      sequenceName = "filing_event_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "filing_event_seq")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "filing_id", nullable = false, updatable = false)
  private Filing filing;

  @Column(name = "acted_at", nullable = false, updatable = false)
  private LocalDateTime at;

  @Column(name = "actor", nullable = false, updatable = false, length = 64)
  private String actor;

  @Column(nullable = false, updatable = false, length = 30)
  @jakarta.persistence.Convert(converter = FilingStep.Column.class)
  private FilingStep action;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status", updatable = false, length = 20)
  private FilingStatus from;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", nullable = false, updatable = false, length = 20)
  private FilingStatus to;

  @Column(updatable = false)
  private Integer stage;

  @Column(updatable = false, length = 500)
  private String remark;

  protected FilingEvent() {}

  static FilingEvent of(
      Filing filing,
      String actor,
      FilingStep action,
      FilingStatus from,
      FilingStatus to,
      Integer stage,
      String remark,
      LocalDateTime at) {
    var e = new FilingEvent();
    e.filing = filing;
    e.actor = actor;
    e.action = action;
    e.from = from;
    e.to = to;
    e.stage = stage;
    e.remark = remark;
    e.at = at;
    return e;
  }

  public LocalDateTime getAt() {
    return at;
  }

  public String getActor() {
    return actor;
  }

  public FilingStep getAction() {
    return action;
  }

  public FilingStatus getFrom() {
    return from;
  }

  public FilingStatus getTo() {
    return to;
  }

  public Integer getStage() {
    return stage;
  }

  public String getRemark() {
    return remark;
  }
}
