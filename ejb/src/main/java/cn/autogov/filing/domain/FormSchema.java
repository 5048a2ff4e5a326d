package cn.autogov.filing.domain;

import jakarta.persistence.Column;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a form entity's (or a table row's) {@link Input} declarations say, read once per class: the
 * fields in their order, and reading submitted values into the entity and back. Nothing else about
 * a field is written anywhere but its declaration, its migration column and its labels.
 */
public final class FormSchema {

  /** A table's most rows when its declaration does not say. */
  static final int MAX_ROWS = 200;

  private static final ClassValue<FormSchema> SCHEMAS =
      new ClassValue<>() {
        @Override
        protected FormSchema computeValue(Class<?> type) {
          return new FormSchema(type);
        }
      };

  private final Class<?> type;
  private final List<Entry> entries = new ArrayList<>();
  private final List<FormField> fields;

  /** One declared field: the Java field, what it is, and (a table) its rows' schema. */
  private record Entry(
      Field field, FormField spec, Input input, FormSchema rows, BigDecimal most) {}

  private FormSchema(Class<?> type) {
    this.type = type;
    List<Class<?>> lineage = new ArrayList<>();
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      lineage.add(0, c);
    }
    for (Class<?> c : lineage) {
      for (Field f : c.getDeclaredFields()) {
        Input in = f.getAnnotation(Input.class);
        if (in != null) {
          f.setAccessible(true);
          entries.add(entry(f, in));
        }
      }
    }
    for (Entry moved : List.copyOf(entries)) {
      if (!moved.input().after().isEmpty()) {
        entries.remove(moved);
        int at = entries.indexOf(named(moved.input().after()));
        entries.add(at + 1, moved);
      }
    }
    fields = entries.stream().map(Entry::spec).toList();
  }

  private Entry named(String name) {
    return entries.stream()
        .filter(e -> e.spec().name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException(type.getName() + ": no field " + name));
  }

  /** The schema of a form entity or a row class. */
  public static FormSchema of(Class<?> type) {
    return SCHEMAS.get(type);
  }

  public List<FormField> fields() {
    return fields;
  }

  private Entry entry(Field f, Input in) {
    String name = in.name().isEmpty() ? f.getName() : in.name();
    Column column = f.getAnnotation(Column.class);
    Class<?> t = f.getType();
    List<String> options =
        in.options() == Input.NoOptions.class
            ? List.of()
            : Arrays.stream(in.options().getEnumConstants()).map(Enum::name).toList();
    String identifier = in.identifier().length == 0 ? null : in.identifier()[0].name();
    FieldKind kind;
    long max = in.max();
    BigDecimal most = null;
    FormSchema rows = null;
    if (t == String.class) {
      kind =
          !options.isEmpty()
              ? FieldKind.CHOICE
              : in.paragraph() ? FieldKind.PARAGRAPH : FieldKind.TEXT;
      max = column == null ? 255 : column.length();
    } else if (t == BigDecimal.class) {
      kind = FieldKind.NUMBER;
      int precision = column == null || column.precision() == 0 ? 14 : column.precision();
      int scale = column == null ? 2 : column.scale();
      most = BigDecimal.TEN.pow(precision - scale).subtract(BigDecimal.ONE.movePointLeft(scale));
      most = most.setScale(scale);
    } else if (t == Integer.class) {
      kind = FieldKind.NUMBER;
      max = max == 0 ? 999_999_999 : max;
    } else if (t == LocalDate.class) {
      kind = in.openEnded() ? FieldKind.OPEN_DATE : FieldKind.DATE;
    } else if (t == List.class) {
      kind = FieldKind.TABLE;
      Class<?> row =
          (Class<?>) ((ParameterizedType) f.getGenericType()).getActualTypeArguments()[0];
      rows = of(row);
      if (rows.entries.stream().anyMatch(e -> e.spec().isTable())) {
        throw new IllegalStateException(type.getName() + "." + name + ": a row holds no table");
      }
      max = max == 0 ? MAX_ROWS : max;
    } else {
      throw new IllegalStateException(
          type.getName() + "." + f.getName() + ": no form field of type " + t.getSimpleName());
    }
    boolean required = in.required() && !in.openEnded();
    var spec =
        new FormField(
            name,
            kind,
            required,
            options,
            in.origin() != Input.Origin.TYPED,
            in.origin() == Input.Origin.ACCOUNT,
            most == null ? max : most.longValue(),
            identifier,
            rows == null ? null : rows.fields(),
            options.isEmpty() ? null : codeList(in.options()));
    return new Entry(f, spec, in, rows, most);
  }

  /** The label prefix of an enum's constants: {@code IdType} → {@code idType}. */
  private static String codeList(Class<?> options) {
    String n = options.getSimpleName();
    return Character.toLowerCase(n.charAt(0)) + n.substring(1);
  }

  /** Takes the submitted values into the object's declared fields; problems go to the checks. */
  public void read(Object target, FormInput in) {
    read(target, in, "");
  }

  private void read(Object target, FormInput in, String prefix) {
    for (Entry e : entries) {
      String key = prefix + e.spec().name();
      boolean required = e.spec().required();
      Object value =
          switch (e.spec().kind()) {
            case TEXT, PARAGRAPH ->
                e.input().identifier().length > 0
                    ? in.identifier(key, e.input().identifier()[0], required)
                    : in.text(key, (int) e.spec().max(), required);
            case CHOICE -> in.choice(key, e.spec().options(), required);
            case NUMBER ->
                e.most() != null
                    ? in.amount(key, e.most(), required)
                    : in.count(key, (int) e.spec().max(), required);
            case DATE -> in.date(key, required, e.input().ahead());
            case OPEN_DATE -> in.date(key, required, true);
            case TABLE -> readRows(e, key, in);
          };
      if (e.spec().isTable()) {
        @SuppressWarnings("unchecked")
        List<Object> list = (List<Object>) get(e, target);
        if (list == null) {
          set(e, target, new ArrayList<>((List<?>) value));
        } else {
          list.clear();
          list.addAll((List<?>) value);
        }
      } else {
        set(e, target, value);
      }
    }
  }

  /**
   * A table's rows in the order given (their numbers as the page shows them, from 1); a row left
   * all blank is no row.
   */
  private List<Object> readRows(Entry e, String key, FormInput in) {
    List<Object> rows = new ArrayList<>();
    int position = 0;
    for (int index : in.rowIndexes(key)) {
      String from = key + "." + index + ".";
      if (in.blank(from, e.rows().fields)) {
        continue;
      }
      Object row = e.rows().newInstance();
      String at = key + "." + position + ".";
      e.rows().read(row, in.renumbered(from, at), at);
      rows.add(row);
      position++;
    }
    if (rows.isEmpty() && e.spec().required() && in.isComplete()) {
      in.checks().add(key, "input.required");
    } else if (rows.size() > e.spec().max()) {
      in.checks().add(key, "input.too-many-rows", "max", e.spec().max());
    }
    return rows;
  }

  /** The object's values by field name as shown and compared; a table's cells as {@code t.0.c}. */
  public Map<String, String> values(Object source) {
    Map<String, String> v = new LinkedHashMap<>();
    values(source, "", v);
    return v;
  }

  private void values(Object source, String prefix, Map<String, String> v) {
    for (Entry e : entries) {
      Object value = get(e, source);
      if (e.spec().isTable()) {
        List<?> rows = value == null ? List.of() : (List<?>) value;
        for (int i = 0; i < rows.size(); i++) {
          e.rows().values(rows.get(i), prefix + e.spec().name() + "." + i + ".", v);
        }
      } else {
        v.put(prefix + e.spec().name(), FormInput.show(value));
      }
    }
  }

  /** The value of the field that chooses the material checklist, or null. */
  public String category(Object source) {
    for (Entry e : entries) {
      if (e.input().category()) {
        return (String) get(e, source);
      }
    }
    return null;
  }

  /** A field's value as stored (the credit code the account gave, say). */
  public Object value(Object source, String name) {
    for (Entry e : entries) {
      if (e.spec().name().equals(name)) {
        return get(e, source);
      }
    }
    throw new IllegalArgumentException(type.getSimpleName() + " has no field " + name);
  }

  /** Sets one field of the object, unchecked: prefilling from the applicant's verified data. */
  public void put(Object target, String name, Object value) {
    for (Entry e : entries) {
      if (e.spec().name().equals(name)) {
        set(e, target, value);
        return;
      }
    }
    throw new IllegalArgumentException(type.getSimpleName() + " has no field " + name);
  }

  private Object newInstance() {
    try {
      Constructor<?> c = type.getDeclaredConstructor();
      c.setAccessible(true);
      return c.newInstance();
    } catch (ReflectiveOperationException ex) {
      throw new IllegalStateException(
          type.getName() + " needs a constructor without arguments", ex);
    }
  }

  private static Object get(Entry e, Object target) {
    try {
      return e.field().get(target);
    } catch (IllegalAccessException ex) {
      throw new IllegalStateException(ex);
    }
  }

  private static void set(Entry e, Object target, Object value) {
    try {
      e.field().set(target, value);
    } catch (IllegalAccessException ex) {
      throw new IllegalStateException(ex);
    }
  }
}
