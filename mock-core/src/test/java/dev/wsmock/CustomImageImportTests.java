package dev.wsmock;

import static dev.wsmock.AwsErrors.rejectsWithoutChange;
import static dev.wsmock.MockHarness.OWNER;
import static dev.wsmock.MockHarness.REGION;
import static dev.wsmock.MockHarness.STRANGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;
import software.amazon.awssdk.services.workspaces.model.CustomImageProtocol;
import software.amazon.awssdk.services.workspaces.model.CustomWorkspaceImageImportState;
import software.amazon.awssdk.services.workspaces.model.DescribeCustomWorkspaceImageImportResponse;
import software.amazon.awssdk.services.workspaces.model.ImageComputeType;
import software.amazon.awssdk.services.workspaces.model.ImportCustomWorkspaceImageRequest;
import software.amazon.awssdk.services.workspaces.model.ImportCustomWorkspaceImageResponse;
import software.amazon.awssdk.services.workspaces.model.InvalidParameterValuesException;
import software.amazon.awssdk.services.workspaces.model.OSVersion;
import software.amazon.awssdk.services.workspaces.model.OperationNotSupportedException;
import software.amazon.awssdk.services.workspaces.model.Platform;
import software.amazon.awssdk.services.workspaces.model.ResourceAlreadyExistsException;
import software.amazon.awssdk.services.workspaces.model.ResourceLimitExceededException;
import software.amazon.awssdk.services.workspaces.model.ResourceNotFoundException;
import software.amazon.awssdk.services.workspaces.model.WorkspaceImage;

/**
 * ImportCustomWorkspaceImage and DescribeCustomWorkspaceImageImport: an import walks PENDING, IN_PROGRESS, COMPLETED
 * on the mock's clock, and its image appears only when it completes; one that ends in ERROR makes no image.
 */
class CustomImageImportTests {
  static final Duration DELAY = Duration.ofMinutes(90);
  static final ManualClock CLOCK = ManualClock.at(SeedFixtures.T0);
  static final String NOT_BYOL = "444444444444";
  static final String INFRASTRUCTURE =
      "arn:aws:imagebuilder:us-east-1:" + OWNER + ":infrastructure-configuration/golden";
  static final Seed SEED =
      Seed.builder()
          .account(NOT_BYOL, a -> a.byolEnabled(false))
          .image("wsi-golden0001", OWNER, REGION, i -> i.name("taken"))
          .build();

  @RegisterExtension
  static final MockHarness aws =
      MockHarness.perClass(b -> b.seed(SEED).clock(CLOCK).imageReadyAfter(DELAY));

  static ImportCustomWorkspaceImageResponse importImage(
      WorkSpacesClient client, Consumer<ImportCustomWorkspaceImageRequest.Builder> extra) {
    return client.importCustomWorkspaceImage(
        r ->
            extra.accept(
                r.imageName("custom-win11")
                    .imageDescription("from Image Builder")
                    .computeType(ImageComputeType.BASE)
                    .protocol(CustomImageProtocol.DCV)
                    .imageSource(s -> s.ec2ImageId("ami-0123456789abcdef0"))
                    .infrastructureConfigurationArn(INFRASTRUCTURE)
                    .platform(Platform.WINDOWS)
                    .osVersion(OSVersion.WINDOWS_11)));
  }

  static DescribeCustomWorkspaceImageImportResponse described(String imageId) {
    return aws.as(OWNER).describeCustomWorkspaceImageImport(r -> r.imageId(imageId));
  }

  /**
   * {@code ProgressPercentage} as sent ({@code null}: left out), read from the raw answer: SDK v2 2.40.2's model
   * predates the member, which newer models (botocore's, so boto3's) have.
   */
  static Integer progress(String account, String imageId) {
    JsonNode answer =
        aws.raw()
            .call(
                "DescribeCustomWorkspaceImageImport",
                "{\"ImageId\": \"" + imageId + "\"}",
                account,
                REGION)
            .json();
    return answer.has("ProgressPercentage") ? answer.path("ProgressPercentage").intValue() : null;
  }

