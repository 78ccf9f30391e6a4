package dev.wsmock.junit5.assertj;

import static dev.wsmock.junit5.assertj.WorkSpacesAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.wsmock.CallJournal;
import dev.wsmock.ImageErrorDetail;
import dev.wsmock.Operation;
import dev.wsmock.Seed;
import dev.wsmock.WorkSpacesMock;
import dev.wsmock.junit5.Account;
import dev.wsmock.junit5.Given;
import dev.wsmock.junit5.WorkSpacesMockTest;
import dev.wsmock.junit5.WorkSpacesMockTest.ClockMode;
import dev.wsmock.junit5.WorkSpacesMockTest.Isolation;
import dev.wsmock.scenarios.cassettes.Cassette;
import dev.wsmock.scenarios.cassettes.ContractVerifier;
import dev.wsmock.scenarios.cassettes.Exchange;
import dev.wsmock.scenarios.cassettes.VerificationReport;
import dev.wsmock.scenarios.checks.ConsumerChecks;
import dev.wsmock.scenarios.checks.ConsumerChecks.Check;
import dev.wsmock.scenarios.checks.ConsumerChecks.Severity;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;
import software.amazon.awssdk.services.workspaces.model.WorkSpacesException;

/** The assertions and their exact failure messages, on a fresh mock per test so call numbers start at #1. */
@WorkSpacesMockTest(
    defaultAccount = WorkSpacesAssertionsTests.OWNER,
    clock = ClockMode.MANUAL,
    isolation = Isolation.PER_METHOD)
class WorkSpacesAssertionsTests {
  static final String OWNER = "111111111111";
  static final String RECIPIENT = "222222222222";
  static final String IMAGE = "wsi-golden0001";
  static final String GRANT_1 =
      "  #1 2026-01-01T00:00:00Z 111111111111 us-east-1 UpdateWorkspaceImagePermission"
          + " {ImageId=wsi-golden0001, SharedAccountId=222222222222, AllowCopyImage=true} -> 200 (attempt 1)";

  WorkSpacesClient owner;
  CallJournal journal;
  WorkSpacesMock mock;

  @BeforeEach
  void share_the_golden_image(
      Given given, WorkSpacesClient owner, CallJournal journal, WorkSpacesMock mock) {
    this.owner = owner;
    this.journal = journal;
    this.mock = mock;
    given.image(IMAGE);
    owner.updateWorkspaceImagePermission(
        r -> r.imageId(IMAGE).sharedAccountId(RECIPIENT).allowCopyImage(true));
  }

  @Test
  void passes_on_the_calls_that_were_made() {
    assertThat(journal)
        .hasSize(1)
        .hasCallCount(Operation.UPDATE_WORKSPACE_IMAGE_PERMISSION, 1)
        .hasNoCallsBy(RECIPIENT)
        .hasNoFailures();
    assertThat(journal)
        .calls(Operation.UPDATE_WORKSPACE_IMAGE_PERMISSION)
        .hasSize(1)
        .allSucceeded()
        .first()
        .isOperation(Operation.UPDATE_WORKSPACE_IMAGE_PERMISSION)
        .wasMadeBy(OWNER)
        .wasMadeIn("us-east-1")
        .hasRequestMember("SharedAccountId", RECIPIENT)
        .hasRequestMember("AllowCopyImage", true)
        .succeeded();
    assertThat(mock)
        .image("us-east-1", IMAGE)
        .isAvailable()
        .isOwnedBy(OWNER)
        .isSharedWith(RECIPIENT);
    assertThat(mock).hasNoImage("us-west-2", IMAGE);
  }

  @Test
  void call_count_failure_quotes_the_calls_found() {
    owner.updateWorkspaceImagePermission(
        r -> r.imageId(IMAGE).sharedAccountId(RECIPIENT).allowCopyImage(false));

    assertThatThrownBy(
            () -> assertThat(journal).hasCallCount(Operation.UPDATE_WORKSPACE_IMAGE_PERMISSION, 1))
        .hasMessage(
            """
            Expecting 1 UpdateWorkspaceImagePermission call but found 2:
            %s
              #2 2026-01-01T00:00:00Z 111111111111 us-east-1 UpdateWorkspaceImagePermission \
            {ImageId=wsi-golden0001, SharedAccountId=222222222222, AllowCopyImage=false} -> 200 (attempt 1)""",
            GRANT_1);
  }

  @Test
  void missing_calls_failure_quotes_the_whole_journal() {
    assertThatThrownBy(() -> assertThat(journal).calls(Operation.COPY_WORKSPACE_IMAGE).first())
        .hasMessage(
            "Expecting a first CopyWorkspaceImage call but there is none. All calls:\n%s", GRANT_1);
  }

