package cn.autogov.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.autogov.testing.Http;
import cn.autogov.testing.Portal;
import cn.autogov.testing.Portal.Account;
import cn.autogov.testing.Served;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every role (and nobody) against every protected page, every REST operation the OpenAPI document
 * lists and every service method: allowed ones work, the rest answer 403, 401 or the login page.
 * The expected rights are written down here ({@link Matrix}), not read from the code under test; a
 * page or operation missing from the matrix fails the test. Runs on H2 and on PostgreSQL.
 */
@Tag("served")
@ExtendWith(Served.class)
class AccessControlIT {

  @Served.Base URL base;

  /** One signed-in caller per role, in the portal and through the API. */
  private Map<String, Portal.Session> sessions;

  private Map<String, String> tokens;

  private void signInEveryRole() {
    if (sessions != null) {
      return;
    }
    sessions = new LinkedHashMap<>();
    tokens = new LinkedHashMap<>();
    Account enterprise = Portal.create(base, "ENTERPRISE", "110108", null);
    for (String role : Matrix.ROLES) {
      Account a =
          switch (role) {
            case "ENTERPRISE" -> enterprise;
            case "AGENT" -> Portal.create(base, "AGENT", null, enterprise.enterpriseId());
            case "COMMERCE_AUTHORITY", "ISSUING_AUTHORITY" ->
                Portal.create(base, role, "110000", null);
            default -> Portal.create(base, role);
          };
      sessions.put(role, new Portal.Session(base).signIn(a.login(), Portal.PASSWORD));
      tokens.put(role, Portal.token(base, a.login(), Portal.PASSWORD));
    }
    sessions.put(Matrix.NOBODY, new Portal.Session(base));
    tokens.put(Matrix.NOBODY, null);
  }

  @Test
  void shouldLetEveryRoleOpenExactlyItsPages() throws IOException {
    signInEveryRole();
    List<String> pages = protectedPages();
    assertTrue(pages.size() >= 15, "pages found: " + pages);
    List<String> wrong = new ArrayList<>();
    for (String page : pages) {
      Set<String> allowed = Matrix.page(page);
      for (var e : sessions.entrySet()) {
        var r = e.getValue().get(page);
        String role = e.getKey();
        String expected =
            role.equals(Matrix.NOBODY)
                ? "302 login"
                : !allowed.contains(role) ? "403" : Matrix.NEEDS_ID.contains(page) ? "404" : "200";
        String actual =
            r.statusCode() == 302
                ? "302 "
                    + (r.headers().firstValue("Location").orElse("").endsWith("/login.xhtml")
                        ? "login"
                        : r.headers().firstValue("Location").orElse(""))
                : String.valueOf(r.statusCode());
        if (!expected.equals(actual)) {
          wrong.add(role + " " + page + ": expected " + expected + ", got " + actual);
        }
      }
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void shouldAnswerEveryRestOperationOnlyForItsRoles() {
    signInEveryRole();
    List<String> operations = restOperations();
    assertTrue(operations.size() >= 40, "operations found: " + operations);
    List<String> wrong = new ArrayList<>();
    // signing out last: it ends the token
    operations.sort(
        (a, b) -> Boolean.compare(a.contains("sessions/current"), b.contains("sessions/current")));
    for (String op : operations) {
      Set<String> allowed = Matrix.rest(op);
      String method = op.substring(0, op.indexOf(' '));
      String path =
          op.substring(op.indexOf(' ') + 1)
              .replace("{id}", "999999999")
              .replace("{which}", "id")
              .replace("{slot}", "licence")
              .replace("{kind}", "uscc")
              .replace("{rule}", "pdf_only")
              .replace("{category}", "use_nature")
              .replace("{code}", "110000")
              .replace("{creditCode}", "91350100M000100Y43")
              .replace("{table}", "certificates")
              .replace("{number}", "EX-2026-000001")
              .replace("{value}", "x")
              .replace("{userName}", "NOSUCH")
              .replace("{serial}", "abcdef");
      for (var e : tokens.entrySet()) {
        String role = e.getKey();
        var r =
            Portal.api(
                base,
                method,
                path,
                e.getValue(),
                method.equals("GET") || method.equals("DELETE") ? null : "{}");
        boolean denied =
            (r.statusCode() == 401 && r.body().contains("sign in first"))
                || (r.statusCode() == 403 && r.body().contains("not allowed"));
        boolean shouldPass = allowed.contains(Matrix.PUBLIC) || allowed.contains(role);
        if (denied == shouldPass) {
          wrong.add(role + " " + op + ": " + r.statusCode() + " " + cut(r.body()));
        }
      }
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void shouldRunEveryServiceMethodOnlyForItsRoles() throws Exception {
    signInEveryRole();
    List<String> wrong = new ArrayList<>();
    List<ServiceMethods.Entry> methods = ServiceMethods.all();
    assertTrue(methods.size() >= 60, "service methods found: " + methods.size());
    for (ServiceMethods.Entry m : methods) {
      if (m.roles() == null) {
        wrong.add(m.id() + ": no @RolesAllowed/@PermitAll on the method or its class");
        continue;
      }
      for (var e : sessions.entrySet()) {
        String role = e.getKey();
        String answer =
            e.getValue()
                .get("/it/call?bean=" + m.bean().getName() + "&method=" + m.method())
                .body();
        boolean allowed =
            m.roles().contains(ServiceMethods.PERMIT_ALL)
                || m.roles().contains(Matrix.roleName(role));
        if (!answer.equals(allowed ? "ALLOWED" : "DENIED")) {
          wrong.add(role + " " + m.id() + ": " + answer + " (roles " + m.roles() + ")");
        }
      }
    }
    assertEquals(List.of(), wrong);
  }

  private static String cut(String s) {
    return s.length() > 120 ? s.substring(0, 120) : s;
  }

  /** Every page under /app, /admin and /review in the source tree. */
  private static List<String> protectedPages() throws IOException {
    Path root = Path.of("src/main/webapp");
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(p -> p.toString().endsWith(".xhtml"))
          .map(p -> "/" + root.relativize(p).toString().replace('\\', '/'))
          .filter(p -> p.startsWith("/app/") || p.startsWith("/admin/") || p.startsWith("/review/"))
          .sorted()
          .toList();
    }
  }

  /** "METHOD /api/..." for every operation of the OpenAPI document. */
  private List<String> restOperations() {
    String yaml = Http.get(base, "/openapi").body();
    List<String> ops = new ArrayList<>();
    String path = null;
    Pattern pathLine = Pattern.compile("^  (/[^:]*):\\s*$");
    Pattern methodLine = Pattern.compile("^    (get|post|put|delete|patch):\\s*$");
    for (String line : yaml.split("\n")) {
      Matcher p = pathLine.matcher(line);
      if (p.matches()) {
        path = p.group(1);
        continue;
      }
      Matcher m = methodLine.matcher(line);
      if (m.matches() && path != null) {
        ops.add(m.group(1).toUpperCase() + " " + path);
      }
    }
    return new ArrayList<>(new TreeSet<>(ops));
  }
}
