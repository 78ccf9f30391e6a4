package dev.wsmock.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wsmock.ManualClock;
import dev.wsmock.Operation;
import dev.wsmock.RecordedCall;
import dev.wsmock.WorkSpacesMock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.DefaultRetryStrategy;
import software.amazon.awssdk.retries.StandardRetryStrategy;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;
import software.amazon.awssdk.services.workspaces.model.OperationNotSupportedException;
import software.amazon.awssdk.services.workspaces.model.ResourceAlreadyExistsException;
import software.amazon.awssdk.services.workspaces.model.WorkSpacesException;
import software.amazon.awssdk.services.workspaces.model.WorkspaceImage;

/** The built-in catalogue: every entry loads and is documented, and the key ones do what they say through SDK v2. */
class ScenariosTests {
  static final String OWNER = "111111111111";
  static final String RECIPIENT = "222222222222";

  @Test
  void every_catalogue_scenario_loads_has_a_description_and_a_row_in_the_catalogue_page()
      throws IOException {
    String page = Files.readString(Path.of("..", "docs", "scenarios.md"));
    assertThat(Scenarios.all())
        .extracting(Scenario::name)
        .containsExactlyElementsOf(Scenarios.names());
    assertThat(Scenarios.all())
        .allSatisfy(
            s -> {
              assertThat(s.description()).isNotBlank();
              assertThat(page).contains("| `" + s.name() + "` |");
            });
  }

