package cn.autogov.filing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.autogov.kernel.Checks;
import cn.autogov.kernel.DomainText;
import cn.autogov.kernel.InputRejectedException;
import cn.autogov.kernel.identifier.IdentifierKind;
import jakarta.persistence.Column;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A form declared once, read and shown back: kinds, lengths, options, a table of rows. */
class FormSchemaTest {

  enum Kind {
    HEAD_OFFICE,
    BRANCH
  }

  /** A row of the table: its columns are declared like any field. */
  static class Branch {
    @Input
    @Column(length = 20)
    String name;

    @Input(options = Kind.class)
    @Column(length = 20)
    String kind;

    @Input(required = false)
    LocalDate openedOn;
  }

  static class Sample extends FormEntity {
    @Input(identifier = IdentifierKind.USCC, origin = Input.Origin.ACCOUNT)
    @Column(length = 18)
    String creditCode;

    @Input(options = Kind.class, category = true)
    @Column(length = 20)
    String kind;

    @Input(paragraph = true)
    @Column(length = 500)
    String scope;

    @Input
    @Column(precision = 8, scale = 2)
    BigDecimal capital;

    @Input(max = 999)
    Integer staff;

    @Input(openEnded = true)
    LocalDate until;

    @Input(max = 3)
    List<Branch> branches = new ArrayList<>();

    /** Not a form field. */
    String note;

    Sample() {
      super(1L);
    }
  }

  @Test
  void shouldDeriveEveryFieldFromItsDeclarationInOrder() {
    List<FormField> fields = FormSchema.of(Sample.class).fields();
    assertEquals(
        List.of("creditCode", "kind", "scope", "capital", "staff", "until", "branches"),
        fields.stream().map(FormField::name).toList());
    assertEquals(
        List.of(
            FieldKind.TEXT,
            FieldKind.CHOICE,
            FieldKind.PARAGRAPH,
            FieldKind.NUMBER,
            FieldKind.NUMBER,
            FieldKind.OPEN_DATE,
            FieldKind.TABLE),
        fields.stream().map(FormField::kind).toList());
    assertTrue(fields.get(0).fixedAlways(), "from the account");
    assertEquals("USCC", fields.get(0).identifier());
    assertEquals(List.of("HEAD_OFFICE", "BRANCH"), fields.get(1).options());
    assertEquals(500, fields.get(2).max(), "a text's length is its column's");
    assertEquals(
        999_999, fields.get(3).max(), "an amount's largest value from precision and scale");
    assertFalse(fields.get(5).required(), "an open-ended date may be blank (长期)");
    FormField table = fields.get(6);
    assertEquals(3, table.max());
    assertEquals(
        List.of("name", "kind", "openedOn"),
        table.columns().stream().map(FormField::name).toList());
    assertFalse(table.columns().get(2).required());
  }

  private static Map<String, String> filled() {
    Map<String, String> v = new HashMap<>();
    v.put("creditCode", "91350100M000100Y43");
    v.put("kind", "BRANCH");
    v.put("scope", "二手车经销");
    v.put("capital", "12.5");
    v.put("staff", "12");
    v.put("branches.0.name", "鼓楼分店");
    v.put("branches.0.kind", "BRANCH");
    v.put("branches.0.openedOn", "2020-01-02");
    // a row removed on the page leaves a gap; a row left blank is no row
    v.put("branches.2.name", "台江分店");
    v.put("branches.2.kind", "HEAD_OFFICE");
    v.put("branches.3.name", "");
    return v;
  }

  @Test
  void shouldReadRowsInOrderAndShowThemBackNumberedFromZero() {
    var form = new Sample();
    var checks = new Checks();
    form.read(new FormInput(filled(), checks, true));
    assertTrue(checks.ok(), () -> String.valueOf(checks));
    assertEquals(2, form.branches.size());
    assertEquals("台江分店", form.branches.get(1).name);
    assertEquals(new BigDecimal("12.5"), form.capital);
    assertNull(form.until, "blank: 长期");
    assertEquals("BRANCH", form.category());
    Map<String, String> shown = form.values();
    assertEquals("台江分店", shown.get("branches.1.name"));
    assertEquals("2020-01-02", shown.get("branches.0.openedOn"));
    assertFalse(shown.containsKey("branches.2.name"));
    assertFalse(shown.containsKey("note"));
    // read back what it shows: the same rows
    var again = new Sample();
    again.read(new FormInput(shown, new Checks(), true));
    assertEquals(shown, again.values());
  }

  @Test
  void shouldNameTheRowAndColumnOfABadCell() {
    Map<String, String> v = filled();
    v.put("branches.2.kind", "FACTORY");
    v.put("branches.0.name", "一个超过二十个字的分店名称一个超过二十个字的分店名称");
    v.put("capital", "1000000");
    var checks = new Checks();
    new Sample().read(new FormInput(v, checks, true));
    var e =
        org.junit.jupiter.api.Assertions.assertThrows(
            InputRejectedException.class, checks::throwIfAny);
    List<String> fields = e.problems().stream().map(p -> p.field()).toList();
    assertEquals(List.of("capital", "branches.0.name", "branches.1.kind"), fields);
    assertEquals(
        "分支机构第1行「分支机构名称」不能超过20个字符",
        DomainText.render(Locale.SIMPLIFIED_CHINESE, e.problems().get(1)));
    assertEquals(
        "Branches, row 1, Branch name must not be longer than 20 characters",
        DomainText.render(Locale.ENGLISH, e.problems().get(1)));
  }

  @Test
  void shouldRefuseMoreRowsThanDeclaredAndAnEmptyRequiredTable() {
    Map<String, String> v = filled();
    for (int i = 4; i < 7; i++) {
      v.put("branches." + i + ".name", "分店" + i);
      v.put("branches." + i + ".kind", "BRANCH");
    }
    var checks = new Checks();
    new Sample().read(new FormInput(v, checks, true));
    assertTrue(checks.has("branches"), "five rows, three allowed");

    v.keySet().removeIf(k -> k.startsWith("branches."));
    var empty = new Checks();
    new Sample().read(new FormInput(v, empty, true));
    assertTrue(empty.has("branches"), "a required table needs a row to be complete");
    var draft = new Checks();
    new Sample().read(new FormInput(v, draft, false));
    assertTrue(draft.ok(), "a draft may leave it empty");
  }

  @Test
  void shouldTakeArraysOfObjectsAsAClientSendsThem() {
    Map<String, Object> json = new HashMap<>();
    json.put("staff", new BigDecimal("12"));
    json.put(
        "branches",
        List.of(
            Map.of("name", "鼓楼分店", "kind", "BRANCH"), Map.of("name", "台江分店", "kind", "BRANCH")));
    Map<String, String> flat = FormInput.flatten(json);
    assertEquals("12", flat.get("staff"));
    assertEquals("台江分店", flat.get("branches.1.name"));
  }
}
