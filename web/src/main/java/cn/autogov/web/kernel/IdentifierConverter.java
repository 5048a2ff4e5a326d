package cn.autogov.web.kernel;

import cn.autogov.kernel.identifier.IdentifierKind;
import cn.autogov.kernel.identifier.Normaliser;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

/**
 * Normalises what a person typed into an identifier field before Bean Validation checks it
 * strictly: {@code <f:converter converterId="autogov.identifier"/>} with {@code <f:attribute
 * name="kind" value="uscc"/>}.
 */
@FacesConverter("autogov.identifier")
public class IdentifierConverter implements Converter<String> {

  @Override
  public String getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    Object kind = component.getAttributes().get("kind");
    return IdentifierKind.bySlug(String.valueOf(kind))
        .map(k -> Normaliser.normalise(k, value))
        .orElseThrow(() -> new IllegalStateException("unknown identifier kind " + kind));
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, String value) {
    return value == null ? "" : value;
  }
}
