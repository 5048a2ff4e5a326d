package cn.autogov.filing.domain;

import cn.autogov.access.Role;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A business's definition on the engine, written to read like its seed: its code and number prefix
 * (EX → EX-2026-000123), whether it changes an approved filing of another type (变更), which approved
 * and valid filing the applicant needs first, its form entity (whose declarations are the fields),
 * the material checklist per applicant category, the review route, the validity policy, and whether
 * a final approval needs a second approver (four eyes), which staff may enter paper applications
 * (线下申请), and who applies: an enterprise (the default), or the signed-in account itself for the
 * account's own affairs (实名认证, 账号找回, …: {@code accountApplicants}, the roles that may file), and
 * the types an applicant has one open filing of at a time ({@code openTogether}: itself, or more),
 * and whether it is filed only from a signed-out page ({@code signedOut}: 手机号修改 by one who lost the
 * number the sign-in code goes to), never started in the portal, and whether the decider of its
 * last stage may revoke it after approval ({@code revocable}: 撤销授权, 无效). A type with an {@linkplain
 * Stage#addressed() addressed} stage is filed by an account to an enterprise its definition names
 * ({@code FilingDefinition.addressee}): one waiting filing per enterprise addressed. Build one with
 * {@link #define(String)}.
 */
public record FilingType(
    String code,
    String numberPrefix,
    String changes,
    String prerequisite,
    Class<? extends FilingForm> form,
    List<FormField> fields,
    Map<String, List<MaterialSlot>> materials,
    List<Stage> route,
    ValidityPolicy validity,
    boolean fourEyes,
    Role offlineIntake,
    boolean sendBack,
    List<FulfilmentStep> fulfilment,
    java.util.Set<Role> accountApplicants,
    java.util.Set<String> openTogether,
    boolean signedOut,
    boolean revocable,
    List<PrintSection> printed,
    boolean refusalReturns) {

  /** The category key of a checklist that applies to every applicant. */
  public static final String ANY = "ANY";

  public FilingType {
    if (route.isEmpty()) {
      throw new IllegalArgumentException(code + ": a filing type needs at least one review stage");
    }
    route = List.copyOf(route);
    accountApplicants =
        accountApplicants == null ? java.util.Set.of() : java.util.Set.copyOf(accountApplicants);
    if (!accountApplicants.isEmpty()
        && (changes != null || offlineIntake != null || route.stream().anyMatch(Stage::regional))) {
      throw new IllegalArgumentException(
          code
              + ": an account's own filing has no division to review it by, no paper intake and no"
              + " change type");
    }
    if (route.stream().anyMatch(Stage::addressed) && accountApplicants.isEmpty()) {
      throw new IllegalArgumentException(
          code + ": a legal person decides what an account files to its enterprise, nothing else");
    }
    fulfilment = fulfilment == null ? List.of() : List.copyOf(fulfilment);
    if (!accountApplicants.isEmpty() && fulfilment.stream().anyMatch(FulfilmentStep::byApplicant)) {
      throw new IllegalArgumentException(
          code + ": a step of the applicant enterprise's own needs an enterprise to file it");
    }
    var together =
        new java.util.TreeSet<String>(openTogether == null ? java.util.Set.of() : openTogether);
    together.add(code);
    openTogether = java.util.Collections.unmodifiableSet(together);
    fields = List.copyOf(fields);
    materials = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(materials));
    printed = printed == null ? List.of() : List.copyOf(printed);
  }

  public static Builder define(String code) {
    return new Builder(code);
  }

  /**
   * Whether a filing of this type can go back to the applicant in review: 退回修改 by the reviewer, 撤回
   * by the applicant. Seed 001 has neither: its statuses are 待上报, 待审核, 审核通过, 审核不通过, 失效, 无效.
   */
  public boolean canSendBack() {
    return sendBack;
  }

  /**
   * Whether a refusal at any stage (核验未通过, 复核未通过) sends the filing back to the applicant, who
   * submits it again with every material uploaded anew (seed 004), rather than ending it.
   */
  public boolean refusalReturnsAll() {
    return refusalReturns;
  }

  /** Who may revoke an approved filing (the last stage's deciding role); null: nobody. */
  public Role revokedBy() {
    return revocable ? route.get(route.size() - 1).decidingRole() : null;
  }

  /** Whether a stage is decided by the legal person of the enterprise the filing names. */
  public boolean addressed() {
    return route.stream().anyMatch(Stage::addressed);
  }

  /** Whether the applicant is the signed-in account itself, not an enterprise. */
  public boolean filedByAccount() {
    return !accountApplicants.isEmpty();
  }

  public boolean isChange() {
    return changes != null;
  }

  public Stage stage(int index) {
    return route.get(index);
  }

  public boolean isLastStage(int index) {
    return index == route.size() - 1;
  }

  /**
   * The checklist for an applicant category (or the one for all); empty until a category is set.
   */
  public List<MaterialSlot> checklist(String category) {
    List<MaterialSlot> all = materials.get(ANY);
    List<MaterialSlot> own = category == null ? null : materials.get(category);
    List<MaterialSlot> list = new ArrayList<>();
    if (all != null) {
      list.addAll(all);
    }
    if (own != null) {
      list.addAll(own);
    }
    return list;
  }

  /** The slot of this code in any checklist of the type, or null. */
  public MaterialSlot slot(String category, String code) {
    return checklist(category).stream().filter(s -> s.code().equals(code)).findFirst().orElse(null);
  }

  /**
   * Whether any stage is decided, or any fulfilment step recorded, by this role (its staff may read
   * such filings).
   */
  public boolean reviewedBy(Role role) {
    return route.stream().anyMatch(s -> s.decidingRole() == role)
        || fulfilment.stream().anyMatch(s -> s.role() == role);
  }

  /**
   * The label of a filing's status as its applicant reads it: a worded stage's own words (核验通过
   * while the next stage reviews, 复核通过 at the end, 核验未通过 where it was refused), else the status's
   * ({@code filingStatus.<STATUS>}).
   */
  public String statusKey(FilingStatus status, int stageIndex) {
    Stage before = stageIndex > 0 && stageIndex <= route.size() ? route.get(stageIndex - 1) : null;
    Stage at = stageIndex >= 0 && stageIndex < route.size() ? route.get(stageIndex) : null;
    if (status == FilingStatus.SUBMITTED && before != null && before.worded()) {
      return "stage." + before.code() + ".passed";
    }
    if (status == FilingStatus.APPROVED && route.get(route.size() - 1).worded()) {
      return "stage." + route.get(route.size() - 1).code() + ".passed";
    }
    if (status == FilingStatus.REJECTED && at != null && at.worded()) {
      return "stage." + at.code() + ".failed";
    }
    if (status == FilingStatus.RETURNED && refusalReturns && at != null && at.worded()) {
      return "stage." + at.code() + ".failed"; // sent back to be submitted again
    }
    return "filingStatus." + status.name();
  }

  /** The fulfilment step after {@code done} steps, or null when all are done (or none declared). */
  public FulfilmentStep fulfilmentAfter(int done) {
    return done < fulfilment.size() ? fulfilment.get(done) : null;
  }

  /** Builds a type step by step, in the order its seed tells it. */
  public static final class Builder {
    private final String code;
    private String prefix;
    private String changes;
    private String prerequisite;
    private Class<? extends FilingForm> form;
    private final Map<String, List<MaterialSlot>> materials = new LinkedHashMap<>();
    private final List<Stage> route = new ArrayList<>();
    private ValidityPolicy validity = ValidityPolicy.NONE;
    private boolean fourEyes;
    private Role offlineIntake;
    private boolean sendBack = true;
    private final List<FulfilmentStep> fulfilment = new ArrayList<>();
    private final java.util.Set<Role> accountApplicants = java.util.EnumSet.noneOf(Role.class);
    private final java.util.Set<String> openTogether = new java.util.TreeSet<>();
    private boolean signedOut;
    private boolean revocable;
    private final List<PrintSection> printed = new ArrayList<>();
    private boolean refusalReturns;

    private Builder(String code) {
      this.code = code;
    }

    public Builder numbered(String prefix) {
      this.prefix = prefix;
      return this;
    }

    /** A change (变更) of an approved filing of that type. */
    public Builder changes(String typeCode) {
      this.changes = typeCode;
      return this;
    }

    /** The applicant must hold an approved, valid filing of that type. */
    public Builder requires(String typeCode) {
      this.prerequisite = typeCode;
      return this;
    }

    /** The form entity: its {@link Input} declarations are the type's fields, in their order. */
    public Builder form(Class<? extends FilingForm> formClass) {
      this.form = formClass;
      return this;
    }

    /** Materials for every applicant ({@link #ANY}) or for one category. */
    public Builder materials(String category, MaterialSlot... slots) {
      materials.computeIfAbsent(category, k -> new ArrayList<>()).addAll(List.of(slots));
      return this;
    }

    public Builder stage(String stageCode, Role decidingRole, boolean regional, int slaDays) {
      route.add(new Stage(stageCode, decidingRole, regional, slaDays));
      return this;
    }

    public Builder validFor(Period period) {
      this.validity = ValidityPolicy.of(period);
      return this;
    }

    public Builder secondApprover() {
      this.fourEyes = true;
      return this;
    }

    /**
     * The applicant is the signed-in account itself (of one of these roles), for its own affairs:
     * 实名认证, 账号找回, a natural person's 新增企业备案. Its stages review nationally.
     */
    public Builder filedByAccounts(Role... roles) {
      accountApplicants.addAll(java.util.List.of(roles));
      return this;
    }

    /**
     * One open filing at a time among this type and those: an applicant has one 实名认证 in hand,
     * whether as a legal person or as a natural person.
     */
    public Builder oneOpenWith(String... typeCodes) {
      openTogether.addAll(java.util.List.of(typeCodes));
      return this;
    }

    /**
     * Filed only from a page before sign-in, by one who proves the account otherwise (its password,
     * its verified identity again, codes): never offered or started in the portal.
     */
    public Builder filedSignedOut() {
      this.signedOut = true;
      return this;
    }

    /**
     * After approval, the decider of the last stage may revoke the filing (无效, with a reason): a
     * legal person ends an agent's authorisation (撤销授权).
     */
    public Builder revocable() {
      this.revocable = true;
      return this;
    }

    /** Paper applications (线下申请) are entered by staff of this role for the enterprise. */
    public Builder intakeBy(Role role) {
      this.offlineIntake = role;
      return this;
    }

    /**
     * The last stage added is decided in the applicant's province: by the reviewers of the province
     * (its code ends in 0000), not of a city or district in it (seed 001: 省级商务主管部门).
     */
    public Builder provincial() {
      Stage last = route.remove(route.size() - 1);
      route.add(
          new Stage(
              last.code(), last.decidingRole(), true, last.slaWorkingDays(), true, last.worded()));
      return this;
    }

    /**
     * The last stage added tells its outcome in its own words ({@code stage.<code>.passed}, {@code
     * stage.<code>.failed}): 核验通过 / 核验未通过, 复核通过 / 复核未通过.
     */
    public Builder worded() {
      Stage last = route.remove(route.size() - 1);
      route.add(
          new Stage(
              last.code(),
              last.decidingRole(),
              last.regional(),
              last.slaWorkingDays(),
              last.provincial(),
              true));
      return this;
    }

    /** No 退回修改 and no 撤回: a filing in review is approved or rejected (seed 001). */
    public Builder decidedOnly() {
      this.sendBack = false;
      return this;
    }

    /**
     * A fulfilment step after 审核通过, in order: recorded by staff of {@code role}, due {@code
     * slaWorkingDays} working days after the step before.
     */
    public Builder then(String stepCode, Role role, int slaWorkingDays) {
      fulfilment.add(new FulfilmentStep(stepCode, role, slaWorkingDays, null));
      return this;
    }

    /** A fulfilment step that records a datum ({@code field.<datum>}: a tracking number). */
    public Builder then(String stepCode, Role role, int slaWorkingDays, String datum) {
      fulfilment.add(new FulfilmentStep(stepCode, role, slaWorkingDays, datum));
      return this;
    }

    /**
     * A refusal at any stage sends the filing back to the applicant, every material to be uploaded
     * again (seed 004: 核验未通过 or 复核未通过 — "重新提交上传所有符合要求的资料").
     */
    public Builder refusalReturnsAll() {
      this.refusalReturns = true;
      return this;
    }

    /** The printed form's sections, as the seed's 备案登记表 lays them out. */
    public Builder printedIn(PrintSection... sections) {
      printed.addAll(List.of(sections));
      return this;
    }

    public FilingType build() {
      return new FilingType(
          code,
          prefix,
          changes,
          prerequisite,
          form,
          form == null ? List.of() : FormSchema.of(form).fields(),
          materials,
          route,
          validity,
          fourEyes,
          offlineIntake,
          sendBack,
          fulfilment,
          accountApplicants,
          openTogether,
          signedOut,
          revocable,
          printed,
          refusalReturns);
    }
  }
}
