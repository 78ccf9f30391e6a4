package dev.wsmock;

import static dev.wsmock.MockHarness.OWNER;
import static dev.wsmock.MockHarness.RECIPIENT;
import static dev.wsmock.MockHarness.REGION;
import static dev.wsmock.MockHarness.STRANGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.workspaces.model.DescribeWorkspaceImagesResponse;

/** An image's {@code Updates}: seeded, described to owner and recipients only when set, exported, validated. */
class ImageUpdatesTests {
  static final String DRIVERS = "New WorkSpaces drivers (2.1) are available";
  static final Seed SEED =
      Seed.builder()
          .image(
              "wsi-outdated01",
              OWNER,
              REGION,
              i -> i.updates(ImageUpdates.available(DRIVERS)).sharedWith(RECIPIENT))
          .image("wsi-current001", OWNER, REGION, i -> i.updates(ImageUpdates.upToDate()))
          .image("wsi-noupdates1", OWNER, REGION)
          .build();

  @RegisterExtension static final MockHarness aws = MockHarness.perClass(SEED);

  private static software.amazon.awssdk.services.workspaces.model.WorkspaceImage described(
      DescribeWorkspaceImagesResponse page, String imageId) {
    return page.images().stream()
        .filter(i -> i.imageId().equals(imageId))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void the_owner_sees_the_seeded_updates() {
    DescribeWorkspaceImagesResponse page = aws.as(OWNER).describeWorkspaceImages(r -> {});

    assertThat(described(page, "wsi-outdated01").updates().updateAvailable()).isTrue();
    assertThat(described(page, "wsi-outdated01").updates().description()).isEqualTo(DRIVERS);
    assertThat(described(page, "wsi-current001").updates().updateAvailable()).isFalse();
    assertThat(described(page, "wsi-current001").updates().description()).isNull();
  }

  @Test
  void an_account_the_image_is_shared_with_sees_its_updates_too() {
    DescribeWorkspaceImagesResponse page =
        aws.as(RECIPIENT).describeWorkspaceImages(r -> r.imageType("SHARED"));

    assertThat(described(page, "wsi-outdated01").updates().updateAvailable()).isTrue();
    assertThat(described(page, "wsi-outdated01").updates().description()).isEqualTo(DRIVERS);
  }

  @Test
  void an_image_without_seeded_updates_is_described_without_the_member() {
    JsonNode answer =
        aws.raw()
            .call(
                "DescribeWorkspaceImages",
                "{\"ImageIds\": [\"wsi-noupdates1\", \"wsi-outdated01\"]}",
                OWNER,
                REGION)
            .json();

    assertThat(answer.path("Images")).hasSize(2);
    for (JsonNode image : answer.path("Images")) {
      assertThat(image.has("Updates"))
          .as("Updates of %s", image.path("ImageId").asText())
          .isEqualTo(image.path("ImageId").asText().equals("wsi-outdated01"));
    }
  }

  @Test
  void a_stranger_sees_nothing_of_the_image() {
    assertThat(aws.as(STRANGER).describeWorkspaceImages(r -> {}).images()).isEmpty();
  }

  @Test
  void the_snapshot_carries_the_updates() {
    assertThat(aws.image("wsi-outdated01").updates()).isEqualTo(ImageUpdates.available(DRIVERS));
    assertThat(aws.image("wsi-outdated01").hasUpdateAvailable()).isTrue();
    assertThat(aws.image("wsi-current001").hasUpdateAvailable()).isFalse();
    assertThat(aws.image("wsi-noupdates1").updates()).isNull();
    assertThat(aws.image("wsi-noupdates1").hasUpdateAvailable()).isFalse();
  }

  @Test
  void exported_updates_seed_an_identical_mock() {
    String exported = aws.mock().exportStateJson();

    assertThat(exported).contains("\"Updates\"").contains(DRIVERS);
    try (WorkSpacesMock again = WorkSpacesMock.builder().start()) {
      again.loadSeedJson(exported, "export.json");
      assertThat(again.exportStateJson()).isEqualTo(exported);
      assertThat(again.image(REGION, "wsi-outdated01").orElseThrow().updates())
          .isEqualTo(ImageUpdates.available(DRIVERS));
      assertThat(again.image(REGION, "wsi-noupdates1").orElseThrow().updates()).isNull();
    }
  }

  @Test
  void seed_files_set_updates_with_the_api_member_names() {
    try (WorkSpacesMock mock = WorkSpacesMock.builder().start()) {
      mock.loadSeedJson(
          """
          {"Images": [{"ImageId": "wsi-fromfile01", "OwnerAccountId": "111111111111", "Region": "us-east-1",
                       "Updates": {"UpdateAvailable": true, "Description": "Drivers 2.1"}}]}
          """,
          "updates.json");

      assertThat(mock.image(REGION, "wsi-fromfile01").orElseThrow().updates())
          .isEqualTo(new ImageUpdates(true, "Drivers 2.1"));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "drivers, and more", "drivers\\n"})
  void refuses_a_seeded_updates_description_the_contract_does_not_allow(String description) {
    try (WorkSpacesMock mock = WorkSpacesMock.builder().start()) {
      String json =
          "{\"Images\": [{\"ImageId\": \"wsi-fromfile01\", \"OwnerAccountId\": \"111111111111\","
              + " \"Region\": \"us-east-1\", \"Updates\": {\"UpdateAvailable\": true, \"Description\": \""
              + description
              + "\"}}]}";

      assertThatThrownBy(() -> mock.loadSeedJson(json, "updates.json"))
          .isInstanceOf(SeedException.class)
          .hasMessageStartingWith(
              "updates.json: $.Images[0].Updates.Description: the mock could not describe this image"
                  + " within the service contract: ");
      assertThat(mock.images(REGION)).isEmpty();
    }
  }

  @Test
  void refuses_a_seeded_updates_description_longer_than_255_characters() {
    Seed seed =
        Seed.builder()
            .image(
                "wsi-toolong001",
                OWNER,
                REGION,
                i -> i.updates(ImageUpdates.available("d".repeat(256))))
            .build();

    assertThatThrownBy(() -> WorkSpacesMock.builder().seed(seed).start())
        .isInstanceOf(SeedException.class)
        .hasMessageStartingWith("Java seed: $.Images[0].Updates.Description: ")
        .hasMessageContaining("length less than or equal to 255");
  }

  @Test
  void refuses_an_updates_member_of_the_wrong_type_naming_its_path() {
    try (WorkSpacesMock mock = WorkSpacesMock.builder().start()) {
      assertThatThrownBy(
              () ->
                  mock.loadSeedJson(
                      """
                      {"Images": [{"ImageId": "wsi-fromfile01", "OwnerAccountId": "111111111111",
                                   "Region": "us-east-1", "Updates": {"UpdateAvailable": "maybe"}}]}
                      """,
                      "updates.json"))
          .isInstanceOf(SeedException.class)
          .hasMessageStartingWith("updates.json: $.Images[0].Updates.UpdateAvailable: ");
    }
  }

  @Test
  void updates_released_on_a_running_mock_reach_the_owner_and_the_accounts_it_is_shared_with() {
    aws.mock()
        .setImageUpdates(
            REGION, "wsi-outdated01", ImageUpdates.available("Agent 3.0 is available"));
    aws.mock()
        .setImageUpdates(
            REGION, "wsi-noupdates1", ImageUpdates.available("Agent 3.0 is available"));

    assertThat(
            described(
                    aws.as(RECIPIENT).describeWorkspaceImages(r -> r.imageType("SHARED")),
                    "wsi-outdated01")
                .updates()
                .description())
        .isEqualTo("Agent 3.0 is available");
    assertThat(
            described(aws.as(OWNER).describeWorkspaceImages(r -> {}), "wsi-noupdates1")
                .updates()
                .updateAvailable())
        .isTrue();
    assertThat(
            aws.as(OWNER)
                .createUpdatedWorkspaceImage(
                    r ->
                        r.sourceImageId("wsi-noupdates1")
                            .name("noupdates-updated")
                            .description("updated"))
                .imageId())
        .startsWith("wsi-");
  }

  @Test
  void updates_set_to_null_leave_the_member_out_again() {
    aws.mock().setImageUpdates(REGION, "wsi-outdated01", null);

    JsonNode answer =
        aws.raw()
            .call("DescribeWorkspaceImages", "{\"ImageIds\": [\"wsi-outdated01\"]}", OWNER, REGION)
            .json();
    assertThat(answer.path("Images").path(0).has("Updates")).isFalse();
    assertThat(aws.image("wsi-outdated01").updates()).isNull();
  }

  @Test
  void updates_the_api_could_not_describe_are_refused_and_the_image_is_unchanged() {
    assertThatThrownBy(
            () ->
                aws.mock()
                    .setImageUpdates(
                        REGION, "wsi-outdated01", ImageUpdates.available("drivers, agent")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Cannot set the Updates of wsi-outdated01: ")
        .hasMessageContaining("Updates.Description");
    assertThat(aws.image("wsi-outdated01").updates()).isEqualTo(ImageUpdates.available(DRIVERS));
  }

  @Test
  void updates_of_an_image_that_is_not_there_name_the_region_it_is_in() {
    assertThatThrownBy(
            () ->
                aws.mock()
                    .setImageUpdates("eu-west-1", "wsi-outdated01", ImageUpdates.available("x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("No image wsi-outdated01 in eu-west-1 (it is in us-east-1)");
  }

  @Test
  void updates_released_later_show_from_their_instant_on_the_mocks_clock() {
    ManualClock clock = ManualClock.at(java.time.Instant.parse("2026-06-01T00:00:00Z"));
    try (WorkSpacesMock mock = onManualClock(clock);
        var owner = SdkClients.forAccount(mock, OWNER, REGION);
        var recipient = SdkClients.forAccount(mock, RECIPIENT, REGION)) {
      releaseAgentUpdatesInAnHour(mock, clock, "wsi-outdated01");

      assertThat(
              described(
                      recipient.describeWorkspaceImages(r -> r.imageType("SHARED")),
                      "wsi-outdated01")
                  .updates()
                  .description())
          .isEqualTo(DRIVERS);
      clock.advance(java.time.Duration.ofMinutes(59));
      assertThat(mock.image(REGION, "wsi-outdated01").orElseThrow().updates().description())
          .isEqualTo(DRIVERS);

      clock.advance(java.time.Duration.ofMinutes(1));

      assertThat(
              described(
                      recipient.describeWorkspaceImages(r -> r.imageType("SHARED")),
                      "wsi-outdated01")
                  .updates()
                  .description())
          .isEqualTo("Agent 3.0 is available");
      assertThat(
              described(owner.describeWorkspaceImages(r -> {}), "wsi-outdated01")
                  .updates()
                  .description())
          .isEqualTo("Agent 3.0 is available");
      assertThat(mock.exportState().images())
          .filteredOn(i -> i.imageId().equals("wsi-outdated01"))
          .singleElement()
          .satisfies(
              i -> assertThat(i.updates().description()).isEqualTo("Agent 3.0 is available"));
    }
  }

  @Test
  void an_image_without_updates_becomes_a_source_for_an_updated_image_once_they_are_released() {
    ManualClock clock = ManualClock.at(java.time.Instant.parse("2026-06-01T00:00:00Z"));
    try (WorkSpacesMock mock = onManualClock(clock);
        var owner = SdkClients.forAccount(mock, OWNER, REGION)) {
      releaseAgentUpdatesInAnHour(mock, clock, "wsi-noupdates1");

      assertThatThrownBy(
              () ->
                  owner.createUpdatedWorkspaceImage(
                      r ->
                          r.sourceImageId("wsi-noupdates1").name("too-early").description("early")))
          .isInstanceOf(
              software.amazon.awssdk.services.workspaces.model.InvalidParameterValuesException
                  .class);
      clock.advance(java.time.Duration.ofHours(1));

      assertThat(
              owner
                  .createUpdatedWorkspaceImage(
                      r -> r.sourceImageId("wsi-noupdates1").name("on-time").description("on time"))
                  .imageId())
          .startsWith("wsi-");
    }
  }

  @Test
  void a_fault_rule_for_one_source_image_throttles_only_its_update() {
    aws.mock()
        .faults()
        .add(
            dev.wsmock.fault.FaultRule.when(
                    new dev.wsmock.fault.Trigger.OperationIs(
                        Operation.CREATE_UPDATED_WORKSPACE_IMAGE),
                    new dev.wsmock.fault.Trigger.ImageIdIs("wsi-outdated01"),
                    new dev.wsmock.fault.Trigger.AttemptsUpTo(1))
                .then(dev.wsmock.fault.Effect.throttling()));

    String updated =
        aws.as(OWNER)
            .createUpdatedWorkspaceImage(
                r ->
                    r.sourceImageId("wsi-outdated01")
                        .name("outdated-updated")
                        .description("updated"))
            .imageId();

    assertThat(aws.mock().journal().calls(Operation.CREATE_UPDATED_WORKSPACE_IMAGE))
        .extracting(RecordedCall::errorCode)
        .containsExactly("ThrottlingException", null);
    assertThat(aws.mock().image(REGION, updated)).isPresent();
    assertThat(aws.mock().exportState().images())
        .filteredOn(image -> image.name().equals("outdated-updated"))
        .hasSize(1);
  }

  private static WorkSpacesMock onManualClock(ManualClock clock) {
    return WorkSpacesMock.builder()
        .clock(clock)
        .imageReadyAfter(java.time.Duration.ZERO)
        .seed(SEED)
        .start();
  }

  private static void releaseAgentUpdatesInAnHour(
      WorkSpacesMock mock, ManualClock clock, String imageId) {
    mock.releaseImageUpdates(
        REGION,
        imageId,
        ImageUpdates.available("Agent 3.0 is available"),
        clock.instant().plus(java.time.Duration.ofHours(1)));
  }
}
