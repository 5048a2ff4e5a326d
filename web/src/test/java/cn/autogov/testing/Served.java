package cn.autogov.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Field;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;

/**
 * The one Payara Micro that every client-side integration test of a run shares: the packaged Micro
 * WAR with the test fixtures ({@link MicroDeployment#served()}), started once, as Arquillian's
 * managed container would start it (the same jar, pre-boot commands, JVM options, database and
 * environment), and stopped when the tests are done. Each test class used to boot its own server:
 * half a minute each, most of CI's time. The tests already keep out of each other's way (fresh
 * accounts and enterprises from the fixtures); tests that run inside the server, or need another
 * deployment, stay with Arquillian.
 *
 * <p>A test class says {@code @ExtendWith(Served.class)} and gets the server's address in its
 * {@code @Served.Base URL} field.
 */
public final class Served implements TestInstancePostProcessor {

  /** The field that receives the server's base URL (ending in "/"). */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.FIELD)
  public @interface Base {}

  private static final ExtensionContext.Namespace NS =
      ExtensionContext.Namespace.create(Served.class);

  @Override
  public void postProcessTestInstance(Object test, ExtensionContext context) throws Exception {
    URL url =
        context
            .getRoot()
            .getStore(NS)
            .getOrComputeIfAbsent("micro", k -> Server.start(), Server.class)
            .url;
    for (Class<?> c = test.getClass(); c != Object.class; c = c.getSuperclass()) {
      for (Field f : c.getDeclaredFields()) {
        if (f.isAnnotationPresent(Base.class)) {
          f.setAccessible(true);
          f.set(test, url);
        }
      }
    }
  }

  /** The running server; closed (stopped) by JUnit when the whole run ends. */
  static final class Server implements ExtensionContext.Store.CloseableResource {

    private static final Duration STARTUP = Duration.ofSeconds(240);

    final Process process;
    final URL url;
    final Path log;

    private Server(Process process, URL url, Path log) {
      this.process = process;
      this.url = url;
      this.log = log;
    }

    static Server start() {
      try {
        Path dir = Path.of(System.getProperty("autogov.servedDir", "target/served"));
        Files.createDirectories(dir);
        File war = dir.resolve("ROOT.war").toFile();
        MicroDeployment.served().as(ZipExporter.class).exportTo(war, true);
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(words(System.getProperty("payara.cmdOptions", "")));
        command.add("-jar");
        command.add(System.getProperty("payara.microJar"));
        command.addAll(words(System.getProperty("payara.extraMicroOptions", "")));
        command.addAll(
            List.of(
                "--port",
                String.valueOf(port),
                "--contextroot",
                "/",
                "--deploy",
                war.getAbsolutePath()));
        Path log = dir.resolve("micro.log");
        Process p =
            new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        URL url = new URL("http://127.0.0.1:" + port + "/");
        var server = new Server(p, url, log);
        server.awaitReady();
        return server;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private void awaitReady() throws IOException {
      Instant until = Instant.now().plus(STARTUP);
      while (Instant.now().isBefore(until)) {
        if (!process.isAlive()) {
          throw new IllegalStateException("Payara Micro exited while starting:\n" + tail());
        }
        try {
          var r = Http.get(url, "/health/ready");
          if (r.statusCode() == 200 && r.body().contains("UP")) {
            return;
          }
        } catch (RuntimeException notYet) {
          // not listening yet
        }
        try {
          Thread.sleep(500);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(e);
        }
      }
      close();
      throw new IllegalStateException("Payara Micro not ready after " + STARTUP + ":\n" + tail());
    }

    private String tail() throws IOException {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    @Override
    public void close() {
      process.destroy();
      try {
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
          process.destroyForcibly().waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
        }
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }

    private static int freePort() throws IOException {
      try (var s = new ServerSocket(0)) {
        return s.getLocalPort();
      }
    }

    private static List<String> words(String s) {
      return Arrays.stream(s.strip().split("\\s+")).filter(w -> !w.isEmpty()).toList();
    }
  }
}
