package cn.autogov.coc.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** 合格证正面样式备案 (seed 000 §三): the style's description ({@link FrontStyleFields}). */
@Entity
@Table(name = "coc_front_style_filing")
public class FrontStyleForm extends FrontStyleFields {

  protected FrontStyleForm() {}
}
