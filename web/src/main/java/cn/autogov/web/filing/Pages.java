package cn.autogov.web.filing;

import cn.autogov.kernel.RefusedException;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Supplier;

/** What the filing pages share: the id in the address, and "not found" as a 404 page. */
final class Pages {

  private Pages() {}

  static Long idParameter() {
    String id =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
    return id != null && id.matches("\\d{1,18}") ? Long.valueOf(id) : null;
  }

  /** The loaded value, or null after answering 404 (unknown, or not the caller's to see). */
  static <T> T loadOr404(Supplier<T> load) {
    try {
      return load.get();
    } catch (RefusedException e) {
      FacesContext faces = FacesContext.getCurrentInstance();
      try {
        faces.getExternalContext().responseSendError(404, null);
      } catch (IOException io) {
        throw new UncheckedIOException(io);
      }
      faces.responseComplete();
      return null;
    }
  }

  /** Redirects (post-redirect-get), keeping the queued messages for the next page. */
  static String redirect(String outcome) {
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    return outcome + (outcome.contains("?") ? "&" : "?") + "faces-redirect=true";
  }
}
