package dev.wsmock;

import static dev.wsmock.MockHarness.OWNER;
import static dev.wsmock.MockHarness.RECIPIENT;
import static dev.wsmock.MockHarness.REGION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Seed files in the format of docs/seed-files.md: loading, defaults, errors that name file and path, round trips. */
class SeedFileTests {
  static final Instant NOW = Instant.parse("2026-03-01T12:00:00.456Z");

  /** One empty mock for every refused seed: a refused seed adds nothing, which each use checks. */
  static WorkSpacesMock empty;

  @BeforeAll
  static void start() {
    empty = WorkSpacesMock.builder().start();
  }

  @AfterAll
  static void stop() {
    empty.close();
  }

  private static SeedException seedError(String json) {
    SeedException error =
        catchThrowableOfType(SeedException.class, () -> empty.loadSeedJson(json, "demo-seed.json"));
    assertThat(error).as("a SeedException for %s", json).isNotNull();
    assertThat(empty.exportState().images()).as("a failed seed adds nothing").isEmpty();
    return error;
  }

  @Test
  void the_full_example_seed_loads_and_serves_every_member() {
    try (MockHarness aws = MockHarness.start(b -> b.seedResource("seeds/decisions-example.json"))) {
      WorkspaceImage golden = aws.image("wsi-golden001");

      assertThat(golden.ownerAccountId()).isEqualTo(OWNER);
      assertThat(golden.name()).isEqualTo("golden-win11");
      assertThat(golden.description()).isEqualTo("Golden image");
      assertThat(golden.created()).isEqualTo(Instant.parse("2026-01-01T00:00:00.123Z"));
      assertThat(golden.sharedAccountIds()).containsExactly(RECIPIENT);
      assertThat(golden.tags()).containsExactly(new Tag("team", "vdi"));
      assertThat(aws.as(RECIPIENT).describeWorkspaceImages(r -> {}).images()).hasSize(1);
      assertThat(aws.as(OWNER).describeWorkspaceBundles(r -> {}).bundles())
          .singleElement()
          .satisfies(b -> assertThat(b.imageId()).isEqualTo("wsi-golden001"));
      assertThat(
              aws.as(OWNER)
                  .createWorkspaceImage(
                      r -> r.workspaceId("ws-abcd12345").name("n").description("d"))
                  .ownerAccountId())
          .isEqualTo(OWNER);
      assertThat(
              aws.as(OWNER)
                  .describeCustomWorkspaceImageImport(r -> r.imageId("wsi-import0001"))
                  .errorDetails())
          .singleElement()
          .satisfies(d -> assertThat(d.errorMessage()).isEqualTo("Not licensed."));
      assertThat(
              aws.as(OWNER)
                  .describeWorkspaceDirectories(r -> r.directoryIds("d-1234567890"))
                  .directories())
          .singleElement()
          .satisfies(d -> assertThat(d.registrationCode()).isEqualTo("WSMOCK+ABCDE1234"));
    }
  }

  @Test
  void an_image_needs_only_id_owner_and_region_and_the_rest_defaults() {
    try (WorkSpacesMock mock = WorkSpacesMock.builder().clock(ManualClock.at(NOW)).start()) {
      mock.loadSeedJson(
          """
          {"Images": [{"ImageId": "wsi-minimal01", "OwnerAccountId": "111111111111", "Region": "us-east-1"}]}
          """,
          "minimal.json");

      WorkspaceImage image = mock.image(REGION, "wsi-minimal01").orElseThrow();
      assertThat(image.name()).isEqualTo("wsi-minimal01");
      assertThat(image.operatingSystem()).isEqualTo(OperatingSystemType.WINDOWS);
      assertThat(image.state()).isEqualTo(ImageState.AVAILABLE);
      assertThat(image.requiredTenancy()).isEqualTo(RequiredTenancy.DEFAULT);
      assertThat(image.created()).isEqualTo(NOW);
      assertThat(image.sharedAccountIds()).isEmpty();
    }
  }

