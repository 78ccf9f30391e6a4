package dev.wsmock.standalone;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.wsmock.testing.PublicApiRules;

/** The standalone server's public commands name no hidden type, and its packages form no cycle. */
@AnalyzeClasses(
    packages = "dev.wsmock.standalone",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {
  @ArchTest
  static final ArchRule public_signatures_name_no_internal_relocated_or_jackson_type =
      PublicApiRules.frontDoorSignaturesNameNoHiddenType();

  @ArchTest
  static final ArchRule the_internal_packages_form_no_cycle =
      PublicApiRules.internalPackagesAreFreeOfCycles("dev.wsmock.standalone");

  @ArchTest
  static final ArchRule the_front_door_packages_form_no_cycle =
      PublicApiRules.frontDoorPackagesAreFreeOfCycles("dev.wsmock.standalone");
}
