package cn.autogov.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A client of the running platform as people and systems use it: fixture accounts ({@code /it}),
 * API login (password, then the SMS code from the outbox, then a bearer token), and a browser-like
 * portal session (JSF forms with their view state, cookies, same-origin posts).
 */
public final class Portal {

  /** The password of every fixture account. */
  public static final String PASSWORD = "Fixture#2026pw";

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
  private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

  private Portal() {}

  /** A fixture account: login name, mobile number, and its enterprise (or null). */
  public record Account(String login, String mobile, Long enterpriseId) {}

  public static Account create(URL base, String role) {
    return create(base, role, null, null);
  }

  public static Account create(URL base, String role, String region, Long actingFor) {
    String path =
        "/it/accounts?role="
            + role
            + "&region="
            + (region == null ? "" : region)
            + "&actingFor="
            + actingFor;
    var r =
        Http.send(
            HttpRequest.newBuilder(Http.uri(base, path))
                .header("Origin", new Session(base).origin())
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
    if (r.statusCode() != 200) {
      throw new IllegalStateException("fixture: " + r.statusCode() + " " + r.body());
    }
    String[] p = r.body().split(" ");
    return new Account(p[0], p[1], "null".equals(p[2]) ? null : Long.valueOf(p[2]));
  }

  /** The latest code (or one-time password) the outbox holds for an address. */
  public static String code(URL base, String address) {
    return Http.get(base, "/it/code?address=" + enc(address)).body();
  }

  /** API login: password step, then the code from the outbox; the bearer token. */
  public static String token(URL base, String login, String password) {
    var step =
        Http.send(
            json(base, "/api/v1/sessions", null)
                .POST(body("{\"identifier\":\"" + login + "\",\"password\":\"" + password + "\"}"))
                .build());
    if (step.statusCode() != 202) {
      throw new IllegalStateException("password step: " + step.statusCode() + " " + step.body());
    }
    String code = Http.get(base, "/it/code?login=" + enc(login)).body();
    var done =
        Http.send(
            json(base, "/api/v1/sessions/code", null)
                .POST(body("{\"loginName\":\"" + login + "\",\"code\":\"" + code + "\"}"))
                .build());
    Matcher m = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(done.body());
    if (done.statusCode() != 201 || !m.find()) {
      throw new IllegalStateException("code step: " + done.statusCode() + " " + done.body());
    }
    return m.group(1);
  }

  public static HttpResponse<String> api(
      URL base, String method, String path, String token, String jsonBody) {
    var b = json(base, path, token);
    b.method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody() : body(jsonBody));
    return Http.send(b.build());
  }

  private static HttpRequest.Builder json(URL base, String path, String token) {
    var b =
        HttpRequest.newBuilder(Http.uri(base, path))
            .header("Content-Type", "application/json")
            .header("Accept", "application/json");
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return b;
  }

  private static HttpRequest.BodyPublisher body(String s) {
    return HttpRequest.BodyPublishers.ofString(s, StandardCharsets.UTF_8);
  }

  public static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** A signed-in (or anonymous) portal session with its own cookies. */
  public static final class Session {
    private final URL base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    public Session(URL base) {
      this.base = base;
    }

    /** Signs in through the two login pages; fails loudly when the portal does not let it. */
    public Session signIn(String login, String password) {
      var page = get("/login.xhtml");
      var step1 =
          post(
              "/login.xhtml",
              page.body(),
              Map.of(
                  "login",
                  "login",
                  "login:loginName",
                  login,
                  "login:password",
                  password,
                  "login:submit",
                  ""));
      String code = Http.get(base, "/it/code?login=" + enc(login)).body();
      var step2 =
          post(
              "/login.xhtml",
              step1.body(),
              Map.of("login", "login", "login:code", code, "login:submitCode", ""));
      if (step2.statusCode() != 302) {
        throw new IllegalStateException("portal login of " + login + ": " + step2.statusCode());
      }
      return this;
    }

    public HttpResponse<String> get(String path) {
      return send(HttpRequest.newBuilder(Http.uri(base, path)).GET().build());
    }

    /** A download, as bytes. */
    public HttpResponse<byte[]> download(String path) {
      try {
        return client.send(
            HttpRequest.newBuilder(Http.uri(base, path)).GET().build(),
            HttpResponse.BodyHandlers.ofByteArray());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }

    /**
     * Posts a form of {@code page} from the portal's own origin, as a browser does: with its view
     * state and the CSP nonce PrimeFaces' script adds to every form.
     */
    public HttpResponse<String> post(String path, String page, Map<String, String> fields) {
      return postRaw(path, withPageState(page, fields), origin());
    }

    /** The fields with the page's view state and CSP nonce added (what a browser would send). */
    public static Map<String, String> withPageState(String page, Map<String, String> fields) {
      Map<String, String> all = new LinkedHashMap<>(fields);
      Matcher m = VIEW_STATE.matcher(page);
      if (m.find()) {
        all.put("jakarta.faces.ViewState", m.group(1).replace("&#58;", ":"));
      }
      Matcher nonce = NONCE.matcher(page);
      if (nonce.find()) {
        all.put("primefaces.nonce", nonce.group(1));
      }
      return all;
    }

    public HttpResponse<String> postRaw(String path, Map<String, String> fields, String origin) {
      String form =
          fields.entrySet().stream()
              .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
              .collect(Collectors.joining("&"));
      var b =
          HttpRequest.newBuilder(Http.uri(base, path))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(form));
      if (origin != null) {
        b.header("Origin", origin);
      }
      return send(b.build());
    }

    /** A cookie's value, or null. */
    public String cookie(String name) {
      return cookies.getCookieStore().getCookies().stream()
          .filter(c -> c.getName().equals(name))
          .map(java.net.HttpCookie::getValue)
          .findFirst()
          .orElse(null);
    }

    public String origin() {
      return base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
    }

    private HttpResponse<String> send(HttpRequest r) {
      try {
        return client.send(r, HttpResponse.BodyHandlers.ofString());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
