package cn.autogov.export.application;

import static cn.autogov.document.inspection.UploadRules.DECLARATION_DOC;
import static cn.autogov.document.inspection.UploadRules.LICENCE_IMAGE;
import static cn.autogov.document.inspection.UploadRules.PDF_ONLY;
import static cn.autogov.filing.domain.MaterialSlot.required;

import cn.autogov.access.Role;
import cn.autogov.export.domain.ExportFilingForm;
import cn.autogov.export.domain.ExportFilingForm.Category;
import cn.autogov.filing.domain.FilingType;
import java.time.Period;

/**
 * 二手车出口企业备案 (seed 001) as the engine reads it: 基本信息 and 联系人 (the form entity), 申报材料 per 企业类别 (生产企业
 * / 流通企业), reviewed by the commerce authority of the enterprise's province; valid one year from
 * approval. The change (变更) has the same form, the credit code fixed.
 */
final class ExportFilings {

  static final String FILING = "export-filing";
  static final String CHANGE = "export-filing-change";

  private ExportFilings() {}

  static FilingType.Builder common(String code) {
    return FilingType.define(code)
        .form(ExportFilingForm.class)
        .materials(
            FilingType.ANY,
            required("licenceOriginal", LICENCE_IMAGE),
            required("licenceCopy", LICENCE_IMAGE),
            required("companySeal", LICENCE_IMAGE),
            required("companyProfile", DECLARATION_DOC),
            required("operations", DECLARATION_DOC),
            required("threeYearPlan", DECLARATION_DOC),
            required("implementationPlan", DECLARATION_DOC),
            required("officialLetter", PDF_ONLY),
            required("commitment", PDF_ONLY))
        .materials(Category.PRODUCER.name(), required("bulletinProof", PDF_ONLY))
        .materials(
            Category.DISTRIBUTOR.name(),
            required("premisesProof", DECLARATION_DOC),
            required("appraiserQualification", DECLARATION_DOC),
            required("salesCooperation", DECLARATION_DOC),
            required("financialStatus", DECLARATION_DOC))
        .stage("commerce-review", Role.COMMERCE_AUTHORITY, true, 5)
        .provincial()
        .decidedOnly()
        .validFor(Period.ofYears(1));
  }
}
