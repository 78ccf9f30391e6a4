package dev.wsmock.junit5;

import static dev.wsmock.junit5.Kit.OWNER;
import static dev.wsmock.junit5.Kit.RECIPIENT;
import static dev.wsmock.junit5.Kit.assertAllPassed;
import static dev.wsmock.junit5.Kit.failures;
import static dev.wsmock.junit5.Kit.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.wsmock.CallJournal;
import dev.wsmock.junit5.WorkSpacesMockTest.ClockMode;
import dev.wsmock.junit5.WorkSpacesMockTest.Strictness;
import dev.wsmock.junit5.assertj.WorkSpacesAssertions;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.assertj.core.api.junit.jupiter.SoftAssertionsExtension;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opentest4j.AssertionFailedError;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;
import software.amazon.awssdk.services.workspaces.model.ResourceAlreadyExistsException;
import software.amazon.awssdk.services.workspaces.model.ResourceNotFoundException;

/** Strict mode fails a test whose calls broke a consumer check; lenient mode and business errors pass. */
class StrictContractTests {

  static final String UNFINISHED_LISTING =
      """
      [ERROR] DescribeWorkspaceImages listing stopped although the answer's NextToken said more remained; no later \
      call by account 111111111111 asked for that token, so items past this page were never read (SDK v2 has no \
      paginator for DescribeWorkspaceImages: call again with the answer's nextToken() until it is null)
          #1 2026-01-01T00:00:00Z 111111111111 us-east-1 DescribeWorkspaceImages {MaxResults=1} -> 200 (attempt 1)""";

