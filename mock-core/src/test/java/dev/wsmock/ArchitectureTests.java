package dev.wsmock;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.wsmock.testing.PublicApiRules;

/**
 * The layering of mock-core, machine-checked: a small front door that names no hidden type, a model that knows no
 * HTTP or JSON library, internals without package cycles.
 */
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

  // The rule every module with a public API shares: dev.wsmock and dev.wsmock.fault, supertypes,
  // fields and protected members, type arguments, bounds and thrown types all count.
  @ArchTest
  static final ArchRule the_front_door_names_no_internal_relocated_or_jackson_type =
      PublicApiRules.frontDoorSignaturesNameNoHiddenType();

  @ArchTest
  static final ArchRule the_internal_packages_form_no_cycle =
      PublicApiRules.internalPackagesAreFreeOfCycles("dev.wsmock");

  // No front-door cycle rule here: dev.wsmock and dev.wsmock.fault are one API in two packages
  // and name each other on purpose (a RecordedCall tells the FiredFault that answered it, a
  // Trigger matches an Operation).
}