  @Test
  void an_unknown_member_names_the_file_and_the_json_path() {
    SeedException error =
        seedError(
            """
        {"Images": [{"ImageId": "wsi-minimal01", "OwnerAccountId": "111111111111", "Region": "us-east-1",
                     "Nmae": "typo"}]}
        """);

    assertThat(error.source()).isEqualTo("demo-seed.json");
    assertThat(error.path()).isEqualTo("$.Images[0].Nmae");
    assertThat(error)
        .hasMessageStartingWith("demo-seed.json: $.Images[0].Nmae: unknown member 'Nmae'")
        .hasMessageContaining("Name");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "\"ImageId\": \"wsi-x\", \"OwnerAccountId\": \"111111111111\", \"Region\": \"us-east-1\"|$.Images[0].ImageId",
        "\"ImageId\": \"wsi-minimal01\", \"OwnerAccountId\": \"1111\", \"Region\": \"us-east-1\"|$.Images[0].OwnerAccountId",
        "\"ImageId\": \"wsi-minimal01\", \"OwnerAccountId\": \"111111111111\", \"Region\": \"US EAST\"|$.Images[0].Region",
        "\"ImageId\": \"wsi-minimal01\", \"OwnerAccountId\": \"111111111111\", \"Region\": \"us-east-1\", \"State\": \"BROKEN\"|$.Images[0].State",
        "\"ImageId\": \"wsi-minimal01\", \"OwnerAccountId\": \"111111111111\", \"Region\": \"us-east-1\", \"Created\": \"yesterday\"|$.Images[0].Created",
        "\"ImageId\": \"wsi-minimal01\", \"OwnerAccountId\": \"111111111111\", \"Region\": \"us-east-1\", \"SharedAccountIds\": [\"111111111111\"]|$.Images[0].SharedAccountIds[0]",
        "\"ImageId\": \"wsi-minimal01\", \"OwnerAccountId\": \"111111111111\", \"Region\": \"us-east-1\", \"SharedAccountIds\": \"222222222222\"|$.Images[0].SharedAccountIds",
        "\"OwnerAccountId\": \"111111111111\", \"Region\": \"us-east-1\"|$.Images[0]",
      })
  void bad_values_name_their_path(String imageMembers, String path) {
    SeedException error = seedError("{\"Images\": [{" + imageMembers + "}]}");

    assertThat(error.path()).isEqualTo(path);
    assertThat(error).hasMessageStartingWith("demo-seed.json: " + path + ": ");
  }

  @Test
  void broken_json_names_the_file() {
    SeedException error = seedError("{\"Images\": [");

    assertThat(error.source()).isEqualTo("demo-seed.json");
  }

  @Test
  void a_duplicate_image_is_refused_and_nothing_of_that_seed_is_applied() {
    SeedException error =
        seedError(
            """
        {"Images": [{"ImageId": "wsi-minimal01", "OwnerAccountId": "111111111111", "Region": "us-east-1"},
                    {"ImageId": "wsi-minimal01", "OwnerAccountId": "111111111111", "Region": "us-east-1"}]}
        """);

    assertThat(error.path()).isEqualTo("$.Images[1].ImageId");
  }

  @Test
  void exported_state_seeds_an_identical_mock_through_java_and_through_a_file(@TempDir Path dir)
      throws IOException {
    try (MockHarness aws =
        MockHarness.start(
            b -> b.clock(ManualClock.at(NOW)).seedResource("seeds/decisions-example.json"))) {
      String copy =
          aws.as(RECIPIENT)
              .copyWorkspaceImage(
                  r ->
                      r.sourceImageId("wsi-golden001")
                          .sourceRegion(REGION)
                          .name("mine")
                          .description("copied"))
              .imageId();
      aws.as(RECIPIENT).createTags(r -> r.resourceId(copy).tags(t -> t.key("k").value("v")));
      aws.as(OWNER)
          .updateWorkspaceImagePermission(
              r -> r.imageId("wsi-golden001").sharedAccountId("333333333333").allowCopyImage(true));
      aws.mock()
          .forceError(
              REGION,
              copy,
              "ImageCreationFailed",
              "boom",
              new ImageErrorDetail("InsufficientDiskSpace", "more"));
      String exported = aws.mock().exportStateJson();
      Path file = Files.writeString(dir.resolve("state.json"), exported);

      try (WorkSpacesMock fromJava =
              WorkSpacesMock.builder().seed(aws.mock().exportState()).start();
          WorkSpacesMock fromFile = WorkSpacesMock.builder().seedFile(file).start()) {
        assertThat(fromJava.exportStateJson()).isEqualTo(exported);
        assertThat(fromFile.exportStateJson()).isEqualTo(exported);
        assertThat(fromFile.images(REGION)).isEqualTo(aws.mock().images(REGION));
      }
    }
  }
}
