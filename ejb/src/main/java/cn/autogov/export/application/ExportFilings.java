package cn.autogov.export.application;

import static cn.autogov.document.inspection.UploadRules.DECLARATION_DOC;
import static cn.autogov.document.inspection.UploadRules.LICENCE_IMAGE;
import static cn.autogov.document.inspection.UploadRules.PDF_ONLY;
import static cn.autogov.filing.domain.FormField.choice;
import static cn.autogov.filing.domain.FormField.paragraph;
import static cn.autogov.filing.domain.FormField.text;
import static cn.autogov.filing.domain.MaterialSlot.required;

import cn.autogov.access.Role;
import cn.autogov.export.domain.ExportFilingForm;
import cn.autogov.filing.domain.FieldKind;
import cn.autogov.filing.domain.FilingType;
import cn.autogov.filing.domain.FormField;
import java.time.Period;

/**
 * 二手车出口企业备案 (seed 001) as the engine reads it: 基本信息, 申报材料 per 企业类别 (生产企业 / 流通企业), 联系人; reviewed by
 * the commerce authority of the enterprise's province; valid one year from approval. The change
 * (变更) has the same form, the credit code fixed.
 */
final class ExportFilings {

  static final String FILING = "export-filing";
  static final String CHANGE = "export-filing-change";

  private ExportFilings() {}

  static FilingType.Builder common(String code) {
    return FilingType.define(code)
        .fields(
            text("enterpriseName"),
            text("businessAddress"),
            text("creditCode").fromAccount(),
            text("customsCode"),
            choice("enterpriseNature", ExportFilingForm.NATURES),
            choice("exportCategory", ExportFilingForm.CATEGORIES),
            text("legalRepresentative"),
            new FormField("registeredCapital", FieldKind.NUMBER, true, null, false),
            new FormField("businessArea", FieldKind.NUMBER, true, null, false),
            choice("enterpriseScale", ExportFilingForm.SCALES),
            new FormField("employees", FieldKind.NUMBER, true, null, false),
            new FormField("exportStaff", FieldKind.NUMBER, true, null, false),
            new FormField("establishedOn", FieldKind.DATE, true, null, false),
            new FormField("businessTermUntil", FieldKind.OPEN_DATE, false, null, false),
            paragraph("businessScope"),
            text("contactName"),
            text("contactPosition"),
            text("contactMobile"),
            text("contactEmail"))
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
        .materials("PRODUCER", required("bulletinProof", PDF_ONLY))
        .materials(
            "DISTRIBUTOR",
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
