package dev.wsmock.scenarios;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.wsmock.testing.PublicApiRules;

/**
 * The scenarios module uses mock-core through its front door, plus the two seams meant for wsmock's own modules;
 * its public signatures name no hidden type, and its packages form no cycle.
 */
@AnalyzeClasses(
    packages = "dev.wsmock.scenarios",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {
  @ArchTest
  static final ArchRule
      uses_mock_core_internals_only_through_the_json_factory_and_the_seed_file_format =
          noClasses()
              .should()
              .dependOnClassesThat(
                  resideInAPackage("dev.wsmock.internal..")
                      .and(
                          not(
                              resideInAnyPackage(
                                  "dev.wsmock.internal.json..", "dev.wsmock.internal.seedfile.."))))
              .because(
                  "mock-core's other internals may change in any release; the JSON factory and the seed-file format"
                      + " are the seams its sibling modules share");

  // The rule every module with a public API shares: supertypes, fields and protected members,
  // type arguments, bounds and thrown types all count, and WireMock's relocated types are hidden.
  @ArchTest
  static final ArchRule public_signatures_name_no_jackson_relocated_or_internal_type =
      PublicApiRules.frontDoorSignaturesNameNoHiddenType()
          .because("public types hold plain Java values; JSON mapping is internal");

  @ArchTest
  static final ArchRule the_internal_packages_form_no_cycle =
      PublicApiRules.internalPackagesAreFreeOfCycles("dev.wsmock.scenarios");

  @ArchTest
  static final ArchRule the_front_door_packages_form_no_cycle =
      PublicApiRules.frontDoorPackagesAreFreeOfCycles("dev.wsmock.scenarios");
}
