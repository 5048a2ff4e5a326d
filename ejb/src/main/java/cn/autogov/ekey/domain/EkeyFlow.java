package cn.autogov.ekey.domain;

import static cn.autogov.filing.domain.MaterialSlot.required;

import cn.autogov.document.inspection.UploadRules;
import cn.autogov.filing.domain.FilingForm;
import cn.autogov.filing.domain.MaterialSlot;
import java.util.Arrays;
import java.util.List;

/**
 * The eight flows of seed 004, each a filing type ({@code ekey-<code>}): what the form asks, which
 * key it names (a new user name, or the key it concerns), the material list exactly as the seed
 * lists it, the provider's working days for 复核, and what follows 复核通过 — a key produced (a new
 * certificate), a key unlocked, or nothing but the revocation.
 */
public enum EkeyFlow {
  /** 首次申领 (预申请): filed online, all six materials uploaded, the paper ones shown at collection. */
  FIRST(
      "first",
      "EKF",
      KeyOrderForm.class,
      Names.NEW,
      Outcome.CERTIFICATE,
      5,
      true,
      "form",
      "confirmationLetter",
      "tradeRecord",
      "businessLicence",
      "authorisedId",
      "authority"),
  /** 首次申领 (线下申请): the paper application the issuing authority enters at its counter. */
  FIRST_ON_PAPER(
      "first-paper",
      "EKP",
      KeyOrderForm.class,
      Names.NEW,
      Outcome.CERTIFICATE,
      5,
      false,
      "form",
      "tradeRecord",
      "businessLicence",
      "authorisedId",
      "authority"),
  /** 补办: the lost or broken key's user name; its certificate is revoked when the new one issues. */
  REISSUE(
      "reissue",
      "EKR",
      ReasonedKeyOrderForm.class,
      Names.HELD,
      Outcome.CERTIFICATE,
      5,
      true,
      "form",
      "tradeRecord",
      "businessLicence",
      "authorisedId",
      "authority"),
  /** 增办: one more key, under a user name no key has. */
  ADDITIONAL(
      "additional",
      "EKA",
      ReasonedKeyOrderForm.class,
      Names.NEW,
      Outcome.CERTIFICATE,
      5,
      true,
      "form",
      "confirmationLetter",
      "tradeRecord",
      "businessLicence",
      "authorisedId",
      "authority"),
  /** 更新: from a session signed in with the key itself; the new certificate replaces its own. */
  RENEWAL(
      "renewal",
      "EKU",
      KeyOrderForm.class,
      Names.SIGNED_IN,
      Outcome.CERTIFICATE,
      5,
      true,
      "form",
      "confirmationLetter",
      "authorisedId",
      "authority"),
  /** 解锁: the provider unlocks the token; the certificate stays. */
  UNLOCK("unlock", "EKL", KeyOrderForm.class, Names.HELD, Outcome.UNLOCK, 5, true, "form"),
  /** 企业代码变更: the 13-digit code on the key becomes the 18-character credit code. */
  CODE_CHANGE(
      "code-change",
      "EKC",
      CodeChangeForm.class,
      Names.HELD,
      Outcome.CERTIFICATE,
      5,
      true,
      "form",
      "changeCertificate",
      "confirmationLetter",
      "tradeRecord",
      "businessLicence",
      "authorisedId",
      "authority"),
  /** 注销: the certificate is revoked at 复核通过 (2 working days); nothing is shipped. */
  REVOCATION(
      "revocation", "EKX", RevocationForm.class, Names.HELD, Outcome.REVOCATION, 2, true, "form");

  /** Which user name the form gives. */
  public enum Names {
    /** A new one, clashing with no key's. */
    NEW,
    /** One of the enterprise's keys in use. */
    HELD,
    /** The key the session was signed in with. */
    SIGNED_IN
  }

  /** What follows 复核通过. */
  public enum Outcome {
    CERTIFICATE,
    UNLOCK,
    REVOCATION
  }

  private final String code;
  private final String prefix;
  private final Class<? extends FilingForm> form;
  private final Names names;
  private final Outcome outcome;
  private final int recheckDays;
  private final boolean online;
  private final List<String> materials;

  EkeyFlow(
      String code,
      String prefix,
      Class<? extends FilingForm> form,
      Names names,
      Outcome outcome,
      int recheckDays,
      boolean online,
      String... materials) {
    this.code = code;
    this.prefix = prefix;
    this.form = form;
    this.names = names;
    this.outcome = outcome;
    this.recheckDays = recheckDays;
    this.online = online;
    this.materials = List.of(materials);
  }

  /** The filing type's code. */
  public String typeCode() {
    return "ekey-" + code;
  }

  public String code() {
    return code;
  }

  public String numberPrefix() {
    return prefix;
  }

  public Class<? extends FilingForm> form() {
    return form;
  }

  public Names names() {
    return names;
  }

  public Outcome outcome() {
    return outcome;
  }

  public int recheckDays() {
    return recheckDays;
  }

  /** Whether the enterprise files it itself; else only the issuing authority enters it. */
  public boolean online() {
    return online;
  }

  /**
   * The seed's material list, in its order: images under 1 MB (label {@code material.ekey-<m>}).
   */
  public List<MaterialSlot> materials() {
    return materials.stream().map(m -> required("ekey-" + m, UploadRules.EKEY_SCAN)).toList();
  }

  /** The flow of a filing type, or null for another business's. */
  public static EkeyFlow ofType(String typeCode) {
    return Arrays.stream(values())
        .filter(f -> f.typeCode().equals(typeCode))
        .findFirst()
        .orElse(null);
  }
}
