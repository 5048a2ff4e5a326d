package cn.autogov.coc.domain;

import cn.autogov.filing.domain.FormEntity;
import cn.autogov.filing.domain.Input;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * 《合格证正面样式说明》 as the seed wants it written (seed 000 §三/§四): the front's composition, with where
 * and how the paper number is printed; the anti-counterfeiting technique in brief (at most 200
 * characters, counted as characters); the scope — brands, series, vehicle types, no models.
 */
@MappedSuperclass
public abstract class FrontStyleFields extends FormEntity {

  /** The most characters of the anti-counterfeiting description (限200字以内). */
  public static final int ANTI_COUNTERFEIT_MAX = 200;

  @Input(paragraph = true)
  @Column(name = "composition", length = 1000)
  private String composition;

  @Input(paragraph = true)
  @Column(name = "anti_counterfeit", length = ANTI_COUNTERFEIT_MAX)
  private String antiCounterfeit;

  @Input(paragraph = true)
  @Column(name = "style_scope", length = 500)
  private String styleScope;

  protected FrontStyleFields() {}

  public String styleScope() {
    return styleScope;
  }
}