  @Test
  void an_unknown_name_lists_the_catalogue() {
    assertThatThrownBy(() -> Scenarios.resolve("throttle-strom"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("throttle-storm-on-describe");
  }

  @Test
  void throttle_storm_is_survived_by_the_default_four_attempts_and_not_by_two() {
    try (WorkSpacesMock mock = started("throttle-storm-on-describe");
        WorkSpacesClient patient = client(mock, OWNER, 4);
        WorkSpacesClient impatient = client(mock, OWNER, 2)) {
      assertThat(patient.describeWorkspaceImages(r -> {}).images()).hasSize(1);
      assertThatThrownBy(() -> impatient.describeWorkspaceImages(r -> {}))
          .isInstanceOfSatisfying(
              WorkSpacesException.class, e -> assertThat(e.isThrottlingException()).isTrue());
      assertThat(mock.journal().calls(Operation.DESCRIBE_WORKSPACE_IMAGES))
          .extracting(RecordedCall::sdkAttempt)
          .containsExactly(1, 2, 3, 4, 1, 2);
    }
  }

  @Test
  void lost_share_response_leaves_the_image_shared_exactly_once() {
    try (WorkSpacesMock mock = started("lost-share-response");
        WorkSpacesClient owner = client(mock, OWNER, 4)) {
      owner.updateWorkspaceImagePermission(
          r -> r.imageId("wsi-golden0001").sharedAccountId(RECIPIENT).allowCopyImage(true));

      assertThat(mock.journal().calls(Operation.UPDATE_WORKSPACE_IMAGE_PERMISSION))
          .extracting(RecordedCall::status)
          .containsExactly(500, 200);
      assertThat(mock.image("us-east-1", "wsi-golden0001").orElseThrow().sharedAccountIds())
          .containsExactly(RECIPIENT);
    }
  }

  @Test
  void lost_copy_response_turns_the_sdk_retry_into_ResourceAlreadyExists() {
    try (WorkSpacesMock mock = started("lost-copy-response");
        WorkSpacesClient owner = client(mock, OWNER, 4)) {
      assertThatThrownBy(
              () ->
                  owner.copyWorkspaceImage(
                      r ->
                          r.sourceImageId("wsi-golden0001")
                              .sourceRegion("us-east-1")
                              .name("golden-copy")))
          .isInstanceOf(ResourceAlreadyExistsException.class);
      assertThat(mock.images("us-east-1")).hasSize(2);
    }
  }

  @Test
  void
      pagination_under_throttling_returns_every_image_to_a_retrying_client_and_one_page_to_a_naive_one() {
    try (WorkSpacesMock mock = started("pagination-under-throttling");
        WorkSpacesClient retrying = client(mock, OWNER, 4);
        WorkSpacesClient naive = client(mock, OWNER, 1)) {
      List<WorkspaceImage> all = listAllStoppingAtTheFirstError(retrying);
      assertThat(all).hasSize(60);
      assertThat(mock.journal().failures())
          .hasSize(2)
          .allSatisfy(c -> assertThat(c.sdkAttempt()).isEqualTo(1));

      mock.faults().reseed(mock.faults().seed()); // restart the rule's count: page one passes again
      assertThat(listAllStoppingAtTheFirstError(naive)).hasSize(25);
    }
  }

  /** The paginator bug the scenario exists for: an error on page two ends the listing quietly. */
  private static List<WorkspaceImage> listAllStoppingAtTheFirstError(WorkSpacesClient client) {
    List<WorkspaceImage> images = new java.util.ArrayList<>();
    String token = null;
    do {
      String page = token;
      try {
        var result = client.describeWorkspaceImages(r -> r.nextToken(page));
        images.addAll(result.images());
        token = result.nextToken();
      } catch (WorkSpacesException e) {
        token = null;
      }
    } while (token != null);
    return images;
  }

  @Test
  void govcloud_byol_refuses_a_copyable_share() {
    try (WorkSpacesMock mock = started("govcloud-byol");
        WorkSpacesClient owner = client(mock, OWNER, 1, "us-gov-west-1")) {
      assertThatThrownBy(
              () ->
                  owner.updateWorkspaceImagePermission(
                      r ->
                          r.imageId("wsi-govbyol001")
                              .sharedAccountId(RECIPIENT)
                              .allowCopyImage(true)))
          .isInstanceOf(OperationNotSupportedException.class);
    }
  }

  @Test
  void eventual_consistency_share_hides_a_new_share_for_thirty_seconds_and_two_describes() {
    ManualClock clock = ManualClock.at(Instant.parse("2026-01-01T00:00:00Z"));
    try (WorkSpacesMock mock = WorkSpacesMock.builder().clock(clock).start();
        WorkSpacesClient owner = client(mock, OWNER, 1);
        WorkSpacesClient recipient = client(mock, RECIPIENT, 1)) {
      Scenarios.named("eventual-consistency-share").applyTo(mock);
      owner.updateWorkspaceImagePermission(
          r -> r.imageId("wsi-golden0001").sharedAccountId(RECIPIENT).allowCopyImage(true));

      assertThat(recipient.describeWorkspaceImages(r -> {}).images()).isEmpty();
      assertThat(recipient.describeWorkspaceImages(r -> {}).images()).isEmpty();
      clock.advance(Duration.ofSeconds(30));
      assertThat(recipient.describeWorkspaceImages(r -> {}).images()).hasSize(1);
    }
  }

  @Test
  void updates_after_share_releases_updates_an_hour_after_the_scenario_starts() {
    ManualClock clock = ManualClock.at(Instant.parse("2026-01-01T00:00:00Z"));
    try (WorkSpacesMock mock = WorkSpacesMock.builder().clock(clock).start();
        WorkSpacesClient owner = client(mock, OWNER, 1);
        WorkSpacesClient recipient = client(mock, RECIPIENT, 1)) {
      Scenarios.named("updates-after-share").applyTo(mock);
      owner.updateWorkspaceImagePermission(
          r -> r.imageId("wsi-golden0001").sharedAccountId(RECIPIENT).allowCopyImage(true));

      assertThat(recipient.describeWorkspaceImages(r -> {}).images())
          .singleElement()
          .satisfies(i -> assertThat(i.updates()).isNull());
      clock.advance(Duration.ofMinutes(59));
      assertThat(owner.describeWorkspaceImages(r -> {}).images().get(0).updates()).isNull();
      clock.advance(Duration.ofMinutes(1));

      assertThat(recipient.describeWorkspaceImages(r -> {}).images())
          .singleElement()
          .satisfies(i -> assertThat(i.updates().updateAvailable()).isTrue());
      assertThat(owner.describeWorkspaceImages(r -> {}).images().get(0).updates().description())
          .isEqualTo("WorkSpaces agent and driver updates are available");
    }
  }

  @Test
  void custom_import_fails_late_walks_an_import_to_error_without_an_image() {
    ManualClock clock = ManualClock.at(Instant.parse("2026-01-01T00:00:00Z"));
    try (WorkSpacesMock mock =
            WorkSpacesMock.builder().clock(clock).imageReadyAfter(Duration.ofMinutes(30)).start();
        WorkSpacesClient owner = client(mock, OWNER, 1)) {
      Scenarios.named("custom-import-fails-late").applyTo(mock);
      String id =
          owner
              .importCustomWorkspaceImage(
                  r ->
                      r.imageName("custom-win11")
                          .imageDescription("from Image Builder")
                          .computeType("BASE")
                          .protocol("DCV")
                          .imageSource(s -> s.ec2ImageId("ami-0123456789abcdef0"))
                          .infrastructureConfigurationArn(
                              "arn:aws:imagebuilder:us-east-1:"
                                  + OWNER
                                  + ":infrastructure-configuration/golden")
                          .platform("WINDOWS")
                          .osVersion("Windows_11"))
              .imageId();

      clock.advance(Duration.ofMinutes(20));
      assertThat(owner.describeCustomWorkspaceImageImport(r -> r.imageId(id)).stateAsString())
          .isEqualTo("IN_PROGRESS");
      clock.advance(Duration.ofMinutes(10));

      var failed = owner.describeCustomWorkspaceImageImport(r -> r.imageId(id));
      assertThat(failed.stateAsString()).isEqualTo("ERROR");
      assertThat(failed.errorDetails())
          .extracting(d -> d.errorCode())
          .containsExactly("WorkspacesBYOLAccountNotFound");
      assertThat(owner.describeWorkspaceImages(r -> r.imageIds(id)).images()).isEmpty();
    }
  }

  @Test
  void a_chaos_matrix_runs_each_scenario_per_seed_and_pins_the_seed_it_reports() {
    List<ChaosCase> cases =
        ChaosMatrix.of("flaky-permission-updates", "connection-resets").withSeeds(1, 2).cases();
    assertThat(cases)
        .extracting(ChaosCase::displayName)
        .containsExactly(
            "flaky-permission-updates [fault seed 1]", "flaky-permission-updates [fault seed 2]",
            "connection-resets [fault seed 1]", "connection-resets [fault seed 2]");

    try (WorkSpacesMock mock = WorkSpacesMock.builder().start()) {
      long seed = cases.get(1).applyTo(mock);
      assertThat(seed).isEqualTo(2L).isEqualTo(mock.faults().seed());
      assertThat(mock.faults().rules()).hasSize(2);
      assertThat(cases.get(1).replayHint(seed)).contains("flaky-permission-updates").contains("2");
    }
    assertThat(ChaosMatrix.catalogue().cases()).hasSize(Scenarios.names().size());
  }

  private static WorkSpacesMock started(String scenario) {
    WorkSpacesMock mock = WorkSpacesMock.builder().imageReadyAfter(Duration.ZERO).start();
    Scenarios.named(scenario).applyTo(mock);
    return mock;
  }

  private static WorkSpacesClient client(WorkSpacesMock mock, String account, int attempts) {
    return client(mock, account, attempts, "us-east-1");
  }

  /** {@code attempts} attempts without backoff: the retry count matters here, not the waiting. */
  private static WorkSpacesClient client(
      WorkSpacesMock mock, String account, int attempts, String region) {
    return WorkSpacesClient.builder()
        .endpointOverride(mock.endpoint())
        .region(Region.of(region))
        .credentialsProvider(
            StaticCredentialsProvider.create(AwsBasicCredentials.create(account, "secret")))
        .overrideConfiguration(
            o ->
                o.retryStrategy(
                    attempts == 1
                        ? DefaultRetryStrategy.doNotRetry()
                        : StandardRetryStrategy.builder()
                            .maxAttempts(attempts)
                            .backoffStrategy(BackoffStrategy.retryImmediately())
                            .throttlingBackoffStrategy(BackoffStrategy.retryImmediately())
                            .circuitBreakerEnabled(false)
                            .build()))
        .build();
  }
}
