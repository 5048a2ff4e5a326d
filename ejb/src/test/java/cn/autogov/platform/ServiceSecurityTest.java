package cn.autogov.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every business method of every session bean says who may call it, on the method or its class (the
 * access-control suite then proves the container enforces it, role by role).
 */
class ServiceSecurityTest {

  @Test
  void shouldDeclareWhoMayCallEveryServiceMethod() throws Exception {
    Path classes = Path.of("target/classes");
    List<String> beans = new ArrayList<>();
    List<String> undeclared = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        Class<?> c = load(classes, p);
        if (!c.isAnnotationPresent(Stateless.class) && !c.isAnnotationPresent(Singleton.class)) {
          continue;
        }
        beans.add(c.getSimpleName());
        boolean classLevel =
            c.isAnnotationPresent(RolesAllowed.class) || c.isAnnotationPresent(PermitAll.class);
        for (Method m : c.getDeclaredMethods()) {
          if (Modifier.isPublic(m.getModifiers())
              && !Modifier.isStatic(m.getModifiers())
              && Arrays.stream(m.getParameters())
                  .noneMatch(x -> x.isAnnotationPresent(Observes.class))
              && !classLevel
              && !m.isAnnotationPresent(RolesAllowed.class)
              && !m.isAnnotationPresent(PermitAll.class)
              && !m.isAnnotationPresent(DenyAll.class)) {
            undeclared.add(c.getSimpleName() + "." + m.getName());
          }
        }
      }
    }
    assertTrue(beans.size() >= 15, "beans found: " + beans);
    assertEquals(List.of(), undeclared);
  }

  private static Class<?> load(Path root, Path file) throws IOException, ClassNotFoundException {
    String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
    return Class.forName(name, false, ServiceSecurityTest.class.getClassLoader());
  }
}
