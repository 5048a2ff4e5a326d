package cn.autogov.web;

import static cn.autogov.platform.ModuleBoundaries.mainClassesOf;
import static cn.autogov.platform.ModuleBoundaries.noPersistentInternalsIn;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The web module uses the EJB module's services and views, never its entities; no cycles. */
class ModuleBoundariesTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = mainClassesOf("cn.autogov.web");
  }

  @Test
  void shouldNeverTouchTheEjbModulesEntities() {
    noPersistentInternalsIn("cn.autogov.web").check(classes);
  }

  @Test
  void shouldHaveNoCyclesBetweenItsAreas() {
    slices().matching("cn.autogov.web.(*)..").should().beFreeOfCycles().check(classes);
  }
}
