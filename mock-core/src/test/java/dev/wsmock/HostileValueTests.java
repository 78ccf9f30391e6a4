package dev.wsmock;

import static dev.wsmock.AwsErrors.rejectsWithoutChange;
import static dev.wsmock.MockHarness.OWNER;
import static dev.wsmock.MockHarness.RECIPIENT;
import static dev.wsmock.MockHarness.REGION;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.workspaces.model.ValidationException;

/**
 * Values inside well-typed requests that the contract check must refuse as Coral does: JSON nulls inside lists
 * (once a 500 from a handler's NullPointerException) and values whose only fault is a trailing line break (once
 * accepted, because Java's {@code $} matches before a final {@code \n}).
 */
class HostileValueTests {
  static final Seed SEED =
      Seed.builder()
          .image("wsi-golden0001", OWNER, REGION, i -> i.name("golden"))
          .workspace("ws-golden001", OWNER, REGION)
          .bundle("wsb-golden001", OWNER, REGION, "wsi-golden0001")
          .build();

  @RegisterExtension static final MockHarness aws = MockHarness.perClass(SEED);

  static Stream<Arguments> requests_with_a_null_list_element() {
    return Stream.of(
        Arguments.of("DescribeWorkspaceImages", "{\"ImageIds\":[null]}", "imageIds"),
        Arguments.of("DescribeWorkspaceBundles", "{\"BundleIds\":[null]}", "bundleIds"),
        Arguments.of("CreateTags", "{\"ResourceId\":\"wsi-golden0001\",\"Tags\":[null]}", "tags"),
        Arguments.of(
            "DeleteTags", "{\"ResourceId\":\"wsi-golden0001\",\"TagKeys\":[null]}", "tagKeys"),
        Arguments.of(
            "CopyWorkspaceImage",
            "{\"Name\":\"copy\",\"SourceImageId\":\"wsi-golden0001\",\"SourceRegion\":\"us-east-1\","
                + "\"Tags\":[null]}",
            "tags"),
        Arguments.of(
            "CreateWorkspaceImage",
            "{\"Name\":\"fromws\",\"Description\":\"d\",\"WorkspaceId\":\"ws-golden001\",\"Tags\":[null]}",
            "tags"),
        Arguments.of(
            "ImportWorkspaceImage",
            "{\"Ec2ImageId\":\"ami-0123456789abcdef0\",\"IngestionProcess\":\"BYOL_REGULAR\","
                + "\"ImageName\":\"imported\",\"ImageDescription\":\"d\",\"Tags\":[null]}",
            "tags"),
        Arguments.of(
            "ImportWorkspaceImage",
            "{\"Ec2ImageId\":\"ami-0123456789abcdef0\",\"IngestionProcess\":\"BYOL_REGULAR\","
                + "\"ImageName\":\"imported\",\"ImageDescription\":\"d\",\"Applications\":[null]}",
            "applications"),
        Arguments.of(
            "CreateWorkspaceBundle",
            "{\"BundleName\":\"b\",\"BundleDescription\":\"d\",\"ImageId\":\"wsi-golden0001\","
                + "\"ComputeType\":{\"Name\":\"STANDARD\"},\"UserStorage\":{\"Capacity\":\"50\"},"
                + "\"Tags\":[null]}",
            "tags"));
  }

