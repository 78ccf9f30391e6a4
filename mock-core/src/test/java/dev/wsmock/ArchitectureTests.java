package dev.wsmock;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;

/** The layering of mock-core, machine-checked: a small front door, a model that knows no HTTP or JSON library. */
@AnalyzeClasses(packages = "dev.wsmock", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {
  static final String[] WIREMOCK = {"com.github.tomakehurst.wiremock..", "org.wiremock.."};
  static final String[] WIREMOCK_OR_JACKSON = {
    "com.github.tomakehurst.wiremock..", "org.wiremock..", "com.fasterxml.jackson.."
  };

  @ArchTest
  static final ArchRule the_model_and_the_errors_know_neither_wiremock_nor_jackson =
      noClasses()
          .that()
          .resideInAnyPackage("dev.wsmock.internal.model..", "dev.wsmock.internal.error..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(WIREMOCK_OR_JACKSON);

  @ArchTest
  static final ArchRule operations_do_not_depend_on_the_protocol_or_wiremock =
      noClasses()
          .that()
          .resideInAPackage("dev.wsmock.internal.operations..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("dev.wsmock.internal.protocol..", "dev.wsmock.internal.wiremock..")
          .orShould()
          .dependOnClassesThat()
          .resideInAnyPackage(WIREMOCK);

  @ArchTest
  static final ArchRule only_the_wiremock_glue_and_the_front_door_touch_wiremock =
      noClasses()
          .that()
          .resideOutsideOfPackage("dev.wsmock.internal.wiremock..")
          .and(
              DescribedPredicate.describe(
                  "are not WorkSpacesMock",
                  (JavaClass c) -> !c.getName().startsWith(WorkSpacesMock.class.getName())))
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(WIREMOCK);

  @ArchTest
  static final ArchRule the_front_door_exposes_no_internal_types =
      codeUnits()
          .that()
          .areDeclaredInClassesThat()
          .resideInAPackage("dev.wsmock")
          .and()
          .areDeclaredInClassesThat()
          .arePublic()
          .and(
              DescribedPredicate.describe(
                  "are public", (JavaCodeUnit u) -> u.getModifiers().contains(JavaModifier.PUBLIC)))
          .should(
              new ArchCondition<JavaCodeUnit>(
                  "not mention dev.wsmock.internal types in their signature") {
                @Override
                public void check(JavaCodeUnit unit, ConditionEvents events) {
                  List<JavaClass> types = new ArrayList<>(unit.getRawParameterTypes());
                  types.add(unit.getRawReturnType());
                  for (JavaClass type : types) {
                    if (type.getPackageName().startsWith("dev.wsmock.internal")) {
                      events.add(
                          SimpleConditionEvent.violated(
                              unit, unit.getFullName() + " exposes " + type.getName()));
                    }
                  }
                }
              });
}
