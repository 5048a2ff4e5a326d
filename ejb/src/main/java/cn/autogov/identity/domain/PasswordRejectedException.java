package cn.autogov.identity.domain;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** A new password was refused; {@link #problems()} holds the message keys of every reason. */
@ApplicationException(rollback = true)
public class PasswordRejectedException extends RuntimeException {

  public static final String WRONG_CURRENT = "password.wrong-current";
  public static final String SAME_AS_CURRENT = "password.same-as-current";

  private final List<String> problems;

  public PasswordRejectedException(List<String> problems) {
    super("password rejected: " + problems);
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
