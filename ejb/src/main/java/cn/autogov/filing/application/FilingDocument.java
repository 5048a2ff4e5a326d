package cn.autogov.filing.application;

import java.io.Serializable;

/**
 * What a generated PDF of a filing shows: the filing as its reader sees it, and the code that, with
 * the number, opens the public verification page; how its type prints the form ({@code layout},
 * empty: field by field).
 */
public record FilingDocument(
    Kind kind,
    FilingDetail detail,
    String verificationCode,
    String issuingAuthority,
    String reviewerName,
    java.util.List<cn.autogov.filing.domain.PrintSection> layout)
    implements Serializable {

  /** 备案表 (the filing itself) or 审核决定书 (the decision on it). */
  public enum Kind {
    RECORD,
    DECISION;

    public static Kind of(String name) {
      for (Kind k : values()) {
        if (k.name().equalsIgnoreCase(name)) {
          return k;
        }
      }
      return null;
    }
  }
}
