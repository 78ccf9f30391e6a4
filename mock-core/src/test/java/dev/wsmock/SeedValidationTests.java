package dev.wsmock;

import static dev.wsmock.MockHarness.OWNER;
import static dev.wsmock.MockHarness.REGION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;
import software.amazon.awssdk.services.workspaces.model.ImageType;
import software.amazon.awssdk.services.workspaces.model.ResourceAlreadyExistsException;

/**
 * Seeds are checked with the API's own rules (one name per account and region, quotas, tags per resource, global ids,
 * region names, access keys), whether they come from a file, JSON or Java; a refused seed names the member and adds
 * nothing. Errors never quote the file.
 */
class SeedValidationTests {
  private final WorkSpacesMock mock = WorkSpacesMock.builder().start();

  @AfterEach
  void close() {
    mock.close();
  }

  private SeedException refused(String json) {
    String before = mock.exportStateJson();
    SeedException error =
        catchThrowableOfType(SeedException.class, () -> mock.loadSeedJson(json, "seed.json"));
    assertThat(error).as("a SeedException for %s", json).isNotNull();
    assertThat(mock.exportStateJson()).as("a refused seed adds nothing").isEqualTo(before);
    return error;
  }

  private static String image(String id, String extra) {
    return "{\"ImageId\": \""
        + id
        + "\", \"OwnerAccountId\": \"111111111111\", \"Region\": \"us-east-1\""
        + extra
        + "}";
  }

  private static String images(String... images) {
    return "{\"Images\": [" + String.join(", ", images) + "]}";
  }

  @Test
  void two_images_with_one_name_for_one_owner_are_refused() {
    SeedException error =
        refused(
            images(
                image("wsi-golden0001", ", \"Name\": \"golden\""),
                image("wsi-golden0002", ", \"Name\": \"golden\"")));
    assertThat(error.path()).isEqualTo("$.Images[1].Name");
    assertThat(error).hasMessageContaining("already has an image named 'golden'");
  }

  @Test
  void an_image_named_like_one_already_in_the_state_is_refused_and_a_copy_cannot_duplicate_it() {
    mock.loadSeedJson(images(image("wsi-golden0001", ", \"Name\": \"golden\"")), "first.json");
    assertThat(refused(images(image("wsi-golden0002", ", \"Name\": \"golden\""))).path())
        .isEqualTo("$.Images[0].Name");
    try (WorkSpacesClient owner = SdkClients.forAccount(mock, OWNER)) {
      AwsErrors.rejects(
          () ->
              owner.copyWorkspaceImage(
                  r -> r.name("golden").sourceImageId("wsi-golden0001").sourceRegion(REGION)),
          ResourceAlreadyExistsException.class,
          "ResourceAlreadyExistsException");
      assertThat(owner.describeWorkspaceImages(r -> r.imageType(ImageType.OWNED)).images())
          .extracting(i -> i.name())
          .containsExactly("golden");
    }
  }

  @Test
  void more_images_than_the_quota_are_refused() {
    String forty =
        IntStream.range(0, 41)
            .mapToObj(n -> image(String.format("wsi-quota%05d", n), ""))
            .collect(Collectors.joining(", "));
    SeedException error = refused("{\"Images\": [" + forty + "]}");
    assertThat(error.path()).isEqualTo("$.Images[40].ImageId");
    assertThat(error).hasMessageContaining("already owns 40 images in us-east-1");
  }

  @Test
  void the_quota_counts_the_images_already_there_and_follows_the_switch() {
    try (WorkSpacesMock small =
        WorkSpacesMock.builder()
            .behaviour(MockBehaviour.defaults().withImageQuotaPerRegion(1))
            .start()) {
      small.loadSeedJson(images(image("wsi-quota00001", "")), "first.json");
      SeedException error =
          catchThrowableOfType(
              SeedException.class,
              () -> small.loadSeedJson(images(image("wsi-quota00002", "")), "second.json"));
      assertThat(error).isNotNull().hasMessageContaining("already owns 1 images");
    }
  }

