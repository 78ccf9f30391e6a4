package dev.wsmock.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.wsmock.CallJournal;
import dev.wsmock.MockBehaviour;
import dev.wsmock.RecordedCall;
import dev.wsmock.Seed;
import dev.wsmock.internal.error.ServiceError;
import dev.wsmock.internal.journal.CallLog;
import dev.wsmock.internal.json.Json;
import dev.wsmock.internal.protocol.ErrorResponses;
import dev.wsmock.internal.protocol.HttpAnswer;
import dev.wsmock.internal.wiremock.ServerOptions;
import dev.wsmock.internal.wiremock.WireMockServers;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;
import software.amazon.awssdk.services.workspaces.model.WorkSpacesException;

/** The strict-mode self-check, proven on a deliberately broken mock through the real SDK. */
class ResponseSelfCheckTests {
  private static final String OWNER = "111111111111";
  private static final Seed SEED =
      Seed.builder().image("wsi-golden0001", OWNER, "us-east-1", i -> i.tag("team", "vdi")).build();

  @Test
  void a_response_missing_a_required_member_fails_the_call_with_the_member_path() {
    withMock(
        true,
        MockBehaviour.defaults(),
        runtime -> runtime.mutateResponses(dropTagKeys(runtime)),
        (client, journal) -> {
          assertThatThrownBy(() -> client.describeTags(r -> r.resourceId("wsi-golden0001")))
              .isInstanceOf(WorkSpacesException.class)
              .satisfies(
                  e -> {
                    WorkSpacesException error = (WorkSpacesException) e;
                    assertThat(error.statusCode()).isEqualTo(500);
                    assertThat(error.awsErrorDetails().errorCode()).isEqualTo("InternalFailure");
                    assertThat(error.awsErrorDetails().errorMessage())
                        .isEqualTo(
                            "wsmock contract self-check failed for DescribeTags (status 200): "
                                + "tagList.1.member.key: Value null failed to satisfy constraint: Member must not be null");
                  });
          RecordedCall call = journal.all().get(0);
          assertThat(call.contractViolations())
              .containsExactly(
                  "tagList.1.member.key: Value null failed to satisfy constraint: Member must not be null");
          assertThat(call.status()).isEqualTo(500);
          assertThat(call.describe()).contains("[CONTRACT: tagList.1.member.key");
        });
  }

  @Test
  void an_undeclared_error_code_fails_the_call_naming_the_code_and_the_declared_ones() {
    UnaryOperator<HttpAnswer> undeclared =
        answer -> errors().error(new ServiceError.ResourceAssociated("in use"));
    withMock(
        true,
        MockBehaviour.defaults(),
        runtime -> runtime.mutateResponses(undeclared),
        (client, journal) -> {
          assertThatThrownBy(() -> client.describeTags(r -> r.resourceId("wsi-golden0001")))
              .hasMessageContaining(
                  "wsmock contract self-check failed for DescribeTags (status 400, ResourceAssociatedException):"
                      + " (body): Error code 'ResourceAssociatedException' is neither declared by DescribeTags"
                      + " [ResourceNotFoundException] nor a protocol-level error");
          assertThat(journal.all().get(0).contractViolations()).hasSize(1);
        });
  }

  @Test
  void without_strict_responses_a_broken_answer_goes_out_unchecked() {
    UnaryOperator<HttpAnswer> undeclared =
        answer -> errors().error(new ServiceError.ResourceAssociated("in use"));
    withMock(
        false,
        MockBehaviour.defaults(),
        runtime -> runtime.mutateResponses(undeclared),
        (client, journal) -> {
          assertThatThrownBy(() -> client.describeTags(r -> r.resourceId("wsi-golden0001")))
              .isInstanceOf(WorkSpacesException.class)
              .hasMessageContaining("in use");
          assertThat(journal.all().get(0).contractViolations()).isEmpty();
          assertThat(journal.all().get(0).errorCode()).isEqualTo("ResourceAssociatedException");
        });
  }

