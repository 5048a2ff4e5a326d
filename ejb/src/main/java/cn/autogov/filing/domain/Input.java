package cn.autogov.filing.domain;

import cn.autogov.kernel.identifier.IdentifierKind;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a column of a form entity (or of a table row) as a field of its business's form: the one
 * place a field is written. Its kind follows from the Java type (text, {@code BigDecimal} amount,
 * {@code Integer} count, {@code LocalDate} date, {@code List} of an embeddable row: a table); its
 * length, an amount's precision and scale come from the {@code @Column}; its order is the order of
 * declaration. The definition's field list, reading input into the entity and back, the REST
 * schema, the portal's inputs and the PDFs all follow from it ({@link FormSchema}). Labels: {@code
 * field.<name>}, a table's columns {@code field.<table>.<column>}; options {@code
 * <codeList>.<code>} ({@link FormField#optionLabel}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Input {

  /** The field's key (in the portal, over REST, in labels); the Java name when blank. */
  String name() default "";

  /** Needed to 保存 and 上报 (a draft, 暂存, may leave it blank). */
  boolean required() default true;

  /** A text of several lines (经营范围). */
  boolean paragraph() default false;

  /** A date that may lie ahead; not required, blank means 长期 (营业期限). */
  boolean openEnded() default false;

  /** A date that may lie ahead of today (a switch-over date); other dates may not. */
  boolean ahead() default false;

  /** Checked by the identifier rules of #3 (credit code, customs code, mobile, …). */
  IdentifierKind[] identifier() default {};

  /** The code list of the options: an enum whose constants' names are the option codes. */
  Class<? extends Enum<?>> options() default NoOptions.class;

  /** The applicant category: its value chooses the material checklist. */
  boolean category() default false;

  /**
   * Shown after that field of the form, not in declaration order: a subclass's own field among
   * those of the base it shares with other forms (a used-car market's head counts after 分支机构数量).
   */
  String after() default "";

  /** A count's largest value; a table's most rows. Texts take theirs from {@code @Column}. */
  long max() default 0;

  /**
   * Where the value comes from: typed, or kept from the approved filing in a change, or the
   * account.
   */
  Origin origin() default Origin.TYPED;

  /** Where a field's value comes from. */
  enum Origin {
    /** Typed by the applicant, in a new filing and in a change. */
    TYPED,
    /** Typed in a new filing; a change (变更) shows it but keeps the approved value. */
    KEPT_IN_CHANGE,
    /** Taken from the applicant's verified account; nobody types it (the credit code). */
    ACCOUNT
  }

  /** No options: a free value. */
  enum NoOptions {}
}
