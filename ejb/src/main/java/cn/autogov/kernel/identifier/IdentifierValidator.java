package cn.autogov.kernel.identifier;

import cn.autogov.kernel.Problem;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Runs the kind's rules and reports each problem as its own violation. The template is "{field
 * key}{problem key}": the interpolator resolves both from {@code ValidationMessages} in the
 * caller's language, the problem text's own leading {@code {field}} becomes empty, and its named
 * parameters ({@code {position}}, {@code {char}}, ...) are filled in.
 */
public class IdentifierValidator implements ConstraintValidator<ValidIdentifier, CharSequence> {

  private ValidIdentifier constraint;

  @Override
  public void initialize(ValidIdentifier constraint) {
    this.constraint = constraint;
  }

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    Verdict verdict = constraint.value().checkStrict(value.toString());
    if (verdict.outcome() == Outcome.VALID
        || verdict.outcome() == Outcome.REVIEW && constraint.allowReview()) {
      return true;
    }
    String fieldKey =
        constraint.field().isEmpty() ? constraint.value().labelKey() : constraint.field();
    context.disableDefaultConstraintViolation();
    var hv = context.unwrap(HibernateConstraintValidatorContext.class);
    for (Problem problem : verdict.problems()) {
      if (problem.severity() == Problem.Severity.WARNING) {
        continue;
      }
      hv.addMessageParameter("field", "");
      problem.params().forEach(hv::addMessageParameter);
      hv.buildConstraintViolationWithTemplate("{" + fieldKey + "}{" + problem.key() + "}")
          .addConstraintViolation();
    }
    return false;
  }
}
