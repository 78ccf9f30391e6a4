package dev.wsmock.junit5;

import static dev.wsmock.junit5.Kit.failures;
import static dev.wsmock.junit5.Kit.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wsmock.ManualClock;
import dev.wsmock.WorkSpacesMock;
import dev.wsmock.junit5.WorkSpacesMockTest.Isolation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;

/** Misuse fails with a message that says how to fix it. */
class MisuseTests {

  @Test
  void rejects_constructor_injection_and_points_to_method_parameters_or_fields() {
    assertThat(onlyFailure(run(ConstructorInjectionTestCase.class)))
        .isEqualTo(
            "@WorkSpacesMockTest cannot inject constructor parameters (parameter 'mock' of"
                + " ConstructorInjectionTestCase(...)): the mock may be per test, and a constructor runs before it exists."
                + " Use a test or lifecycle method parameter, or an @InjectMock field.");
  }

  @Test
  void rejects_an_account_that_is_not_twelve_digits() {
    assertThat(onlyFailure(run(BadAccountTestCase.class)))
        .isEqualTo(
            "@Account(\"1234\") on parameter 'owner' of BadAccountTestCase.test(...) is not an AWS account id: use 12"
                + " digits, e.g. @Account(\"111111111111\").");
  }

  @Test
  void rejects_a_region_that_is_not_an_aws_region() {
    assertThat(onlyFailure(run(BadRegionTestCase.class)))
        .isEqualTo(
            "@Account(region = \"mars-1\") on parameter 'owner' of BadRegionTestCase.test(...) is not an AWS region:"
                + " use e.g. \"us-east-1\" or \"us-gov-west-1\".");
  }

  @Test
  void rejects_a_region_name_no_aws_partition_has_as_the_mock_itself_does() {
    assertThat(onlyFailure(run(FakeRegionTestCase.class)))
        .contains("region = \"zz-fake-9\" is not an AWS region");
  }

  @Test
  void rejects_account_on_a_type_that_is_not_a_client() {
    assertThat(onlyFailure(run(AccountOnStringTestCase.class)))
        .isEqualTo(
            "@Account applies to WorkSpacesClient and WorkSpacesAsyncClient only, not to String (parameter 'owner' of"
                + " AccountOnStringTestCase.test(...)).");
  }

  @Test
  void rejects_a_manual_clock_when_the_mock_reads_the_system_clock() {
    assertThat(onlyFailure(run(ManualClockWithoutManualModeTestCase.class)))
        .isEqualTo(
            "No ManualClock for parameter 'clock' of ManualClockWithoutManualModeTestCase.test(...): the mock reads the"
                + " system clock. Use @WorkSpacesMockTest(clock = MANUAL), or"
                + " WorkSpacesMockExtension.builder().manualClock(start).");
  }

  @Test
  void rejects_static_injected_fields() {
    assertThat(onlyFailure(run(StaticFieldTestCase.class)))
        .isEqualTo(
            "Cannot inject static field 'mock' of StaticFieldTestCase: the mock may be per test; make it a non-final"
                + " instance field, or take it as a @BeforeAll method parameter.");
  }

  @Test
  void explains_why_a_before_all_method_gets_no_mock_with_per_method_isolation() {
    assertThat(onlyFailure(run(BeforeAllWithPerMethodTestCase.class)))
        .startsWith("No WorkSpaces mock is running for")
        .endsWith(
            "with isolation = PER_METHOD (or concurrent tests, or a WorkSpacesMockExtension in an instance"
                + " field) each test gets its own mock; ask for it in a @Test or @BeforeEach method, or use"
                + " isolation = PER_CLASS.");
  }

  @Test
  void rejects_a_duration_that_is_not_iso_8601() {
    assertThat(onlyFailure(run(BadDurationTestCase.class)))
        .isEqualTo(
            "@WorkSpacesMockTest(imageReadyAfter = \"5s\") is not ISO-8601: write e.g. \"PT0S\", \"PT5S\" or \"PT45M\"");
  }

  @Test
  void names_a_missing_seed_resource() {
    assertThat(onlyFailure(run(MissingSeedTestCase.class)))
        .isEqualTo(
            "Cannot load seed \"classpath:seeds/missing.json\": classpath:seeds/missing.json: $: no such resource on the"
                + " classpath");
  }

  private static String onlyFailure(EngineExecutionResults results) {
    assertThat(failures(results)).hasSize(1);
    return failures(results).get(0).getMessage();
  }

  // ---- fixtures ----

  @WorkSpacesMockTest
  static class ConstructorInjectionTestCase {
    ConstructorInjectionTestCase(WorkSpacesMock mock) {}

    @Test
    void test() {}
  }

  @WorkSpacesMockTest
  static class BadAccountTestCase {
    @Test
    void test(@Account("1234") WorkSpacesClient owner) {}
  }

  @WorkSpacesMockTest(region = "zz-fake-9")
  static class FakeRegionTestCase {
    @Test
    void test() {}
  }

  @WorkSpacesMockTest
  static class BadRegionTestCase {
    @Test
    void test(@Account(value = "111111111111", region = "mars-1") WorkSpacesClient owner) {}
  }

  @WorkSpacesMockTest
  static class AccountOnStringTestCase {
    @Test
    void test(@Account("111111111111") String owner) {}
  }

  @WorkSpacesMockTest
  static class ManualClockWithoutManualModeTestCase {
    @Test
    void test(ManualClock clock) {}
  }

  @WorkSpacesMockTest
  static class StaticFieldTestCase {
    @InjectMock static WorkSpacesMock mock;

    @Test
    void test() {}
  }

  @WorkSpacesMockTest(isolation = Isolation.PER_METHOD)
  static class BeforeAllWithPerMethodTestCase {
    @BeforeAll
    static void beforeAll(WorkSpacesMock mock) {}

    @Test
    void test() {}
  }

  @WorkSpacesMockTest(imageReadyAfter = "5s")
  static class BadDurationTestCase {
    @Test
    void test() {}
  }

  @WorkSpacesMockTest(seed = "classpath:seeds/missing.json")
  static class MissingSeedTestCase {
    @Test
    void test() {}
  }
}