  static boolean listed(String imageId) {
    return !aws.as(OWNER).describeWorkspaceImages(r -> r.imageIds(imageId)).images().isEmpty();
  }

  @Test
  void an_import_walks_to_completed_on_the_mock_clock_and_its_image_appears_only_then() {
    Instant start = CLOCK.instant();
    ImportCustomWorkspaceImageResponse started = importImage(aws.as(OWNER), r -> {});
    String id = started.imageId();

    assertThat(id).startsWith("wsi-");
    assertThat(started.state()).isEqualTo(CustomWorkspaceImageImportState.PENDING);
    DescribeCustomWorkspaceImageImportResponse pending = described(id);
    assertThat(pending.state()).isEqualTo(CustomWorkspaceImageImportState.PENDING);
    assertThat(pending.created()).isEqualTo(start);
    assertThat(pending.lastUpdatedTime()).isEqualTo(start);
    assertThat(pending.infrastructureConfigurationArn()).isEqualTo(INFRASTRUCTURE);
    assertThat(pending.imageSource().ec2ImageId()).isEqualTo("ami-0123456789abcdef0");
    assertThat(pending.errorDetails()).isEmpty();
    assertThat(progress(OWNER, id)).isZero();
    assertThat(listed(id)).isFalse();
    assertThat(aws.mock().image(REGION, id)).isEmpty();

    CLOCK.advance(DELAY.dividedBy(3));
    DescribeCustomWorkspaceImageImportResponse inProgress = described(id);
    assertThat(inProgress.state()).isEqualTo(CustomWorkspaceImageImportState.IN_PROGRESS);
    assertThat(inProgress.created()).isEqualTo(start);
    assertThat(inProgress.lastUpdatedTime()).isEqualTo(start.plus(DELAY.dividedBy(3)));
    assertThat(progress(OWNER, id)).isZero();
    assertThat(listed(id)).isFalse();

    Duration inProgressFor = DELAY.minus(DELAY.dividedBy(3));
    CLOCK.advance(inProgressFor.dividedBy(2));
    assertThat(progress(OWNER, id)).isEqualTo(50);
    CustomImageImport halfway = aws.mock().customImageImport(REGION, id).orElseThrow();
    assertThat(halfway.state()).isEqualTo(CustomImageImportState.IN_PROGRESS);
    assertThat(halfway.progressPercentage()).isEqualTo(50);
    assertThat(halfway.ownerAccountId()).isEqualTo(OWNER);
    assertThat(aws.mock().customImageImport("eu-west-1", id)).isEmpty();
    CLOCK.advance(inProgressFor.minus(inProgressFor.dividedBy(2)).minusMillis(1));
    assertThat(described(id).state()).isEqualTo(CustomWorkspaceImageImportState.IN_PROGRESS);
    assertThat(progress(OWNER, id)).isEqualTo(99);
    assertThat(listed(id)).isFalse();

    CLOCK.advance(Duration.ofMillis(1));
    DescribeCustomWorkspaceImageImportResponse completed = described(id);
    assertThat(completed.state()).isEqualTo(CustomWorkspaceImageImportState.COMPLETED);
    assertThat(completed.lastUpdatedTime()).isEqualTo(start.plus(DELAY));
    assertThat(progress(OWNER, id)).isEqualTo(100);
    WorkspaceImage image =
        aws.as(OWNER).describeWorkspaceImages(r -> r.imageIds(id)).images().get(0);
    assertThat(image.stateAsString()).isEqualTo("AVAILABLE");
    assertThat(image.name()).isEqualTo("custom-win11");
    assertThat(image.description()).isEqualTo("from Image Builder");
    assertThat(image.operatingSystem().typeAsString()).isEqualTo("WINDOWS");
    assertThat(image.ownerAccountId()).isEqualTo(OWNER);
    assertThat(image.created()).isEqualTo(start.plus(DELAY));
  }

