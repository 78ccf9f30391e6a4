package dev.wsmock;

import static dev.wsmock.AwsErrors.rejectsWithoutChange;
import static dev.wsmock.MockHarness.OWNER;
import static dev.wsmock.MockHarness.REGION;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;
import software.amazon.awssdk.services.workspaces.model.Application;
import software.amazon.awssdk.services.workspaces.model.ImportWorkspaceImageRequest;
import software.amazon.awssdk.services.workspaces.model.InvalidParameterValuesException;
import software.amazon.awssdk.services.workspaces.model.OperationNotSupportedException;
import software.amazon.awssdk.services.workspaces.model.WorkspaceImage;
import software.amazon.awssdk.services.workspaces.model.WorkspaceImageIngestionProcess;

/** ImportWorkspaceImage: BYOL imports are DEDICATED WINDOWS images; BYOP, applications and non-BYOL accounts. */
class ImportWorkspaceImageTests {
  static final String NOT_BYOL = "444444444444";
  static final Seed SEED = Seed.builder().account(NOT_BYOL, a -> a.byolEnabled(false)).build();

  @RegisterExtension static final MockHarness aws = MockHarness.perClass(SEED);

  static String importImage(
      WorkSpacesClient client, Consumer<ImportWorkspaceImageRequest.Builder> extra) {
    return client
        .importWorkspaceImage(
            r ->
                extra.accept(
                    r.ec2ImageId("ami-0123456789abcdef0")
                        .ingestionProcess(WorkspaceImageIngestionProcess.BYOL_REGULAR)
                        .imageName("imported")
                        .imageDescription("from EC2")))
        .imageId();
  }

  @Test
  void an_import_is_a_dedicated_windows_image_of_the_caller() {
    String id = importImage(aws.as(OWNER), r -> {});

    WorkspaceImage image =
        aws.as(OWNER).describeWorkspaceImages(r -> r.imageIds(id)).images().get(0);
    assertThat(image.requiredTenancyAsString()).isEqualTo("DEDICATED");
    assertThat(image.operatingSystem().typeAsString()).isEqualTo("WINDOWS");
    assertThat(image.ownerAccountId()).isEqualTo(OWNER);
    assertThat(image.name()).isEqualTo("imported");
  }

  @Test
  void rejects_byop_ingestion_with_OperationNotSupported() {
    rejectsWithoutChange(
        aws.mock(),
        () ->
            importImage(
                aws.as(OWNER),
                r -> r.ingestionProcess(WorkspaceImageIngestionProcess.BYOL_REGULAR_BYOP)),
        OperationNotSupportedException.class,
        "OperationNotSupportedException");
  }

  @Test
  void rejects_more_than_one_application_with_InvalidParameterValues() {
    rejectsWithoutChange(
        aws.mock(),
        () ->
            importImage(
                aws.as(OWNER),
                r ->
                    r.applications(
                        Application.MICROSOFT_OFFICE_2016, Application.MICROSOFT_OFFICE_2019)),
        InvalidParameterValuesException.class,
        "InvalidParameterValuesException");
  }

  @Test
  void an_import_by_an_account_not_enabled_for_byol_ends_in_error_with_details() {
    String id = importImage(aws.as(NOT_BYOL), r -> {});

    WorkspaceImage image =
        aws.as(NOT_BYOL).describeWorkspaceImages(r -> r.imageIds(id)).images().get(0);
    assertThat(image.stateAsString()).isEqualTo("ERROR");
    assertThat(image.errorCode()).isNotBlank();
    assertThat(image.errorMessage()).isNotBlank();
    assertThat(image.errorDetails())
        .extracting(d -> d.errorCodeAsString())
        .containsExactly("WorkspacesBYOLAccountNotFound");
    assertThat(aws.mock().image(REGION, id).orElseThrow().state()).isEqualTo(ImageState.ERROR);
  }
}
