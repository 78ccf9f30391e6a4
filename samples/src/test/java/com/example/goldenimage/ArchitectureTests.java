package com.example.goldenimage;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The samples are what users copy: they may use wsmock only through its public front doors. */
@AnalyzeClasses(packages = "com.example.goldenimage")
class ArchitectureTests {
  @ArchTest
  static final ArchRule samples_use_only_the_public_api_of_wsmock =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAPackage("dev.wsmock..internal..")
          .because(
              "users can only reach wsmock's front doors; a sample that needs internals shows a missing public API");

  @ArchTest
  static final ArchRule samples_use_no_internal_package_of_any_library =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAPackage("..internal..")
          .because("internal packages (the AWS SDK's included) change without notice");

  /** The application itself is plain AWS SDK code: wsmock is a test dependency only. */
  @AnalyzeClasses(
      packages = "com.example.goldenimage",
      importOptions = ImportOption.DoNotIncludeTests.class)
  static final class ApplicationCode {
    @ArchTest
    static final ArchRule the_app_does_not_know_wsmock =
        noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAPackage("dev.wsmock..")
            .because("production code must not depend on its test double");
  }
}