  @Test
  void no_calls_by_failure_quotes_that_account_calls() {
    assertThatThrownBy(() -> assertThat(journal).hasNoCallsBy(OWNER))
        .hasMessage("Expecting no calls by 111111111111 but found 1:\n%s", GRANT_1);
  }

  @Test
  void journal_size_failure_quotes_the_journal() {
    assertThatThrownBy(() -> assertThat(journal).hasSize(2))
        .hasMessage("Expecting the journal to hold 2 calls but it holds 1:\n%s", GRANT_1);
  }

  @Test
  void failed_with_on_a_successful_call_says_it_succeeded() {
    assertThatThrownBy(
            () ->
                assertThat(journal)
                    .call(Operation.UPDATE_WORKSPACE_IMAGE_PERMISSION)
                    .failedWith("ResourceNotFoundException"))
        .hasMessage(
            "Expecting call #1 to fail with ResourceNotFoundException but it succeeded:\n%s",
            GRANT_1);
  }

  @Test
  void succeeded_on_a_failed_call_quotes_the_error() {
    catchThrowable(
        () ->
            owner.updateWorkspaceImagePermission(
                r -> r.imageId("wsi-missing0001").sharedAccountId(RECIPIENT).allowCopyImage(true)));

    Throwable failure = catchThrowable(() -> assertThat(journal.last().orElseThrow()).succeeded());

    Assertions.assertThat(failure)
        .hasMessageStartingWith(
            "Expecting call #2 to succeed but it failed with 400 ResourceNotFoundException: ")
        .hasMessageEndingWith(
            "\n  #2 2026-01-01T00:00:00Z 111111111111 us-east-1 UpdateWorkspaceImagePermission"
                + " {ImageId=wsi-missing0001, SharedAccountId=222222222222, AllowCopyImage=true} -> 400"
                + " ResourceNotFoundException (attempt 1)");
  }

  @Test
  void request_member_failure_names_the_value_found() {
    assertThatThrownBy(
            () ->
                assertThat(journal)
                    .call(Operation.UPDATE_WORKSPACE_IMAGE_PERMISSION)
                    .hasRequestMember("SharedAccountId", "333333333333"))
        .hasMessage(
            "Expecting call #1 to have request member SharedAccountId = \"333333333333\" but it was"
                + " \"222222222222\":\n%s",
            GRANT_1);
  }

  @Test
  void image_failure_quotes_the_calls_on_that_image() {
    assertThatThrownBy(() -> assertThat(mock).image("us-east-1", IMAGE).isNotSharedWith(RECIPIENT))
        .hasMessage(
            "Expecting image wsi-golden0001 (us-east-1) not to be shared with 222222222222 but it is shared"
                + " with [222222222222]. Calls on wsi-golden0001:\n%s",
            GRANT_1);
  }

  @Test
  void update_failures_say_what_the_image_updates_are(Given given) {
    given.image("wsi-outdated01", i -> i.updateAvailable("New drivers"));

    assertThatThrownBy(() -> assertThat(mock).image("us-east-1", IMAGE).hasUpdateAvailable())
        .hasMessageStartingWith(
            "Expecting image wsi-golden0001 (us-east-1) to have an update available but it has no"
                + " Updates. Calls on wsi-golden0001:");
    assertThatThrownBy(() -> assertThat(mock).image("us-east-1", "wsi-outdated01").isUpToDate())
        .hasMessageStartingWith(
            "Expecting image wsi-outdated01 (us-east-1) to be up to date but it has Updates"
                + " UpdateAvailable=true (New drivers)");
  }

