package cn.autogov.sample;

import static cn.autogov.document.inspection.UploadRules.PDF_ONLY;
import static cn.autogov.filing.domain.MaterialSlot.required;

import cn.autogov.access.Role;
import cn.autogov.filing.application.FilingDefinition;
import cn.autogov.filing.domain.FilingType;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Deployed with its tests only: a business declared in its form entity ({@link SampleForm}), this
 * definition and its migration ({@code db/sample/R__it_sample.sql}), and nothing else — reviewed by
 * the certification centre, then made and shipped (two fulfilment steps, the second with its
 * tracking number).
 */
@ApplicationScoped
public class SampleDefinition implements FilingDefinition {

  public static final String CODE = "it-sample";

  private final FilingType type =
      FilingType.define(CODE)
          .numbered("ITS")
          .form(SampleForm.class)
          .materials(FilingType.ANY, required("licenceCopy", PDF_ONLY))
          .stage("centre-review", Role.CERTIFICATION_CENTRE, false, 5)
          .then("made", Role.CERTIFICATION_CENTRE, 5)
          .then("shipped", Role.CERTIFICATION_CENTRE, 2, "trackingNumber")
          .build();

  @Override
  public FilingType type() {
    return type;
  }
}
