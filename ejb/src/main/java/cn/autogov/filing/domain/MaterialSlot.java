package cn.autogov.filing.domain;

import cn.autogov.document.inspection.UploadRule;

/**
 * One material (申报材料) of a checklist: its code (label {@code material.<code>}), the upload rule of
 * #3 that a file must pass when it arrives, and whether the filing is incomplete without it.
 */
public record MaterialSlot(String code, UploadRule rule, boolean required) {

  public static MaterialSlot required(String code, UploadRule rule) {
    return new MaterialSlot(code, rule, true);
  }

  public static MaterialSlot optional(String code, UploadRule rule) {
    return new MaterialSlot(code, rule, false);
  }
}