  @ParameterizedTest(name = "{0} with {2} [null]")
  @MethodSource
  void requests_with_a_null_list_element(String operation, String body, String member) {
    String before = aws.mock().exportStateJson();

    RawRequests.Answer answer = aws.raw().call(operation, body, OWNER, REGION).isAwsError();

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.errorCode()).isEqualTo("ValidationException");
    assertThat(answer.json().path("message").asText())
        .startsWith("1 validation error detected: Value '[")
        .endsWith(
            "]' at '"
                + member
                + "' failed to satisfy constraint: Member must satisfy constraint: [Member must not be"
                + " null]");
    assertThat(aws.mock().exportStateJson()).as("state after the refusal").isEqualTo(before);
  }

  /** {@code call} fails with {@code ValidationException} and changes nothing. */
  @Test
  void a_prefixed_credential_parameter_selects_no_account() {
    // Once XCredential= was read as Credential= and the call was served as account 111111111111.
    RawRequests.Answer answer =
        aws.raw()
            .post(
                "{}".getBytes(StandardCharsets.UTF_8),
                Map.of(
                    "Content-Type",
                    RawRequests.CONTENT_TYPE,
                    "X-Amz-Target",
                    Operation.TARGET_PREFIX + "DescribeWorkspaceImages",
                    "Authorization",
                    RawRequests.authorization(OWNER, REGION)
                        .replace("Credential=", "XCredential=")))
            .isAwsError();

    assertThat(answer.errorCode()).isEqualTo("IncompleteSignatureException");
    assertThat(answer.json().path("message").asText())
        .startsWith("Authorization header requires 'Credential' parameter.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"-", "zz-fake-9", "us-east"})
  void a_region_no_aws_partition_has_gets_no_image(String region) {
    // Once any 1 to 31 of [-0-9a-z] was a region, and images were made in regions '-' or
    // 'zz-fake-9'.
    RawRequests.Answer answer =
        aws.raw()
            .call(
                "CopyWorkspaceImage",
                "{\"Name\":\"copy\",\"SourceImageId\":\"wsi-golden0001\",\"SourceRegion\":\"us-east-1\"}",
                OWNER,
                region)
            .isAwsError();

    assertThat(answer.errorCode()).isEqualTo("InvalidSignatureException");
    assertThat(answer.json().path("message").asText())
        .startsWith("Credential should be scoped to a valid region");
    assertThat(aws.mock().exportState().images()).hasSize(1);
  }

  private static void refusedAsMalformed(ThrowingCallable call) {
    rejectsWithoutChange(aws.mock(), call, ValidationException.class, "ValidationException");
  }

  @Test
  void a_shared_account_id_with_a_trailing_line_break_creates_no_phantom_grant() {
    refusedAsMalformed(
        () ->
            aws.as(OWNER)
                .updateWorkspaceImagePermission(
                    r ->
                        r.imageId("wsi-golden0001")
                            .sharedAccountId(RECIPIENT + "\n")
                            .allowCopyImage(true)));
    assertThat(aws.image("wsi-golden0001").sharedAccountIds()).isEmpty();
    // The state stays loadable: a phantom grant once made the exported state fail to load.
    try (WorkSpacesMock copy =
        WorkSpacesMock.builder()
            .seed(Seed.fromJson(aws.mock().exportStateJson().getBytes(), "export"))
            .start()) {
      assertThat(copy.image(REGION, "wsi-golden0001")).isPresent();
    }
  }

  @Test
  void a_self_share_disguised_by_a_trailing_line_break_is_refused_as_malformed() {
    refusedAsMalformed(
        () ->
            aws.as(OWNER)
                .updateWorkspaceImagePermission(
                    r ->
                        r.imageId("wsi-golden0001")
                            .sharedAccountId(OWNER + "\n")
                            .allowCopyImage(true)));
  }

  @Test
  void names_ami_ids_and_descriptions_with_a_trailing_line_break_are_refused() {
    refusedAsMalformed(
        () ->
            aws.as(OWNER)
                .copyWorkspaceImage(
                    r -> r.name("copy\n").sourceImageId("wsi-golden0001").sourceRegion(REGION)));
    refusedAsMalformed(
        () ->
            aws.as(OWNER)
                .importWorkspaceImage(
                    r ->
                        r.ec2ImageId("ami-0123456789abcdef0\n")
                            .ingestionProcess("BYOL_REGULAR")
                            .imageName("imported")
                            .imageDescription("d")));
    refusedAsMalformed(
        () ->
            aws.as(OWNER)
                .createWorkspaceImage(
                    r ->
                        r.name("fromws")
                            .description("the golden image\n")
                            .workspaceId("ws-golden001")));
    refusedAsMalformed(
        () -> aws.as(OWNER).deleteWorkspaceImage(r -> r.imageId("wsi-golden0001\n")));
    assertThat(aws.mock().images(REGION))
        .extracting(WorkspaceImage::name)
        .containsExactly("golden");
  }
}
