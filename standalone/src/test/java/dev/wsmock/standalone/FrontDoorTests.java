package dev.wsmock.standalone;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.wsmock.testing.PublicApiRules;
import org.junit.jupiter.api.Test;

/**
 * The standalone module's front door, machine-checked: only the entry point and its commands are public, they name
 * no hidden type, the server uses mock-core's front door, and the packages form no cycle.
 */
class FrontDoorTests {
  private final JavaClasses production =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.wsmock.standalone");

  @Test
  void the_public_package_holds_only_the_entry_point_and_the_commands() {
    classes()
        .that()
        .resideInAPackage("dev.wsmock.standalone")
        .and()
        .doNotHaveSimpleName("package-info")
        .should()
        .haveSimpleNameEndingWith("Command")
        .orShould()
        .haveSimpleName("Main")
        .because("users see the entry point and its commands; the server lives in ..internal..")
        .check(production);
  }

  @Test
  void the_server_uses_only_the_front_door_of_mock_core_and_its_json_factory() {
    noClasses()
        .should()
        .dependOnClassesThat(
            resideInAPackage("dev.wsmock.internal..")
                .and(not(resideInAPackage("dev.wsmock.internal.json.."))))
        .because(
            "the standalone server is a client of WorkSpacesMock like any other; it shares only the one JSON"
                + " factory (dev.wsmock.internal.json), which is for wsmock's own modules")
        .check(production);
  }

  @Test
  void public_signatures_name_no_internal_relocated_or_jackson_type() {
    PublicApiRules.frontDoorSignaturesNameNoHiddenType().check(production);
  }

  @Test
  void the_internal_packages_form_no_cycle() {
    PublicApiRules.internalPackagesAreFreeOfCycles("dev.wsmock.standalone").check(production);
  }

  @Test
  void the_front_door_packages_form_no_cycle() {
    PublicApiRules.frontDoorPackagesAreFreeOfCycles("dev.wsmock.standalone").check(production);
  }
}