  @Test
  void custom_image_imports_are_asserted_by_state_progress_and_error_codes(Given given) {
    given
        .customImageImport("wsi-import0001", c -> c.imageName("custom-win11"))
        .customImageImport(
            "wsi-import0002",
            c -> c.imageName("doomed").error(new ImageErrorDetail("ImageValidationFailed", "No.")));

    assertThat(mock)
        .customImageImport("us-east-1", "wsi-import0001")
        .isCompleted()
        .hasProgressPercentage(100);
    assertThat(mock)
        .customImageImport("us-east-1", "wsi-import0002")
        .isInError()
        .hasErrorCodes("ImageValidationFailed");
    assertThatThrownBy(
            () -> assertThat(mock).customImageImport("us-east-1", "wsi-import0002").isCompleted())
        .hasMessageStartingWith(
            "Expecting custom image import wsi-import0002 (us-east-1) to be COMPLETED but it is ERROR.");
    assertThatThrownBy(
            () ->
                assertThat(mock)
                    .customImageImport("us-east-1", "wsi-import0002")
                    .hasProgressPercentage(100))
        .hasMessageStartingWith(
            "Expecting custom image import wsi-import0002 (us-east-1) to be 100 % done but it is in ERROR with no"
                + " progress.");
    assertThatThrownBy(
            () ->
                assertThat(mock)
                    .customImageImport("us-east-1", "wsi-import0001")
                    .hasErrorCodes("X"))
        .hasMessageStartingWith(
            "Expecting custom image import wsi-import0001 (us-east-1) to report ErrorDetails [X] but it reports []");
    assertThatThrownBy(() -> assertThat(mock).customImageImport("us-west-2", "wsi-import0001"))
        .hasMessageStartingWith(
            "Expecting custom image import wsi-import0001 in us-west-2 but there is none.");
  }

  @Test
  void a_missing_image_is_reported_with_its_calls() {
    assertThatThrownBy(() -> assertThat(mock).image("us-west-2", IMAGE))
        .hasMessage(
            "Expecting image wsi-golden0001 in us-west-2 but there is none. Calls on wsi-golden0001:\n%s",
            GRANT_1);
  }

  @Test
  void a_description_prefixes_the_message() {
    assertThatThrownBy(() -> assertThat(journal).as("after the grant").hasSize(0))
        .hasMessageStartingWith(
            "[after the grant] Expecting the journal to hold 0 calls but it holds 1:");
  }

  @Test
  void fails_on_a_null_journal() {
    assertThatThrownBy(() -> assertThat((CallJournal) null).hasSize(1))
        .hasMessageContaining("Expecting actual not to be null");
  }

  @Test
  void soft_assertions_collect_every_failure(@Account(RECIPIENT) WorkSpacesClient recipient) {
    recipient.describeWorkspaceImages(r -> {});
    WorkSpacesSoftAssertions softly = new WorkSpacesSoftAssertions();

    softly.assertThat(journal).hasNoCallsBy(RECIPIENT);
    softly.assertThat(journal).hasCallCount(Operation.COPY_WORKSPACE_IMAGE, 1);
    softly.assertThat(mock.image("us-east-1", IMAGE).orElseThrow()).isSharedWith(RECIPIENT);

    Assertions.assertThat(softly.errorsCollected()).hasSize(2);
    assertThatThrownBy(softly::assertAll)
        .hasMessageContaining("Expecting no calls by 222222222222 but found 1:")
        .hasMessageContaining("Expecting 1 CopyWorkspaceImage call but found 0. All calls:");
  }

  @Test
  void using_checks_makes_a_warning_an_error_for_the_journal_assertion() {
    try {
      owner.describeWorkspaceImagePermissions(r -> r.imageId("wsi-unknown00001"));
    } catch (WorkSpacesException expected) {
      // ResourceNotFoundException: a call on an image the caller cannot see, a warning by default
    }
    assertThat(journal).hasNoContractViolations();

    assertThatThrownBy(
            () ->
                assertThat(journal)
                    .usingChecks(
                        ConsumerChecks.defaults().with(Check.INVISIBLE_IMAGES, Severity.ERROR))
                    .hasNoContractViolations())
        .hasMessageStartingWith("Expecting no contract violations but found 1:")
        .hasMessageContaining("named image(s) [wsi-unknown00001] it cannot see in us-east-1");
  }

  @Test
  void a_verification_report_is_asserted_through_the_same_entry_point_and_softly() {
    Cassette cassette =
        new Cassette(
            null,
            List.of(
                new Exchange(
                    "DescribeWorkspaceImages",
                    OWNER,
                    "us-east-1",
                    Map.of(),
                    200,
                    null,
                    Map.of("Images", List.of()),
                    null)));
    VerificationReport clean = ContractVerifier.verify(cassette, (Seed) null);
    VerificationReport diverging =
        ContractVerifier.verify(cassette, Seed.builder().image(IMAGE, OWNER, "us-east-1").build());

    assertThat(clean).isClean();
    assertThat(diverging).hasDivergences();
    assertThatThrownBy(() -> assertThat(diverging).isClean())
        .hasMessageContaining("1 DIFF DescribeWorkspaceImages 111111111111 us-east-1");

    WorkSpacesSoftAssertions softly = new WorkSpacesSoftAssertions();
    softly.assertThat(diverging).isClean();
    softly.assertThat(clean).hasDivergences();
    Assertions.assertThat(softly.errorsCollected()).hasSize(2);
  }
}
