package cn.autogov.platform;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.CanBeAnnotated;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The areas of the EJB module point one way. From the bottom: the kernel and access (roles);
 * platform; the shared areas (audit, notification, document, reference data, the working-day
 * calendar); identity (accounts, real names, sessions, system clients); the enterprises (the
 * register, sub-enterprises, agents' authorisations); the system exchange; the filing engine; the
 * businesses on it (export, coc, an account's own affairs, …), which never import each other. No
 * area imports one above it, and there are no cycles between areas.
 */
class LayersTest {

  private static final String[] BUSINESSES = {
    "..export..", "..coc..", "..account..", "..usedcar..", "..ekey.."
  };
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.autogov");
  }

  @Test
  void shouldKeepTheKernelAndAccessAtTheBottom() {
    noClasses()
        .that()
        .resideInAnyPackage("cn.autogov.kernel..", "cn.autogov.access..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(above("cn.autogov.platform.."))
        .check(classes);
  }

  @Test
  void shouldKeepTheSharedAreasFreeOfIdentityAndTheBusinesses() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "cn.autogov.platform..",
            "cn.autogov.audit..",
            "cn.autogov.notification..",
            "cn.autogov.document..",
            "cn.autogov.reference..",
            "cn.autogov.calendar..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(above("cn.autogov.identity.."))
        .check(classes);
  }

  @Test
  void shouldKeepIdentityBelowTheEnterprises() {
    noClasses()
        .that()
        .resideInAPackage("cn.autogov.identity..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(above("cn.autogov.enterprise.."))
        .check(classes);
  }

  @Test
  void shouldKeepTheEnterprisesBelowTheExchangeAndTheFilings() {
    noClasses()
        .that()
        .resideInAPackage("cn.autogov.enterprise..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(above("cn.autogov.exchange.."))
        .check(classes);
  }

  @Test
  void shouldLetTheUpperAreasAskForAccountsAndEnterprisesNotLoadThem() {
    noClasses()
        .that()
        .resideInAnyPackage(above("cn.autogov.exchange.."))
        .should()
        .dependOnClassesThat(
            JavaClass.Predicates.resideInAnyPackage(
                    "cn.autogov.identity..", "cn.autogov.enterprise..")
                .and(CanBeAnnotated.Predicates.annotatedWith(Entity.class)))
        .because(
            "the exchange, the filing engine and the businesses ask identity (Actors, Contacts)"
                + " and the enterprise area (Enterprises, EnterpriseProfile); only those areas"
                + " load and change their entities")
        .check(classes);
  }

  @Test
  void shouldKeepTheEngineFreeOfTheBusinessesOnIt() {
    noClasses()
        .that()
        .resideInAnyPackage("cn.autogov.filing..", "cn.autogov.exchange..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(BUSINESSES)
        .check(classes);
  }

  @Test
  void shouldKeepEachBusinessToItself() {
    slices()
        .matching("cn.autogov.(export|coc|account)..")
        .should()
        .notDependOnEachOther()
        .check(classes);
  }

  @Test
  void shouldHaveNoCyclesBetweenAreas() {
    slices().matching("cn.autogov.(*)..").should().beFreeOfCycles().check(classes);
  }

  /** The packages of {@code from} and every area above it. */
  private static String[] above(String from) {
    String[] order = {
      "cn.autogov.platform..",
      "cn.autogov.audit..",
      "cn.autogov.notification..",
      "cn.autogov.document..",
      "cn.autogov.reference..",
      "cn.autogov.calendar..",
      "cn.autogov.identity..",
      "cn.autogov.enterprise..",
      "cn.autogov.exchange..",
      "cn.autogov.filing..",
      "..export..",
      "..coc..",
      "..account.."
    };
    int i = java.util.Arrays.asList(order).indexOf(from);
    return java.util.Arrays.copyOfRange(order, i, order.length);
  }
}
