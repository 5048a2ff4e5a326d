package cn.autogov.coc.domain;

import cn.autogov.filing.domain.FormInput;
import cn.autogov.filing.domain.Input;
import cn.autogov.kernel.BusinessTime;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Locale;

/**
 * 合格证正面样式变更 (seed 000 §四): the new style's description ({@link FrontStyleFields}), the style it
 * replaces (by its code, ABCD001), why, how the two differ, and the switch-over date — the new
 * certificates' first day, the old ones' last being the day before.
 */
@Entity
@Table(name = "coc_front_style_change")
public class FrontStyleChangeForm extends FrontStyleFields {

  @Input
  @Column(name = "replaced_style", length = 20)
  private String replacedStyle;

  @Input(paragraph = true)
  @Column(name = "change_reason", length = 500)
  private String changeReason;

  @Input(paragraph = true)
  @Column(name = "differences", length = 1000)
  private String differences;

  @Input(ahead = true)
  @Column(name = "switch_over_date")
  private LocalDate switchOverDate;

  protected FrontStyleChangeForm() {}

  /** The replaced style's code in capitals; the switch-over not before today. */
  @Override
  public void check(FormInput in) {
    if (replacedStyle != null) {
      replacedStyle = replacedStyle.strip().toUpperCase(Locale.ROOT);
    }
    if (switchOverDate != null && switchOverDate.isBefore(BusinessTime.today())) {
      in.checks().add("switchOverDate", "coc.switch-over-past");
    }
  }

  public String replacedStyle() {
    return replacedStyle;
  }

  public LocalDate switchOverDate() {
    return switchOverDate;
  }
}
