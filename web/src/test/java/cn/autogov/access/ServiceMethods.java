package cn.autogov.access;

import cn.autogov.identity.application.AccountService;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Every business method of every session bean in the service module, with the roles its security
 * annotations give it (null when it has none: the suite fails on that).
 */
final class ServiceMethods {

  static final String PERMIT_ALL = "*";

  record Entry(Class<?> bean, String method, Set<String> roles) {
    String id() {
      return bean.getSimpleName() + "." + method;
    }
  }

  private ServiceMethods() {}

  static List<Entry> all() throws IOException, URISyntaxException, ClassNotFoundException {
    List<Entry> entries = new ArrayList<>();
    for (String name : classNames()) {
      Class<?> c = Class.forName(name);
      if (!c.isAnnotationPresent(Stateless.class) && !c.isAnnotationPresent(Singleton.class)) {
        continue;
      }
      Method[] methods = c.getDeclaredMethods();
      Arrays.sort(methods, Comparator.comparing(Method::getName));
      for (Method m : methods) {
        if (!Modifier.isPublic(m.getModifiers())
            || Modifier.isStatic(m.getModifiers())
            || Arrays.stream(m.getParameters()).anyMatch(ServiceMethods::observes)) {
          continue;
        }
        entries.add(new Entry(c, m.getName() + "/" + m.getParameterCount(), roles(c, m)));
      }
    }
    return entries;
  }

  private static boolean observes(Parameter p) {
    return p.isAnnotationPresent(Observes.class);
  }

  private static Set<String> roles(Class<?> c, Method m) {
    if (m.isAnnotationPresent(DenyAll.class)) {
      return Set.of();
    }
    if (m.isAnnotationPresent(PermitAll.class)) {
      return Set.of(PERMIT_ALL);
    }
    if (m.isAnnotationPresent(RolesAllowed.class)) {
      return Set.of(m.getAnnotation(RolesAllowed.class).value());
    }
    if (c.isAnnotationPresent(PermitAll.class)) {
      return Set.of(PERMIT_ALL);
    }
    if (c.isAnnotationPresent(RolesAllowed.class)) {
      return Set.of(c.getAnnotation(RolesAllowed.class).value());
    }
    return null;
  }

  private static List<String> classNames() throws IOException, URISyntaxException {
    Path where =
        Path.of(AccountService.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> names = new ArrayList<>();
    if (Files.isDirectory(where)) {
      try (Stream<Path> s = Files.walk(where)) {
        s.filter(p -> p.toString().endsWith(".class") && !p.toString().contains("$"))
            .forEach(
                p ->
                    names.add(
                        where.relativize(p).toString().replace('/', '.').replace(".class", "")));
      }
    } else {
      try (JarFile jar = new JarFile(where.toFile())) {
        jar.stream()
            .map(e -> e.getName())
            .filter(n -> n.endsWith(".class") && !n.contains("$"))
            .forEach(n -> names.add(n.replace('/', '.').replace(".class", "")));
      }
    }
    return names.stream().filter(n -> n.startsWith("cn.autogov.")).sorted().toList();
  }
}
