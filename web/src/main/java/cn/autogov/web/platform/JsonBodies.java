package cn.autogov.web.platform;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;

/**
 * Every JSON request body is bounded before it is read — 64 KB unless the resource method says
 * otherwise with {@link Limit} (sign-in takes 4 KB; files go as streamed binary, base64 in JSON
 * only up to a small limit) — and what is not JSON of the expected shape is refused with 400 naming
 * the field, never a 500. A larger body answers 413 with a message, unread beyond the limit.
 */
@Provider
public class JsonBodies implements ReaderInterceptor {

  /** The bound of a JSON body unless the method says otherwise. */
  public static final long DEFAULT_LIMIT = 64 * 1024;

  /** A JSON body bound of its own for one resource method, in bytes. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.METHOD)
  public @interface Limit {
    long value();
  }

  /** A request body refused before the resource saw it: status, message key, parameters. */
  public static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int status;
    final String field;
    final String key;
    final transient Map<String, Object> params;

    Refused(int status, String field, String key, Map<String, Object> params) {
      super(key, null, false, false);
      this.status = status;
      this.field = field;
      this.key = key;
      this.params = params;
    }
  }

  private static final jakarta.json.bind.Jsonb BINDING = jakarta.json.bind.JsonbBuilder.create();

  @Context ResourceInfo resource;

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext ctx) throws IOException {
    MediaType type = ctx.getMediaType();
    if (type == null || !"json".equals(type.getSubtype()) && !type.getSubtype().endsWith("+json")) {
      return ctx.proceed();
    }
    long limit = limit();
    String length = ctx.getHeaders().getFirst("Content-Length");
    if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > limit) {
      throw tooLarge(limit);
    }
    byte[] body = new Bounded(ctx.getInputStream(), limit).readAllBytes();
    ctx.setInputStream(new java.io.ByteArrayInputStream(body));
    Object read;
    try {
      read = ctx.proceed();
    } catch (JsonbException | JsonException | ProcessingException e) {
      throw diagnose(body, ctx.getGenericType());
    }
    if (read == null && body.length > 0) {
      // the literal null: a body that says nothing where an object belongs
      throw new Refused(400, "body", "input.body-not-an-object", Map.of());
    }
    return read;
  }

  /**
   * What is wrong with a body the binding refused, named as precisely as the body allows: not JSON
   * at all (where), not an object, or the first property whose value does not fit its type.
   */
  static Refused diagnose(byte[] body, java.lang.reflect.Type type) {
    JsonValue json;
    try (var reader = Json.createReader(new java.io.ByteArrayInputStream(body))) {
      json = reader.readValue();
    } catch (JsonParsingException e) {
      var at = e.getLocation();
      return new Refused(
          400,
          "body",
          "input.malformed-json",
          Map.of(
              "line", at == null ? 1 : at.getLineNumber(),
              "column", at == null ? 1 : at.getColumnNumber()));
    } catch (JsonException e) {
      return new Refused(400, "body", "input.malformed-json", Map.of("line", 1, "column", 1));
    }
    if (!(type instanceof Class<?> target)
        || java.util.Collection.class.isAssignableFrom(target)
        || target.isArray()) {
      return new Refused(400, "body", "input.malformed-json-field", Map.of("field", "body"));
    }
    if (json.getValueType() != JsonValue.ValueType.OBJECT) {
      return new Refused(400, "body", "input.body-not-an-object", Map.of());
    }
    for (var entry : json.asJsonObject().entrySet()) {
      java.lang.reflect.Type member = memberType(target, entry.getKey());
      if (member == null) {
        continue;
      }
      try {
        if (!fits(entry.getValue(), member)) {
          throw new JsonbException("not of its type");
        }
        BINDING.fromJson(entry.getValue().toString(), member);
      } catch (JsonbException e) {
        boolean option = member instanceof Class<?> c && c.isEnum();
        return new Refused(
            400,
            entry.getKey(),
            option ? "input.not-an-option-of" : "input.malformed-json-field",
            Map.of("field", entry.getKey(), "value", entry.getValue().toString()));
      }
    }
    return new Refused(400, "body", "input.malformed-json-field", Map.of("field", "body"));
  }

  /** Whether the JSON value has the shape of the type: a list for a collection, else no list. */
  private static boolean fits(JsonValue value, java.lang.reflect.Type type) {
    Class<?> raw =
        type instanceof Class<?> c
            ? c
            : type instanceof java.lang.reflect.ParameterizedType p
                ? (Class<?>) p.getRawType()
                : Object.class;
    var kind = value.getValueType();
    if (kind == JsonValue.ValueType.NULL || raw == Object.class) {
      return true;
    }
    boolean list = java.util.Collection.class.isAssignableFrom(raw) || raw.isArray();
    if (list) {
      return kind == JsonValue.ValueType.ARRAY;
    }
    boolean scalar =
        raw.isPrimitive()
            || raw.isEnum()
            || CharSequence.class.isAssignableFrom(raw)
            || Number.class.isAssignableFrom(raw)
            || raw == Boolean.class
            || raw.getName().startsWith("java.time.");
    return !scalar || kind != JsonValue.ValueType.ARRAY && kind != JsonValue.ValueType.OBJECT;
  }

  /** The declared type of a record component or field of that name (null: none). */
  private static java.lang.reflect.Type memberType(Class<?> target, String name) {
    if (target.isRecord()) {
      for (var c : target.getRecordComponents()) {
        if (c.getName().equals(name)) {
          return c.getGenericType();
        }
      }
      return null;
    }
    for (Class<?> k = target; k != null && k != Object.class; k = k.getSuperclass()) {
      for (var f : k.getDeclaredFields()) {
        if (f.getName().equals(name)) {
          return f.getGenericType();
        }
      }
    }
    return null;
  }

  private long limit() {
    var method = resource == null ? null : resource.getResourceMethod();
    Limit own = method == null ? null : method.getAnnotation(Limit.class);
    return own != null ? own.value() : DEFAULT_LIMIT;
  }

  private static Refused tooLarge(long limit) {
    // a limit above the default is one for files in base64: say how larger ones go
    return new Refused(
        413,
        "body",
        limit > DEFAULT_LIMIT ? "input.body-too-large-file" : "input.body-too-large",
        Map.of("kb", limit / 1024));
  }

  /** A body read no further than {@code limit} bytes: beyond, the request is refused (413). */
  public static InputStream bounded(InputStream in, long limit) {
    return new Bounded(in, limit);
  }

  /** Counts what is read and stops at the limit. */
  private static final class Bounded extends FilterInputStream {
    private final long limit;
    long read;

    Bounded(InputStream in, long limit) {
      super(in);
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(long n) {
      read += n;
      if (read > limit) {
        throw tooLarge(limit);
      }
    }
  }
}