  @Test
  void more_tags_than_the_limit_are_refused_and_aws_keys_are_reserved() {
    String tags =
        IntStream.range(0, 51)
            .mapToObj(n -> "{\"Key\": \"k" + n + "\", \"Value\": \"v\"}")
            .collect(Collectors.joining(", "));
    assertThat(refused(images(image("wsi-golden0001", ", \"Tags\": [" + tags + "]"))).path())
        .isEqualTo("$.Images[0].Tags");
    assertThat(
            refused(
                    images(
                        image(
                            "wsi-golden0001",
                            ", \"Tags\": [{\"Key\": \"team\"}, {\"Key\": \"aws:owner\"}]")))
                .path())
        .isEqualTo("$.Images[0].Tags[1].Key");
  }

  @Test
  void a_tag_the_api_could_not_set_is_refused() {
    assertThat(
            refused(
                    images(
                        image(
                            "wsi-golden0001",
                            ", \"Tags\": [{\"Key\": \"" + "k".repeat(128) + "\"}]")))
                .path())
        .isEqualTo("$.Images[0].Tags[0].Key");
  }

  @Test
  void more_bundles_than_the_quota_and_two_bundle_names_are_refused() {
    String bundles =
        IntStream.range(0, 51)
            .mapToObj(
                n ->
                    String.format(
                        "{\"BundleId\": \"wsb-quota%04d\", \"OwnerAccountId\": \"111111111111\","
                            + " \"Region\": \"us-east-1\"}",
                        n))
            .collect(Collectors.joining(", "));
    assertThat(refused("{\"Bundles\": [" + bundles + "]}").path())
        .isEqualTo("$.Bundles[50].BundleId");
    assertThat(
            refused(
                    "{\"Bundles\": [{\"BundleId\": \"wsb-named0001\", \"OwnerAccountId\": \"111111111111\","
                        + " \"Region\": \"us-east-1\", \"Name\": \"b\"}, {\"BundleId\": \"wsb-named0002\","
                        + " \"OwnerAccountId\": \"111111111111\", \"Region\": \"us-east-1\", \"Name\": \"b\"}]}")
                .path())
        .isEqualTo("$.Bundles[1].Name");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e17", "1e300", "-1e18", "-1", "253402300800"})
  void a_created_time_outside_1970_to_9999_is_refused_not_wrapped(String created) {
    SeedException error = refused(images(image("wsi-golden0001", ", \"Created\": " + created)));
    assertThat(error.path()).isEqualTo("$.Images[0].Created");
  }

  @Test
  void a_created_time_outside_1970_to_9999_is_refused_from_java_too() {
    SeedException error =
        catchThrowableOfType(
            SeedException.class,
            () ->
                mock.seed(
                    Seed.builder()
                        .image("wsi-golden0001", OWNER, REGION, i -> i.created(Instant.MIN))
                        .build()));
    assertThat(error).isNotNull();
    assertThat(error.path()).isEqualTo("$.Images[0].Created");
  }

  @Test
  void a_12_digit_access_key_cannot_select_another_account() {
    SeedException error =
        refused(
            "{\"Accounts\": [{\"AccountId\": \"222222222222\", \"AccessKeyIds\": [\"111111111111\"]}]}");
    assertThat(error.path()).isEqualTo("$.Accounts[0].AccessKeyIds[0]");
  }

  @Test
  void an_access_key_selects_one_account_only() {
    assertThat(
            refused(
                    "{\"Accounts\": [{\"AccountId\": \"111111111111\", \"AccessKeyIds\": [\"AKIASHARED0000000001\"]},"
                        + " {\"AccountId\": \"222222222222\", \"AccessKeyIds\": [\"AKIASHARED0000000001\"]}]}")
                .path())
        .isEqualTo("$.Accounts[1].AccessKeyIds[0]");
    mock.loadSeedJson(
        "{\"Accounts\": [{\"AccountId\": \"111111111111\", \"AccessKeyIds\": [\"AKIASHARED0000000001\"]}]}",
        "first.json");
    assertThat(
            refused(
                    "{\"Accounts\": [{\"AccountId\": \"222222222222\", \"AccessKeyIds\": [\"AKIASHARED0000000001\"]}]}")
                .path())
        .isEqualTo("$.Accounts[0].AccessKeyIds[0]");
  }

  @ParameterizedTest
  @ValueSource(strings = {"AKIA/SLASH", "AKIA,COMMA", "AKIA SPACE", "", "AKIA\\n"})
  void an_access_key_no_credential_scope_can_carry_is_refused(String key) {
    assertThat(
            refused(
                    "{\"Accounts\": [{\"AccountId\": \"111111111111\", \"AccessKeyIds\": [\""
                        + key
                        + "\"]}]}")
                .path())
        .isEqualTo("$.Accounts[0].AccessKeyIds[0]");
  }

  @Test
  void a_duplicate_workspace_id_is_refused_in_any_region() {
    assertThat(
            refused(
                    "{\"Workspaces\": [{\"WorkspaceId\": \"ws-golden001\", \"OwnerAccountId\": \"111111111111\","
                        + " \"Region\": \"us-east-1\"}, {\"WorkspaceId\": \"ws-golden001\", \"OwnerAccountId\":"
                        + " \"111111111111\", \"Region\": \"eu-west-1\"}]}")
                .path())
        .isEqualTo("$.Workspaces[1].WorkspaceId");
  }

  @Test
  void one_image_id_in_two_regions_is_refused() {
    mock.loadSeedJson(images(image("wsi-golden0001", "")), "first.json");
    SeedException error =
        refused(
            "{\"Images\": [{\"ImageId\": \"wsi-golden0001\", \"OwnerAccountId\": \"111111111111\","
                + " \"Region\": \"eu-west-1\"}]}");
    assertThat(error.path()).isEqualTo("$.Images[0].ImageId");
    assertThat(error).hasMessageContaining("already defined in us-east-1");
  }

  @ParameterizedTest
  @ValueSource(strings = {"-", "zz-fake-9", "local"})
  void a_region_no_partition_has_is_refused_unless_declared(String region) {
    String json =
        "{\"Images\": [{\"ImageId\": \"wsi-golden0001\", \"OwnerAccountId\": \"111111111111\","
            + " \"Region\": \""
            + region
            + "\"}]}";
    assertThat(refused(json).path()).isEqualTo("$.Images[0].Region");
    if (region.equals("local")) {
      try (WorkSpacesMock declared = WorkSpacesMock.builder().extraRegions("local").start()) {
        declared.loadSeedJson(json, "seed.json");
        assertThat(declared.image("local", "wsi-golden0001")).isPresent();
      }
    }
  }

  @Test
  void names_and_descriptions_with_a_trailing_line_break_are_refused() {
    assertThat(refused(images(image("wsi-golden0001", ", \"Name\": \"golden\\n\""))).path())
        .isEqualTo("$.Images[0].Name");
    assertThat(
            refused(images(image("wsi-golden0001", ", \"Description\": \"the golden image\\n\"")))
                .path())
        .isEqualTo("$.Images[0].Description");
    assertThat(
            refused(
                    images(
                        image("wsi-golden0001", ", \"SharedAccountIds\": [\"222222222222\\n\"]")))
                .path())
        .isEqualTo("$.Images[0].SharedAccountIds[0]");
  }

  // ---- row 15: no error quotes the file ----

  @Test
  void a_file_that_is_not_json_is_refused_without_quoting_it(@TempDir Path dir) throws IOException {
    Path shadow = dir.resolve("shadow");
    Files.writeString(
        shadow,
        "root:$6$secrethash:19000:0:99999:7:::\nwsmock:$6$otherhash:19000:0:99999:7:::\n",
        StandardCharsets.UTF_8);

    SeedException error = catchThrowableOfType(SeedException.class, () -> mock.loadSeed(shadow));

    assertThat(error).isNotNull();
    assertThat(error.getMessage())
        .contains("line 1, column")
        .contains("not valid JSON")
        .doesNotContain("root")
        .doesNotContain("secrethash");
  }

  @Test
  void json_of_the_wrong_shape_is_refused_without_quoting_its_values() {
    for (String json :
        List.of(
            "\"root:x:0:0:root\"",
            "[\"root:x:0:0:root\"]",
            "{\"Images\": \"root:x:0:0:root\"}",
            "{\"Images\": [{\"ImageId\": \"wsi-golden0001\", \"OwnerAccountId\": \"111111111111\","
                + " \"Region\": \"us-east-1\", \"State\": \"root:x:0:0:root\"}]}",
            "{\"Images\": [{\"ImageId\": \"wsi-golden0001\", \"OwnerAccountId\": \"111111111111\","
                + " \"Region\": \"us-east-1\", \"Created\": \"root:x:0:0:root\"}]}",
            "{\"DefaultAccountId\": {\"root\": \"x:0:0:root\"}}")) {
      SeedException error = refused(json);
      assertThat(error.getMessage()).as(json).doesNotContain("root");
    }
  }
}
