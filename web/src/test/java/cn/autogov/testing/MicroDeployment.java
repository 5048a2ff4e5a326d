package cn.autogov.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment of every Arquillian test: the Payara Micro WAR exactly as the build packaged
 * it (failsafe runs after {@code package}), plus the calling test's package, the HTTP helpers and
 * the test fixtures ({@code /it/*}: fresh accounts, codes from the outbox). No hand-picked class
 * lists.
 */
public final class MicroDeployment {

  private MicroDeployment() {}

  /**
   * The deployment with the test-only libraries that hold the named classes (the tests run inside
   * the server, so what they use must be deployed).
   */
  public static WebArchive of(Class<?> testClass, String... libraryClasses) {
    WebArchive war = of(testClass);
    for (String name : libraryClasses) {
      try {
        var location = Class.forName(name).getProtectionDomain().getCodeSource().getLocation();
        war.addAsLibrary(new File(location.toURI()));
      } catch (ReflectiveOperationException | java.net.URISyntaxException e) {
        throw new IllegalStateException("no library holds " + name, e);
      }
    }
    return war;
  }

  /**
   * The deployment with the test-only business of {@code cn.autogov.sample}: its classes join the
   * EJB module (the persistence unit finds entities in its own jar only) and its migration joins
   * the application's.
   */
  public static WebArchive withSample(Class<?> testClass) {
    WebArchive war = of(testClass);
    var lib =
        war.getContent(
                org.jboss.shrinkwrap.api.Filters.include("/WEB-INF/lib/autogov-ejb[^/]*\\.jar"))
            .entrySet()
            .iterator()
            .next();
    JavaArchive ejb =
        ShrinkWrap.create(
                org.jboss.shrinkwrap.api.importer.ZipImporter.class,
                lib.getKey().get().substring("/WEB-INF/lib/".length()))
            .importFrom(lib.getValue().getAsset().openStream())
            .as(JavaArchive.class)
            .addPackage("cn.autogov.sample");
    war.delete(lib.getKey());
    for (String lang : new String[] {"zh", "en"}) {
      withLabels(war, lang);
    }
    return war.addAsLibrary(ejb)
        .addAsResource("db/sample/R__it_sample.sql", "db/migration/R__it_sample.sql");
  }

  /** The portal's bundle in {@code lang} with the test-only businesses' labels appended. */
  private static void withLabels(WebArchive war, String lang) {
    String path = "/WEB-INF/classes/cn/autogov/web/i18n/messages_" + lang + ".properties";
    try (var in = war.get(path).getAsset().openStream();
        var extra =
            MicroDeployment.class.getResourceAsStream("/sample/messages_" + lang + ".properties")) {
      var both = new java.io.ByteArrayOutputStream();
      in.transferTo(both);
      both.write('\n');
      extra.transferTo(both);
      war.delete(path);
      war.add(new org.jboss.shrinkwrap.api.asset.ByteArrayAsset(both.toByteArray()), path);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  public static WebArchive of(Class<?> testClass) {
    return served().addPackage(testClass.getPackage());
  }

  /**
   * The deployment every client-side test shares ({@link Served}): the packaged WAR with the HTTP
   * helpers and the fixtures, no test's own package.
   */
  public static WebArchive served() {
    String path = System.getProperty("autogov.microWar");
    if (path == null || !new File(path).isFile()) {
      throw new IllegalStateException(
          "autogov.microWar does not name the packaged Micro WAR ("
              + path
              + "): run through Maven failsafe");
    }
    return ShrinkWrap.create(WebArchive.class, "ROOT.war")
        .merge(ShrinkWrap.createFromZipFile(WebArchive.class, new File(path)))
        .addClass(MicroDeployment.class)
        .addClass(Http.class)
        .addClass(Portal.class)
        .addPackage(cn.autogov.testing.fixtures.Fixtures.class.getPackage());
  }
}