  @Test
  void an_import_that_ends_first_leaves_a_later_one_walking() {
    String first = importImage(aws.as(OWNER), r -> r.imageName("first-win11")).imageId();
    CLOCK.advance(DELAY.dividedBy(2));
    String second = importImage(aws.as(OWNER), r -> r.imageName("second-win11")).imageId();

    CLOCK.advance(DELAY.dividedBy(2));

    assertThat(described(first).state()).isEqualTo(CustomWorkspaceImageImportState.COMPLETED);
    assertThat(listed(first)).isTrue();
    assertThat(described(second).state()).isEqualTo(CustomWorkspaceImageImportState.IN_PROGRESS);
    assertThat(listed(second)).isFalse();
    CLOCK.advance(DELAY.dividedBy(2));
    assertThat(listed(second)).isTrue();
  }

  @Test
  void the_image_of_a_completed_import_carries_the_requested_tags() {
    String id = importImage(aws.as(OWNER), r -> r.tags(t -> t.key("team").value("vdi"))).imageId();

    CLOCK.advance(DELAY);

    assertThat(aws.as(OWNER).describeTags(r -> r.resourceId(id)).tagList())
        .extracting(t -> t.key() + "=" + t.value())
        .containsExactly("team=vdi");
  }

  @Test
  void with_a_zero_delay_an_import_is_completed_at_once_with_its_image() {
    try (MockHarness instant = MockHarness.start(SEED)) {
      ImportCustomWorkspaceImageResponse started = importImage(instant.as(OWNER), r -> {});

      assertThat(started.state()).isEqualTo(CustomWorkspaceImageImportState.COMPLETED);
      assertThat(
              instant
                  .as(OWNER)
                  .describeWorkspaceImages(r -> r.imageIds(started.imageId()))
                  .images())
          .singleElement()
          .satisfies(i -> assertThat(i.stateAsString()).isEqualTo("AVAILABLE"));
    }
  }

  @Test
  void an_import_by_an_account_not_enabled_for_byol_ends_in_error_with_details_and_no_image() {
    WorkSpacesClient notByol = aws.as(NOT_BYOL);
    String id =
        importImage(
                notByol,
                r ->
                    r.infrastructureConfigurationArn(
                        "arn:aws:imagebuilder:us-east-1:"
                            + NOT_BYOL
                            + ":infrastructure-configuration/golden"))
            .imageId();

    CLOCK.advance(DELAY);
    DescribeCustomWorkspaceImageImportResponse failed =
        notByol.describeCustomWorkspaceImageImport(r -> r.imageId(id));
    assertThat(failed.state()).isEqualTo(CustomWorkspaceImageImportState.ERROR);
    assertThat(failed.errorDetails())
        .singleElement()
        .satisfies(d -> assertThat(d.errorCode()).isEqualTo("WorkspacesBYOLAccountNotFound"));
    assertThat(progress(NOT_BYOL, id)).isNull();
    assertThat(notByol.describeWorkspaceImages(r -> r.imageIds(id)).images()).isEmpty();
    assertThat(aws.mock().image(REGION, id)).isEmpty();
  }

  @Test
  void another_account_cannot_describe_the_import() {
    String id = importImage(aws.as(OWNER), r -> {}).imageId();

    rejectsWithoutChange(
        aws.mock(),
        () -> aws.as(STRANGER).describeCustomWorkspaceImageImport(r -> r.imageId(id)),
        ResourceNotFoundException.class,
        "ResourceNotFoundException");
  }

  @Test
  void the_owner_cannot_describe_the_import_from_another_region() {
    String id = importImage(aws.as(OWNER), r -> {}).imageId();

    rejectsWithoutChange(
        aws.mock(),
        () ->
            aws.as(OWNER, MockHarness.OTHER_REGION)
                .describeCustomWorkspaceImageImport(r -> r.imageId(id)),
        ResourceNotFoundException.class,
        "ResourceNotFoundException");
  }

  @Test
  void an_unknown_import_id_is_ResourceNotFound() {
    rejectsWithoutChange(
        aws.mock(),
        () -> described("wsi-golden0001"),
        ResourceNotFoundException.class,
        "ResourceNotFoundException");
  }

