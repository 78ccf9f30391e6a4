package dev.wsmock.junit5;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.wsmock.testing.PublicApiRules;
import org.junit.jupiter.api.Test;

/**
 * The optional dependencies stay optional, mock-core is used through its front door only, the public signatures
 * name no hidden type and the packages form no cycle.
 */
class ArchitectureTests {
  static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.wsmock.junit5");

  @Test
  void only_the_sdk_package_touches_the_aws_sdk() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.wsmock.junit5.internal.sdk..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("software.amazon..")
        .because("the SDK is optional: users who inject no client must not need it")
        .check(MAIN);
  }

  @Test
  void the_extension_machinery_needs_neither_assertj_nor_awaitility() {
    noClasses()
        .that()
        .resideInAnyPackage("dev.wsmock.junit5.internal..")
        .and()
        .resideOutsideOfPackage("dev.wsmock.junit5.internal.softassert..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.assertj..", "org.awaitility..")
        .because("both are optional: the extension must run without them")
        .check(MAIN);
  }

  @Test
  void only_the_soft_assertions_bridge_is_loaded_after_a_check_for_assertj() {
    classes()
        .that()
        .resideInAPackage("dev.wsmock.junit5.internal.softassert..")
        .should()
        .onlyHaveDependentClassesThat()
        .haveSimpleName("SoftCollection")
        .because("SoftCollection checks that AssertJ is present before loading the bridge")
        .check(MAIN);
  }

  @Test
  void uses_mock_core_through_its_front_door() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.wsmock.internal..")
        .because("mock-core's internals may change in any release")
        .check(MAIN);
  }

  @Test
  void keeps_the_extension_implementation_internal() {
    classes()
        .that()
        .implement(org.junit.jupiter.api.extension.Extension.class)
        .and()
        .resideInAPackage("dev.wsmock.junit5")
        .should()
        .haveSimpleName("WorkSpacesMockExtension")
        .because("users see the annotation and the builder; the implementation is internal")
        .check(MAIN);
  }

  @Test
  void public_signatures_name_no_internal_relocated_or_jackson_type() {
    PublicApiRules.frontDoorSignaturesNameNoHiddenType().check(MAIN);
  }

  @Test
  void the_internal_packages_form_no_cycle() {
    PublicApiRules.internalPackagesAreFreeOfCycles("dev.wsmock.junit5").check(MAIN);
  }

  @Test
  void the_front_door_packages_form_no_cycle() {
    PublicApiRules.frontDoorPackagesAreFreeOfCycles("dev.wsmock.junit5").check(MAIN);
  }
}
