package cn.autogov.web.platform;

import cn.autogov.identity.verification.VerificationRefusedException;
import cn.autogov.kernel.DomainText;
import cn.autogov.kernel.InputRejectedException;
import cn.autogov.kernel.RefusedException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Runs a service call for a form and shows what the service refused: each field problem beside its
 * field (the component id is the field's name in the service's form), other refusals at the top.
 * The user's input stays in the form.
 */
public final class Forms {

  private Forms() {}

  /** The call's result, or null when refused (messages are queued). */
  public static <T> T call(String formId, Supplier<T> call) {
    return call(formId, java.util.Map.of(), call);
  }

  /**
   * As {@link #call(String, Supplier)}, where a problem with field {@code f} shows beside the input
   * whose id is {@code inputIds.get(f)} (an input whose id cannot be the field's name).
   */
  public static <T> T call(
      String formId, java.util.Map<String, String> inputIds, Supplier<T> call) {
    FacesContext faces = FacesContext.getCurrentInstance();
    Locale locale = faces.getViewRoot().getLocale();
    try {
      return call.get();
    } catch (InputRejectedException e) {
      for (var p : e.problems()) {
        String clientId = formId + ":" + inputIds.getOrDefault(p.field(), p.field());
        boolean exists = faces.getViewRoot().findComponent(":" + clientId) != null;
        faces.addMessage(
            exists ? clientId : null,
            new FacesMessage(FacesMessage.SEVERITY_ERROR, DomainText.render(locale, p), null));
      }
    } catch (RefusedException e) {
      error(faces, DomainText.render(locale, e));
    } catch (VerificationRefusedException e) {
      error(faces, DomainText.render(locale, e.key(), e.params()));
    }
    faces.validationFailed();
    return null;
  }

  public static boolean run(String formId, Runnable call) {
    return call(
            formId,
            () -> {
              call.run();
              return Boolean.TRUE;
            })
        != null;
  }

  public static void info(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
  }

  /** A message for the whole page, not a field. */
  public static void error(String text) {
    error(FacesContext.getCurrentInstance(), text);
  }

  private static void error(FacesContext faces, String text) {
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  /** A date the user typed (yyyy-MM-dd), or null when empty; refused under {@code field}. */
  public static java.time.LocalDate date(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return java.time.LocalDate.parse(value.strip());
    } catch (java.time.format.DateTimeParseException e) {
      throw cn.autogov.kernel.InputRejectedException.of(field, "input.not-a-date");
    }
  }
}
