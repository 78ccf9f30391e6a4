package dev.wsmock.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.wsmock.CallJournal;
import dev.wsmock.MockBehaviour;
import dev.wsmock.RecordedCall;
import dev.wsmock.Seed;
import dev.wsmock.internal.contract.ServiceContract;
import dev.wsmock.internal.journal.CallLog;
import dev.wsmock.internal.json.Json;
import dev.wsmock.internal.wiremock.ServerOptions;
import dev.wsmock.internal.wiremock.WireMockServers;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;
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
      Seed.builder()
          .image("wsi-golden0001", OWNER, "us-east-1", i -> i.tag("team", "vdi"))
          .image("wsi-golden0002", OWNER, "us-east-1")
          .build();

  @Test
  void a_response_missing_a_required_member_fails_the_call_with_the_member_path() {
    withMock(
        true,
        MockBehaviour.defaults(),
        contractWhere(
            c -> {
              ObjectNode result =
                  (ObjectNode) c.path("shapes").path("DescribeWorkspaceImagePermissionsResult");
              ((ObjectNode) result.path("members")).putObject("Marker").put("shape", "TagKey");
              result.putArray("required").add("Marker");
            }),
        (client, journal) -> {
          assertThatThrownBy(
                  () -> client.describeWorkspaceImagePermissions(r -> r.imageId("wsi-golden0001")))
              .isInstanceOf(WorkSpacesException.class)
              .satisfies(
                  e -> {
                    WorkSpacesException error = (WorkSpacesException) e;
                    assertThat(error.statusCode()).isEqualTo(500);
                    assertThat(error.awsErrorDetails().errorCode()).isEqualTo("InternalFailure");
                    assertThat(error.awsErrorDetails().errorMessage())
                        .isEqualTo(
                            "wsmock contract self-check failed for DescribeWorkspaceImagePermissions (status 200): "
                                + "marker: Value null failed to satisfy constraint: Member must not be null");
                  });
          RecordedCall call = journal.all().get(0);
          assertThat(call.contractViolations())
              .containsExactly(
                  "marker: Value null failed to satisfy constraint: Member must not be null");
          assertThat(call.status()).isEqualTo(500);
          assertThat(call.describe()).contains("[CONTRACT: marker");
        });
  }

  @Test
  void an_undeclared_error_code_fails_the_call_naming_the_code_and_the_declared_ones() {
    withMock(
        true,
        MockBehaviour.defaults(),
        DESCRIBE_TAGS_DECLARES_NO_ERRORS,
        (client, journal) -> {
          assertThatThrownBy(() -> client.describeTags(r -> r.resourceId("wsi-unknown001")))
              .hasMessageContaining(
                  "wsmock contract self-check failed for DescribeTags (status 400, ResourceNotFoundException):"
                      + " (body): Error code 'ResourceNotFoundException' is neither declared by DescribeTags"
                      + " [] nor a protocol-level error");
          assertThat(journal.all().get(0).contractViolations()).hasSize(1);
        });
  }

  @Test
  void without_strict_responses_a_broken_answer_goes_out_unchecked() {
    withMock(
        false,
        MockBehaviour.defaults(),
        DESCRIBE_TAGS_DECLARES_NO_ERRORS,
        (client, journal) -> {
          assertThatThrownBy(() -> client.describeTags(r -> r.resourceId("wsi-unknown001")))
              .isInstanceOf(
                  software.amazon.awssdk.services.workspaces.model.ResourceNotFoundException.class);
          assertThat(journal.all().get(0).contractViolations()).isEmpty();
          assertThat(journal.all().get(0).errorCode()).isEqualTo("ResourceNotFoundException");
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
        ServiceContract.bundled(),
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
        ServiceContract.bundled(),
        (client, journal) -> {
          assertThatThrownBy(() -> client.describeWorkspaceImages(r -> r.maxResults(26)))
              .isInstanceOf(
                  software.amazon.awssdk.services.workspaces.model.InvalidParameterValuesException
                      .class);
          assertThat(journal.all().get(0).contractViolations()).isEmpty();
        });
    withMock(
        true,
        MockBehaviour.defaults(),
        contractWhere(c -> undeclare(c, "CopyWorkspaceImage", "InvalidParameterValuesException")),
        (client, journal) -> {
          assertThatThrownBy(
                  () ->
                      client.copyWorkspaceImage(
                          r ->
                              r.name("copy")
                                  .sourceImageId("wsi-golden0001")
                                  .sourceRegion("xx-nowhere-1")))
              .hasMessageContaining(
                  "Error code 'InvalidParameterValuesException' is neither declared by CopyWorkspaceImage");
        });
  }

  @Test
  void the_journal_keeps_the_next_token_and_the_images_a_caller_could_not_see() {
    withMock(
        true,
        MockBehaviour.defaults(),
        ServiceContract.bundled(),
        (client, journal) -> {
          client.describeWorkspaceImages(r -> r.maxResults(1));
          client.describeWorkspaceImages(r -> r.imageIds("wsi-golden0001", "wsi-foreign001"));
          assertThat(journal.all().get(0).responseNextToken()).isNotBlank();
          assertThat(journal.all().get(1).responseNextToken()).isNull();
          assertThat(journal.all().get(1).invisibleImageIds()).containsExactly("wsi-foreign001");
        });
  }

  private static final ServiceContract DESCRIBE_TAGS_DECLARES_NO_ERRORS =
      contractWhere(c -> undeclare(c, "DescribeTags", "ResourceNotFoundException"));

  /**
   * The bundled contract with one change: a contract the honest model breaks stands in for a model that breaks the
   * contract, so no test hook in the runtime is needed to prove the check.
   */
  private static ServiceContract contractWhere(Consumer<ObjectNode> change) {
    try (InputStream in =
        ServiceContract.class.getResourceAsStream(ServiceContract.DEFAULT_RESOURCE)) {
      ObjectNode contract = (ObjectNode) Json.plain().readTree(in);
      change.accept(contract);
      return ServiceContract.load(new ByteArrayInputStream(Json.plain().writeBytes(contract)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void undeclare(ObjectNode contract, String operation, String errorCode) {
    ArrayNode errors = (ArrayNode) contract.path("operations").path(operation).path("errors");
    for (int i = errors.size() - 1; i >= 0; i--) {
      if (errors.get(i).asText().equals(errorCode)) {
        errors.remove(i);
      }
    }
  }

  private interface Scenario {
    void run(WorkSpacesClient client, CallLog journal);
  }

  private static void withMock(
      boolean strict, MockBehaviour behaviour, ServiceContract contract, Scenario scenario) {
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
                false),
            contract);
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
