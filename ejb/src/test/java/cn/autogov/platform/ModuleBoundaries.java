package cn.autogov.platform;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.MappedSuperclass;

/**
 * What the web and ws modules may use of the EJB module: its services, their views and the value
 * types they speak in — never its persistent internals (entities, embeddables, the entity manager),
 * whose state changes only inside the EJB module's transactions. Each front module's {@code
 * ModuleBoundariesTest} checks its own classes with these rules; the EJB module's own areas are
 * {@code LayersTest}'s.
 */
public final class ModuleBoundaries {

  private ModuleBoundaries() {}

  /** The main (not test) classes of a front module, e.g. {@code "cn.autogov.web"}. */
  public static JavaClasses mainClassesOf(String rootPackage) {
    return new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(rootPackage);
  }

  /**
   * Classes under {@code rootPackage} never touch an entity, an embeddable or the entity manager.
   */
  public static ArchRule noPersistentInternalsIn(String rootPackage) {
    return noClasses()
        .that()
        .resideInAPackage(rootPackage + "..")
        .should()
        .dependOnClassesThat()
        .areAnnotatedWith(Entity.class)
        .orShould()
        .dependOnClassesThat()
        .areAnnotatedWith(Embeddable.class)
        .orShould()
        .dependOnClassesThat()
        .areAnnotatedWith(MappedSuperclass.class)
        .orShould()
        .dependOnClassesThat()
        .areAssignableTo(EntityManager.class)
        .orShould()
        .dependOnClassesThat()
        .areAnnotatedWith(jakarta.enterprise.context.Dependent.class)
        .because(
            "the front modules work through the EJB module's services and views; an entity's"
                + " state changes only in its own module's transactions; the EJB module's"
                + " @Dependent helpers (FilingEdits, FilingStarts, FilingAccess) act for an actor"
                + " their calling service established, and only a service may call them");
  }
}
