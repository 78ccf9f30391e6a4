package dev.wsmock.scenarios;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;

/** The scenarios module uses mock-core through its front door, plus the two seams meant for wsmock's own modules. */
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

  @ArchTest
  static final ArchRule public_signatures_name_no_jackson_or_internal_type =
      codeUnits()
          .that()
          .areDeclaredInClassesThat()
          .resideOutsideOfPackage("dev.wsmock.scenarios.internal..")
          .and()
          .areDeclaredInClassesThat()
          .arePublic()
          .and()
          .arePublic()
          .should(
              new ArchCondition<JavaCodeUnit>(
                  "name no Jackson or internal type in their signature") {
                @Override
                public void check(JavaCodeUnit unit, ConditionEvents events) {
                  List<JavaClass> types = new ArrayList<>(unit.getRawParameterTypes());
                  types.add(unit.getRawReturnType());
                  for (JavaClass type : types) {
                    String name = type.getName();
                    if (name.startsWith("com.fasterxml.jackson") || name.contains(".internal.")) {
                      events.add(
                          SimpleConditionEvent.violated(
                              unit, unit.getFullName() + " exposes " + name));
                    }
                  }
                }
              })
          .because("public types hold plain Java values; JSON mapping is internal");
}