  @Test
  void an_image_imported_another_way_has_no_custom_import_to_describe() {
    String id =
        aws.as(OWNER)
            .importWorkspaceImage(
                r ->
                    r.ec2ImageId("ami-0123456789abcdef0")
                        .ingestionProcess("BYOL_REGULAR")
                        .imageName("plain-import")
                        .imageDescription("from EC2"))
            .imageId();

    rejectsWithoutChange(
        aws.mock(),
        () -> described(id),
        ResourceNotFoundException.class,
        "ResourceNotFoundException");
  }

  @Test
  void rejects_an_image_source_with_two_members_with_InvalidParameterValues() {
    rejectsWithoutChange(
        aws.mock(),
        () ->
            importImage(
                aws.as(OWNER),
                r ->
                    r.imageSource(
                        s ->
                            s.ec2ImageId("ami-0123456789abcdef0")
                                .ec2ImportTaskId("import-ami-0123456789abcdef0"))),
        InvalidParameterValuesException.class,
        "InvalidParameterValuesException");
  }

  @Test
  void rejects_the_byop_protocol_unless_allow_listed_with_OperationNotSupported() {
    rejectsWithoutChange(
        aws.mock(),
        () -> importImage(aws.as(OWNER), r -> r.protocol(CustomImageProtocol.BYOP)),
        OperationNotSupportedException.class,
        "OperationNotSupportedException");
  }

  @Test
  void the_byop_protocol_is_accepted_when_allow_listed() {
    try (MockHarness listed =
        MockHarness.start(
            b -> b.seed(SEED).behaviour(MockBehaviour.defaults().withByopAllowListed(true)))) {
      assertThat(importImage(listed.as(OWNER), r -> r.protocol(CustomImageProtocol.BYOP)).state())
          .isEqualTo(CustomWorkspaceImageImportState.COMPLETED);
    }
  }

  @Test
  void rejects_pcoip_on_windows_11_with_InvalidParameterValues() {
    rejectsWithoutChange(
        aws.mock(),
        () -> importImage(aws.as(OWNER), r -> r.protocol(CustomImageProtocol.PCOIP)),
        InvalidParameterValuesException.class,
        "InvalidParameterValuesException");
  }

  @Test
  void pcoip_is_accepted_on_windows_10() {
    assertThat(
            importImage(
                    aws.as(OWNER),
                    r -> r.protocol(CustomImageProtocol.PCOIP).osVersion(OSVersion.WINDOWS_10))
                .state())
        .isEqualTo(CustomWorkspaceImageImportState.PENDING);
  }

  @Test
  void rejects_another_accounts_infrastructure_configuration_with_ResourceNotFound() {
    rejectsWithoutChange(
        aws.mock(),
        () -> importImage(aws.as(STRANGER), r -> r.infrastructureConfigurationArn(INFRASTRUCTURE)),
        ResourceNotFoundException.class,
        "ResourceNotFoundException");
  }

  @Test
  void rejects_an_infrastructure_configuration_of_another_region_with_ResourceNotFound() {
    rejectsWithoutChange(
        aws.mock(),
        () ->
            importImage(
                aws.as(OWNER),
                r ->
                    r.infrastructureConfigurationArn(
                        "arn:aws:imagebuilder:eu-west-1:"
                            + OWNER
                            + ":infrastructure-configuration/golden")),
        ResourceNotFoundException.class,
        "ResourceNotFoundException");
  }

  @Test
  void rejects_the_name_of_an_owned_image_with_ResourceAlreadyExists() {
    rejectsWithoutChange(
        aws.mock(),
        () -> importImage(aws.as(OWNER), r -> r.imageName("taken")),
        ResourceAlreadyExistsException.class,
        "ResourceAlreadyExistsException");
  }

  @Test
  void an_import_in_flight_holds_its_name_against_other_new_images() {
    importImage(aws.as(OWNER), r -> {});

    rejectsWithoutChange(
        aws.mock(),
        () ->
            aws.as(OWNER)
                .copyWorkspaceImage(
                    r ->
                        r.sourceImageId("wsi-golden0001")
                            .sourceRegion(REGION)
                            .name("custom-win11")),
        ResourceAlreadyExistsException.class,
        "ResourceAlreadyExistsException");
  }