  @Test
  void allow_listed_mock_decisions_pass_the_strict_check() {
    MockBehaviour rnfOnDelete =
        MockBehaviour.defaults()
            .withDeleteOfUnknownImage(MockBehaviour.DeleteOfUnknownImage.RESOURCE_NOT_FOUND);
    withMock(
        true,
        rnfOnDelete,
        runtime -> {},
        (client, journal) -> {
          assertThatThrownBy(() -> client.describeWorkspaceImages(r -> r.nextToken("not-a-token")))
              .hasMessageContaining("The specified token is invalid.");
          assertThatThrownBy(() -> client.deleteWorkspaceImage(r -> r.imageId("wsi-unknown001")))
              .isInstanceOf(
                  software.amazon.awssdk.services.workspaces.model.ResourceNotFoundException.class);
          assertThatThrownBy(() -> client.describeWorkspaces(r -> {}))
              .isInstanceOf(
                  software.amazon.awssdk.services.workspaces.model.OperationNotSupportedException
                      .class);
          assertThat(journal.all()).allSatisfy(c -> assertThat(c.contractViolations()).isEmpty());
        });
  }

  @Test
  void the_constraint_error_switch_is_allowed_only_while_it_is_flipped() {
    MockBehaviour switched =
        MockBehaviour.defaults()
            .withConstraintErrors(MockBehaviour.ConstraintErrors.INVALID_PARAMETER_VALUES);
    withMock(
        true,
        switched,
        runtime -> {},
        (client, journal) -> {
          assertThatThrownBy(() -> client.describeWorkspaceImages(r -> r.maxResults(26)))
              .isInstanceOf(
                  software.amazon.awssdk.services.workspaces.model.InvalidParameterValuesException
                      .class);
          assertThat(journal.all().get(0).contractViolations()).isEmpty();
        });
    UnaryOperator<HttpAnswer> ipv =
        answer -> errors().error(new ServiceError.InvalidParameterValues("x"));
    withMock(
        true,
        MockBehaviour.defaults(),
        runtime -> runtime.mutateResponses(ipv),
        (client, journal) -> {
          assertThatThrownBy(() -> client.describeTags(r -> r.resourceId("wsi-golden0001")))
              .hasMessageContaining(
                  "Error code 'InvalidParameterValuesException' is neither declared by DescribeTags");
        });
  }

  @Test
  void the_journal_keeps_the_next_token_and_the_images_a_caller_could_not_see() {
    withMock(
        true,
        MockBehaviour.defaults(),
        runtime ->
            runtime.seed(
                Seed.builder().image("wsi-golden0002", OWNER, "us-east-1").build(), "test"),
        (client, journal) -> {
          client.describeWorkspaceImages(r -> r.maxResults(1));
          client.describeWorkspaceImages(r -> r.imageIds("wsi-golden0001", "wsi-foreign001"));
          assertThat(journal.all().get(0).responseNextToken()).isNotBlank();
          assertThat(journal.all().get(1).responseNextToken()).isNull();
          assertThat(journal.all().get(1).invisibleImageIds()).containsExactly("wsi-foreign001");
        });
  }

  private static UnaryOperator<HttpAnswer> dropTagKeys(MockRuntime runtime) {
    return answer -> {
      try {
        ObjectNode body = (ObjectNode) Json.aws().readTree(answer.body());
        body.withArray("TagList").forEach(tag -> ((ObjectNode) tag).remove("Key"));
        return new HttpAnswer(
            answer.status(),
            answer.headers(),
            Json.aws().writeBytes(body),
            answer.errorCode(),
            answer.errorMessage());
      } catch (java.io.IOException e) {
        throw new IllegalStateException(e);
      }
    };
  }

  private static ErrorResponses errors() {
    return new ErrorResponses(Json.aws());
  }

  private interface Scenario {
    void run(WorkSpacesClient client, CallLog journal);
  }

  private static void withMock(
      boolean strict, MockBehaviour behaviour, Consumer<MockRuntime> setUp, Scenario scenario) {
    MockRuntime runtime =
        new MockRuntime(
            new MockSettings(
                Clock.systemUTC(),
                Duration.ZERO,
                0L,
                "123456789012",
                behaviour,
                SEED,
                "test seed",
                100,
                CallJournal.DEFAULT_MAX_BYTES,
                1 << 20,
                strict,
                false,
                java.util.Set.of(),
                null,
                false));
    setUp.accept(runtime);
    WireMockServer server = WireMockServers.start(runtime, ServerOptions.defaults());
    try (WorkSpacesClient client =
        WorkSpacesClient.builder()
            .endpointOverride(URI.create("http://127.0.0.1:" + server.port()))
            .region(Region.US_EAST_1)
            .credentialsProvider(
                StaticCredentialsProvider.create(AwsBasicCredentials.create(OWNER, "secret")))
            .overrideConfiguration(
                c -> c.retryStrategy(RetryMode.STANDARD).retryStrategy(b -> b.maxAttempts(1)))
            .build()) {
      scenario.run(client, runtime.journal());
    } finally {
      server.stop();
    }
  }
}
