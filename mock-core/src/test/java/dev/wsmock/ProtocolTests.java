package dev.wsmock;

import static dev.wsmock.AwsErrors.messageOf;
import static dev.wsmock.AwsErrors.rejectsWithoutChange;
import static dev.wsmock.MockHarness.OWNER;
import static dev.wsmock.MockHarness.REGION;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.workspaces.model.OperationNotSupportedException;
import software.amazon.awssdk.services.workspaces.model.ValidationException;

/** The wire: success and error shapes, Coral validation text, unmodelled operations and unknown targets. */
class ProtocolTests {
  static final Seed SEED =
      Seed.builder()
          .image("wsi-golden0001", OWNER, REGION, i -> i.created(SeedFixtures.T0))
          .build();

  @RegisterExtension static final MockHarness aws = MockHarness.perClass(SEED);

  @Test
  void a_success_carries_a_request_id_the_json_content_type_and_timestamps_as_epoch_seconds() {
    var answer = aws.raw().call("DescribeWorkspaceImages", "{}", OWNER, REGION);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.header("x-amzn-RequestId")).matches("[0-9a-f-]{36}");
    assertThat(answer.header("Content-Type")).isEqualTo(RawRequests.CONTENT_TYPE);
    var created = answer.json().path("Images").path(0).path("Created");
    assertThat(created.isNumber()).as("Created is a JSON number: %s", answer.body()).isTrue();
    assertThat(created.decimalValue()).isEqualByComparingTo("1767225600.123");
  }

  @Test
  void an_operation_with_empty_output_answers_an_empty_object() {
    var answer =
        aws.raw().call("DeleteWorkspaceImage", "{\"ImageId\":\"wsi-nosuch0001\"}", OWNER, REGION);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body()).isEqualTo("{}");
  }

  @Test
  void empty_lists_are_present_not_omitted() {
    var answer = aws.raw().call("DescribeWorkspaceImages", "{}", "999999999999", REGION);

    assertThat(answer.json().path("Images").isArray()).as(answer.body()).isTrue();
  }

  @Test
  void shape_constraints_fail_with_ValidationException_in_coral_format_through_the_sdk() {
    var error =
        rejectsWithoutChange(
            aws.mock(),
            () ->
                aws.as(OWNER)
                    .copyWorkspaceImage(
                        r -> r.sourceImageId("not-an-image-id").sourceRegion(REGION).name("x")),
            ValidationException.class,
            "ValidationException");

    assertThat(messageOf(error))
        .startsWith(
            "1 validation error detected: Value 'not-an-image-id' at 'sourceImageId'"
                + " failed to satisfy constraint: Member must satisfy regular expression pattern:");
  }

  @Test
  void several_violations_are_counted_in_one_message() {
    var error =
        rejectsWithoutChange(
            aws.mock(),
            () ->
                aws.as(OWNER)
                    .copyWorkspaceImage(r -> r.sourceImageId("bad").sourceRegion(REGION).name("")),
            ValidationException.class,
            "ValidationException");

    assertThat(messageOf(error))
        .startsWith("3 validation errors detected: ")
        .contains(
            "Value '' at 'name' failed to satisfy constraint: Member must have length greater than or equal to 1")
        .contains("Value 'bad' at 'sourceImageId'");
  }

  @Test
  void a_real_but_unmodelled_operation_is_OperationNotSupported_naming_it() {
    var error =
        rejectsWithoutChange(
            aws.mock(),
            () -> aws.as(OWNER).describeWorkspaces(r -> {}),
            OperationNotSupportedException.class,
            "OperationNotSupportedException");

    assertThat(messageOf(error)).contains("DescribeWorkspaces");
  }

  @Test
  void an_unknown_target_is_UnknownOperationException_400() {
    var answer = aws.raw().call("LaunchRockets", "{}", OWNER, REGION).isAwsError();

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.errorCode()).isEqualTo("UnknownOperationException");
  }

  @Test
  void errors_carry_the_code_in_both_header_and_body() {
    var answer =
        aws.raw()
            .call(
                "DescribeWorkspaceImagePermissions",
                "{\"ImageId\":\"wsi-nosuch0001\"}",
                OWNER,
                REGION)
            .isAwsError();

    assertThat(answer.errorCode()).isEqualTo("ResourceNotFoundException");
  }
}