  @Test
  void rejects_an_import_beyond_the_image_quota_with_ResourceLimitExceeded() {
    try (MockHarness small =
        MockHarness.start(
            b ->
                b.seed(SEED)
                    .clock(CLOCK)
                    .imageReadyAfter(DELAY)
                    .behaviour(MockBehaviour.defaults().withImageQuotaPerRegion(2)))) {
      importImage(small.as(OWNER), r -> {});

      rejectsWithoutChange(
          small.mock(),
          () -> importImage(small.as(OWNER), r -> r.imageName("second")),
          ResourceLimitExceededException.class,
          "ResourceLimitExceededException");
    }
  }

  @Test
  void rejects_a_reserved_tag_key_with_InvalidParameterValues() {
    rejectsWithoutChange(
        aws.mock(),
        () -> importImage(aws.as(OWNER), r -> r.tags(t -> t.key("aws:team").value("vdi"))),
        InvalidParameterValuesException.class,
        "InvalidParameterValuesException");
  }

  // ---- seeds ----

  @Test
  void a_seeded_import_with_error_details_walks_to_error_and_makes_no_image() {
    aws.mock()
        .seed(
            Seed.builder()
                .customImageImport(
                    "wsi-seeded0001",
                    OWNER,
                    REGION,
                    c ->
                        c.imageName("doomed")
                            .error(new ImageErrorDetail("ImageValidationFailed", "No licence.")))
                .build());

    assertThat(described("wsi-seeded0001").state())
        .isEqualTo(CustomWorkspaceImageImportState.PENDING);
    assertThat(described("wsi-seeded0001").errorDetails()).isEmpty();
    CLOCK.advance(DELAY.dividedBy(3));
    assertThat(described("wsi-seeded0001").state())
        .isEqualTo(CustomWorkspaceImageImportState.IN_PROGRESS);

    CLOCK.advance(DELAY);
    DescribeCustomWorkspaceImageImportResponse failed = described("wsi-seeded0001");
    assertThat(failed.state()).isEqualTo(CustomWorkspaceImageImportState.ERROR);
    assertThat(failed.errorDetails())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.errorCode()).isEqualTo("ImageValidationFailed");
              assertThat(d.errorMessage()).isEqualTo("No licence.");
            });
    assertThat(listed("wsi-seeded0001")).isFalse();
    // The failed import freed its name.
    assertThat(importImage(aws.as(OWNER), r -> r.imageName("doomed")).imageId()).isNotBlank();
  }

  @Test
  void a_seeded_import_in_flight_completes_with_its_image() {
    aws.mock()
        .loadSeedJson(
            """
            {"CustomImageImports": [{"ImageId": "wsi-seeded0002", "OwnerAccountId": "111111111111",
              "Region": "us-east-1", "ImageName": "golden-custom", "ImageDescription": "seeded import",
              "InfrastructureConfigurationArn": "%s", "ImageSource": {"Ec2ImportTaskId": "import-ami-0123456789abcdef0"},
              "State": "IN_PROGRESS", "Tags": [{"Key": "team", "Value": "vdi"}]}]}
            """
                .formatted(INFRASTRUCTURE),
            "seed.json");

    assertThat(described("wsi-seeded0002").state())
        .isEqualTo(CustomWorkspaceImageImportState.IN_PROGRESS);
    assertThat(described("wsi-seeded0002").imageSource().ec2ImportTaskId())
        .isEqualTo("import-ami-0123456789abcdef0");
    assertThat(listed("wsi-seeded0002")).isFalse();

    CLOCK.advance(DELAY);
    assertThat(described("wsi-seeded0002").state())
        .isEqualTo(CustomWorkspaceImageImportState.COMPLETED);
    assertThat(aws.image("wsi-seeded0002").name()).isEqualTo("golden-custom");
    assertThat(aws.image("wsi-seeded0002").tags()).containsExactly(new Tag("team", "vdi"));
  }

  @Test
  void a_seeded_error_import_stays_in_error() {
    aws.mock()
        .seed(
            Seed.builder()
                .customImageImport(
                    "wsi-seeded0003",
                    OWNER,
                    REGION,
                    c ->
                        c.state(CustomImageImportState.ERROR)
                            .error(new ImageErrorDetail("ImageValidationFailed", "No licence.")))
                .build());

    CLOCK.advance(DELAY);
    assertThat(described("wsi-seeded0003").state())
        .isEqualTo(CustomWorkspaceImageImportState.ERROR);
    assertThat(described("wsi-seeded0003").errorDetails()).hasSize(1);
    assertThat(listed("wsi-seeded0003")).isFalse();
  }

  @Test
  void an_export_seeds_a_mock_that_describes_the_same_imports() {
    String completed = importImage(aws.as(OWNER), r -> r.imageName("completed")).imageId();
    String failed =
        importImage(
                aws.as(NOT_BYOL),
                r ->
                    r.imageName("failed")
                        .infrastructureConfigurationArn(
                            "arn:aws:imagebuilder:us-east-1:"
                                + NOT_BYOL
                                + ":infrastructure-configuration/golden"))
            .imageId();
    CLOCK.advance(DELAY);
    String inFlight = importImage(aws.as(OWNER), r -> r.imageName("in-flight")).imageId();
    CLOCK.advance(DELAY.dividedBy(3));
    String export = aws.mock().exportStateJson();

    try (MockHarness copy = MockHarness.start(b -> b.clock(CLOCK).imageReadyAfter(DELAY))) {
      copy.mock().loadSeedJson(export, "export.json");

      assertThat(copy.mock().exportStateJson()).isEqualTo(export);
      for (String id : new String[] {completed, inFlight}) {
        assertThat(copy.as(OWNER).describeCustomWorkspaceImageImport(r -> r.imageId(id)))
            .hasToString(described(id).toString());
      }
      assertThat(copy.as(NOT_BYOL).describeCustomWorkspaceImageImport(r -> r.imageId(failed)))
          .hasToString(
              aws.as(NOT_BYOL)
                  .describeCustomWorkspaceImageImport(r -> r.imageId(failed))
                  .toString());
      assertThat(copy.image(completed).name()).isEqualTo("completed");
    }
  }

  @Test
  void a_seeded_import_in_flight_cannot_take_the_name_of_an_owned_image() {
    String before = aws.mock().exportStateJson();

    SeedException error =
        catchThrowableOfType(
            SeedException.class,
            () ->
                aws.mock()
                    .seed(
                        Seed.builder()
                            .customImageImport(
                                "wsi-seeded0004", OWNER, REGION, c -> c.imageName("taken"))
                            .build()));

    assertThat(error.path()).isEqualTo("$.CustomImageImports[0].ImageName");
    assertThat(aws.mock().exportStateJson()).isEqualTo(before);
  }

  @Test
  void a_seeded_import_in_flight_cannot_take_the_id_of_an_image() {
    SeedException error =
        catchThrowableOfType(
            SeedException.class,
            () ->
                aws.mock()
                    .seed(
                        Seed.builder()
                            .customImageImport(
                                "wsi-golden0001", OWNER, REGION, c -> c.imageName("fresh"))
                            .build()));

    assertThat(error.path()).isEqualTo("$.CustomImageImports[0].ImageId");
  }

  @Test
  void a_seeded_completed_import_may_share_the_id_of_its_image() {
    aws.mock()
        .seed(
            Seed.builder()
                .customImageImport(
                    "wsi-golden0001",
                    OWNER,
                    REGION,
                    c -> c.imageName("taken").state(CustomImageImportState.COMPLETED))
                .build());

    assertThat(described("wsi-golden0001").state())
        .isEqualTo(CustomWorkspaceImageImportState.COMPLETED);
  }

  @Test
  void a_seeded_import_is_checked_against_the_contract_at_its_own_member() {
    SeedException error =
        catchThrowableOfType(
            SeedException.class,
            () ->
                aws.mock()
                    .seed(
                        Seed.builder()
                            .customImageImport(
                                "wsi-seeded0005",
                                OWNER,
                                REGION,
                                c -> c.infrastructureConfigurationArn("not-an-arn"))
                            .build()));

    assertThat(error.path()).isEqualTo("$.CustomImageImports[0].InfrastructureConfigurationArn");
  }
}
