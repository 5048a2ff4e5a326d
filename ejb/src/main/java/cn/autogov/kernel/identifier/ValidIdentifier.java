package cn.autogov.kernel.identifier;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The value (a String; null passes, combine with {@code @NotNull}) is a valid identifier of the
 * given kind, checked exactly as stored or exchanged: normalise typed input first ({@link
 * Normaliser}, or the portal's converter). Each problem becomes its own violation, with the message
 * from {@code ValidationMessages} in the caller's language, naming the field ({@link #field()}, a
 * message key; the kind's name by default). Usable on entities, form beans, REST and SOAP payloads
 * and service parameters.
 */
@Documented
@Constraint(validatedBy = IdentifierValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface ValidIdentifier {

  IdentifierKind value();

  /** Accept values that need manual review (the caller then routes them to a reviewer). */
  boolean allowReview() default false;

  /**
   * Message key of the field's name, e.g. "field.legalRepresentativeId"; empty: the kind's own
   * name.
   */
  String field() default "";

  String message() default "{identifier.invalid}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