  @Test
  void strict_mode_fails_a_test_that_left_a_listing_unfinished() {
    List<Throwable> failures = failures(run(UnfinishedListingTestCase.class));

    assertThat(failures)
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.getMessage())
                    .isEqualTo(
                        "Strict mode: this test's WorkSpaces calls broke 1 consumer check:\n"
                            + UNFINISHED_LISTING
                            + "\nFix the code under test, or use @WorkSpacesMockTest(strictness = LENIENT) if these calls are expected."));
  }

  @Test
  void strict_mode_lets_a_lost_share_retried_into_a_harmless_second_grant_pass() {
    assertAllPassed(run(UnsafeRetryTestCase.class), 1);
  }

  @Test
  void a_lost_copy_retried_into_ResourceAlreadyExists_is_a_contract_warning_not_a_strict_failure() {
    assertAllPassed(run(RefusedRetryTestCase.class), 1);
  }

  @Test
  void a_business_error_the_mock_answered_correctly_is_not_a_violation() {
    assertAllPassed(run(BusinessErrorTestCase.class), 1);
  }

  @Test
  void lenient_mode_lets_an_unfinished_listing_pass() {
    assertAllPassed(run(LenientTestCase.class), 1);
  }

  @Test
  void with_soft_assertions_the_violation_is_collected_with_the_test_own() {
    List<Throwable> failures = failures(run(SoftAssertionsTestCase.class));

    assertThat(failures)
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.getMessage())
                    .contains("Multiple Failures (2 failures)")
                    .contains("the test's own soft failure")
                    .contains("Strict mode: this test's WorkSpaces calls broke 1 consumer check:"));
  }

  @Test
  void with_soft_assertions_registered_as_a_field_the_violation_is_collected_too() {
    assertThat(failures(run(SoftAssertionsFieldTestCase.class)))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.getMessage())
                    .contains("Multiple Failures (2 failures)")
                    .contains("Strict mode: this test's WorkSpaces calls broke 1 consumer check:"));
  }

  @Test
  void with_soft_assertions_on_the_enclosing_class_a_nested_test_collects_the_violation() {
    assertThat(failures(run(SoftAssertionsEnclosingTestCase.class)))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.getMessage())
                    .contains("Multiple Failures (2 failures)")
                    .contains("the nested test's own soft failure")
                    .contains("Strict mode: this test's WorkSpaces calls broke 1 consumer check:"));
  }

  @Test
  void without_soft_assertions_the_violation_fails_the_test_itself() {
    assertThat(failures(run(UnfinishedListingTestCase.class)))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.getMessage())
                    .doesNotContain("Multiple Failures")
                    .contains("this test's WorkSpaces calls broke 1 consumer check:"));
  }

  static final String EXPLANATION =
      "Strict mode, which may explain this failure: this test's WorkSpaces calls broke 1 consumer check:\n"
          + UNFINISHED_LISTING
          + "\nFix the code under test, or use @WorkSpacesMockTest(strictness = LENIENT) if these calls are expected.";

  @Test
  void a_failed_assertion_carries_strict_mode_explanation_in_its_own_message() {
    List<Throwable> failures = failures(run(FailedAndUnfinishedTestCase.class));

    assertThat(failures)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f)
                  .isExactlyInstanceOf(AssertionError.class)
                  .hasMessage("the test's own failure\n\n" + EXPLANATION);
              assertThat(f.getStackTrace()[0].getMethodName())
                  .as("the stack trace is still the test's own")
                  .isEqualTo("fails");
              assertThat(f.getSuppressed())
                  .extracting(Throwable::getMessage)
                  .containsExactly("WorkSpaces calls during this test (1): all quoted above");
            });
  }

  @Test
  void an_assertj_failure_keeps_its_expected_and_actual_values() {
    AssertionFailedError original =
        (AssertionFailedError) catchThrowable(() -> assertThat(1).as("images listed").isEqualTo(2));
    List<Throwable> failures = failures(run(FailedAssertJComparisonTestCase.class));

    assertThat(failures)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f)
                  .isExactlyInstanceOf(AssertionFailedError.class)
                  .hasMessage(original.getMessage() + "\n\n" + EXPLANATION);
              AssertionFailedError failed = (AssertionFailedError) f;
              assertThat(failed.getExpected().getValue())
                  .isEqualTo(original.getExpected().getValue());
              assertThat(failed.getActual().getValue()).isEqualTo(original.getActual().getValue());
            });
  }

  @Test
  void any_other_failure_keeps_its_identity_and_carries_the_violation_as_suppressed() {
    List<Throwable> failures = failures(run(FailedWithAnExceptionTestCase.class));

    assertThat(failures)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f).isExactlyInstanceOf(IllegalStateException.class).hasMessage("boom");
              assertThat(f.getSuppressed())
                  .extracting(Throwable::getMessage)
                  .containsExactly(
                      "Strict mode: this test's WorkSpaces calls broke 1 consumer check:\n"
                          + UNFINISHED_LISTING
                          + "\nFix the code under test, or use @WorkSpacesMockTest(strictness = LENIENT) if these"
                          + " calls are expected.",
                      "WorkSpaces calls during this test (1): all quoted above");
            });
  }

  @Test
  void hasNoContractViolations_quotes_the_calls() {
    List<Throwable> failures = failures(run(ContractAssertionTestCase.class));

    assertThat(failures)
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.getMessage())
                    .isEqualTo(
                        "Expecting no contract violations but found 1:\n" + UNFINISHED_LISTING));
  }

  @Test
  void hasNoContractWarnings_also_fails_on_warnings() {
    List<Throwable> failures = failures(run(ContractWarningTestCase.class));

    assertThat(failures)
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.getMessage())
                    .isEqualTo(
                        """
        Expecting no contract findings but found 1:
        [WARNING] UpdateWorkspaceImagePermission by account 111111111111 named image(s) [wsi-missing0001] it cannot \
        see in us-east-1
            #1 2026-01-01T00:00:00Z 111111111111 us-east-1 UpdateWorkspaceImagePermission {ImageId=wsi-missing0001, \
        SharedAccountId=222222222222, AllowCopyImage=true} -> 400 ResourceNotFoundException (attempt 1)"""));
  }

  // ---- fixtures ----

  static void twoImagesOneListedPage(Given given, WorkSpacesClient owner) {
    given.image("wsi-golden0001").image("wsi-golden0002");
    assertThat(owner.describeWorkspaceImages(r -> r.maxResults(1)).nextToken()).isNotNull();
  }

  @WorkSpacesMockTest(defaultAccount = OWNER, clock = ClockMode.MANUAL)
  static class UnfinishedListingTestCase {
    @Test
    void reads_one_page(Given given, WorkSpacesClient owner) {
      twoImagesOneListedPage(given, owner);
    }
  }

  @WorkSpacesMockTest(defaultAccount = OWNER, clock = ClockMode.MANUAL, fastRetries = true)
  static class UnsafeRetryTestCase {
    @Test
    @WithScenario("lost-share-response")
    void shares_with_the_default_retries(WorkSpacesClient owner) {
      owner.updateWorkspaceImagePermission(
          r -> r.imageId("wsi-golden0001").sharedAccountId(RECIPIENT).allowCopyImage(true));
    }
  }

  @WorkSpacesMockTest(defaultAccount = OWNER, clock = ClockMode.MANUAL, fastRetries = true)
  static class RefusedRetryTestCase {
    @Test
    @WithScenario("lost-copy-response")
    void copies_with_the_default_retries(WorkSpacesClient owner, CallJournal journal) {
      assertThatThrownBy(
              () ->
                  owner.copyWorkspaceImage(
                      r ->
                          r.sourceImageId("wsi-golden0001")
                              .sourceRegion("us-east-1")
                              .name("golden-copy")))
          .isInstanceOf(ResourceAlreadyExistsException.class);
      assertThatThrownBy(() -> WorkSpacesAssertions.assertThat(journal).hasNoContractWarnings())
          .hasMessageContaining("CopyWorkspaceImage took effect on attempt 1 of invocation ")
          .hasMessageContaining(
              "then the SDK's attempt 2 was refused with ResourceAlreadyExistsException");
    }
  }

  @WorkSpacesMockTest(defaultAccount = OWNER)
  static class BusinessErrorTestCase {
    @Test
    void shares_a_missing_image(WorkSpacesClient owner) {
      assertThatThrownBy(
              () ->
                  owner.updateWorkspaceImagePermission(
                      r ->
                          r.imageId("wsi-missing0001")
                              .sharedAccountId(RECIPIENT)
                              .allowCopyImage(true)))
          .isInstanceOf(ResourceNotFoundException.class);
    }
  }

  @WorkSpacesMockTest(defaultAccount = OWNER, strictness = Strictness.LENIENT)
  static class LenientTestCase {
    @Test
    void reads_one_page(Given given, WorkSpacesClient owner) {
      twoImagesOneListedPage(given, owner);
    }
  }

  // The mock extension first: its after-callbacks run last, so the check must come before
  // AssertJ's.
  @WorkSpacesMockTest(defaultAccount = OWNER)
  @ExtendWith(SoftAssertionsExtension.class)
  static class SoftAssertionsTestCase {
    @Test
    void fails_softly(Given given, WorkSpacesClient owner, SoftAssertions softly) {
      twoImagesOneListedPage(given, owner);
      softly.fail("the test's own soft failure");
    }
  }

  @WorkSpacesMockTest(defaultAccount = OWNER)
  static class SoftAssertionsFieldTestCase {
    @RegisterExtension static final SoftAssertionsExtension SOFTLY = new SoftAssertionsExtension();

    @Test
    void fails_softly(Given given, WorkSpacesClient owner, SoftAssertions softly) {
      twoImagesOneListedPage(given, owner);
      softly.fail("the test's own soft failure");
    }
  }

  @WorkSpacesMockTest(defaultAccount = OWNER)
  @ExtendWith(SoftAssertionsExtension.class)
  static class SoftAssertionsEnclosingTestCase {
    @Nested
    class Inner {
      @Test
      void fails_softly(Given given, WorkSpacesClient owner, SoftAssertions softly) {
        twoImagesOneListedPage(given, owner);
        softly.fail("the nested test's own soft failure");
      }
    }
  }

  @WorkSpacesMockTest(defaultAccount = OWNER, clock = ClockMode.MANUAL)
  static class FailedAndUnfinishedTestCase {
    @Test
    void fails(Given given, WorkSpacesClient owner) {
      twoImagesOneListedPage(given, owner);
      throw new AssertionError("the test's own failure");
    }
  }

  @WorkSpacesMockTest(defaultAccount = OWNER, clock = ClockMode.MANUAL)
  static class FailedAssertJComparisonTestCase {
    @Test
    void fails(Given given, WorkSpacesClient owner) {
      given.image("wsi-golden0001").image("wsi-golden0002");
      int listed = owner.describeWorkspaceImages(r -> r.maxResults(1)).images().size();
      assertThat(listed).as("images listed").isEqualTo(2);
    }
  }

  @WorkSpacesMockTest(defaultAccount = OWNER, clock = ClockMode.MANUAL)
  static class FailedWithAnExceptionTestCase {
    @Test
    void fails(Given given, WorkSpacesClient owner) {
      twoImagesOneListedPage(given, owner);
      throw new IllegalStateException("boom");
    }
  }

  @WorkSpacesMockTest(
      defaultAccount = OWNER,
      clock = ClockMode.MANUAL,
      strictness = Strictness.LENIENT)
  static class ContractAssertionTestCase {
    @Test
    void asserts(Given given, WorkSpacesClient owner, CallJournal journal) {
      twoImagesOneListedPage(given, owner);
      WorkSpacesAssertions.assertThat(journal).hasNoContractViolations();
    }
  }

  @WorkSpacesMockTest(defaultAccount = OWNER, clock = ClockMode.MANUAL)
  static class ContractWarningTestCase {
    @Test
    void asserts(WorkSpacesClient owner, CallJournal journal) {
      assertThatThrownBy(
              () ->
                  owner.updateWorkspaceImagePermission(
                      r ->
                          r.imageId("wsi-missing0001")
                              .sharedAccountId(RECIPIENT)
                              .allowCopyImage(true)))
          .isInstanceOf(ResourceNotFoundException.class);
      WorkSpacesAssertions.assertThat(journal).hasNoContractViolations().hasNoContractWarnings();
    }
  }
}
