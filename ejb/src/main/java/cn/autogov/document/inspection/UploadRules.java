package cn.autogov.document.inspection;

import static cn.autogov.document.inspection.FileKind.DOC;
import static cn.autogov.document.inspection.FileKind.DOCX;
import static cn.autogov.document.inspection.FileKind.JPEG;
import static cn.autogov.document.inspection.FileKind.PDF;
import static cn.autogov.document.inspection.FileKind.PNG;
import static cn.autogov.document.inspection.FileKind.XLSX;

/**
 * The upload rules the seeds state, one per kind of material slot; every business reuses these.
 * Sizes are KiB (300 KB = 307,200 bytes), as the messages say.
 */
public final class UploadRules {

  /**
   * 合格证正面样式 (seed 000): JPG, 24-bit colour, about 150 KB (over 300 KB refused; outside 100–200 KB
   * the reviewer is told), named by the certificate code + sequence (ABCD001.jpg).
   */
  public static final UploadRule CERTIFICATE_FRONT_SAMPLE =
      UploadRule.of("cert_front_sample", 300, JPEG)
          .withColour24()
          .withFileName("^([A-Z0-9]{4})\\d{3,}\\.(?i:jpe?g)$");

  /** 营业执照正副本、公章影像 (seed 001): jpg/jpeg/png, at most 300 KB. */
  public static final UploadRule LICENCE_IMAGE = UploadRule.of("licence_image", 300, JPEG, PNG);

  /** 申报材料 (seed 001): pdf/doc/docx/jpg/jpeg/png, at most 10 MB. */
  public static final UploadRule DECLARATION_DOC =
      UploadRule.of("declaration_doc", 10 * 1024, PDF, DOC, DOCX, JPEG, PNG);

  /** Materials the seed wants as PDF only, at most 10 MB. */
  public static final UploadRule PDF_ONLY = UploadRule.of("pdf_only", 10 * 1024, PDF);

  /** 证件及营业执照扫描件 (seed 002): pdf/jpg/png/jpeg. */
  public static final UploadRule REAL_NAME_SCAN =
      UploadRule.of("real_name_scan", 10 * 1024, PDF, JPEG, PNG);

  /** 电子钥匙申请扫描件 (seed 004): images under 1 MB. */
  public static final UploadRule EKEY_SCAN = UploadRule.of("ekey_scan", 1024, JPEG, PNG);

  /**
   * 二手车交易信息导入 (seed 003 §2.4.2): the platform's template, filled in (.xlsx), at most 256 MB (a
   * million rows).
   */
  public static final UploadRule SALES_SHEET = UploadRule.of("sales_sheet", 256 * 1024, XLSX);

  private UploadRules() {}

  public static UploadRule byName(String name) {
    for (UploadRule r :
        new UploadRule[] {
          CERTIFICATE_FRONT_SAMPLE,
          LICENCE_IMAGE,
          DECLARATION_DOC,
          PDF_ONLY,
          REAL_NAME_SCAN,
          EKEY_SCAN,
          SALES_SHEET
        }) {
      if (r.name().equals(name)) {
        return r;
      }
    }
    throw new IllegalArgumentException("no upload rule " + name);
  }
}
