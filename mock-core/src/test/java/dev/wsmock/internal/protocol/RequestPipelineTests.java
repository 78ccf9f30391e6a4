package dev.wsmock.internal.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wsmock.MockBehaviour;
import dev.wsmock.internal.contract.ServiceContract;
import dev.wsmock.internal.json.Json;
import dev.wsmock.internal.model.ServiceState;
import dev.wsmock.internal.operations.ModelContext;
import dev.wsmock.internal.operations.OperationHandlers;
import dev.wsmock.internal.operations.PageTokens;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestPipelineTests {
  private static final String AUTHORIZATION =
      "AWS4-HMAC-SHA256 Credential=111111111111/20260101/us-east-1/"
          + "workspaces/aws4_request, SignedHeaders=host;x-amz-date, Signature="
          + "0".repeat(64);

  @Test
  void answers_a_defect_in_the_mock_with_an_aws_format_internal_failure_not_an_escaping_exception()
      throws Exception {
    ServiceState state = new ServiceState(0L, "123456789012");
    MockBehaviour behaviour = MockBehaviour.defaults();
    CallInterceptor broken =
        call -> {
          throw new IllegalStateException("simulated defect");
        };
    RequestPipeline pipeline =
        new RequestPipeline(
            Json.aws(),
            ServiceContract.loadDefault(),
            new OperationHandlers(
                new ModelContext(
                    state,
                    behaviour,
                    Duration.ZERO,
                    PageTokens.pinnedKey(0L),
                    () -> dev.wsmock.Consistency.IMMEDIATE,
                    dev.wsmock.internal.model.RegionNames.standard())),
            state,
            behaviour,
            RequestPipeline.DEFAULT_MAX_BODY_BYTES,
            broken,
            SigV4Verifier.off());

    ServedCall served =
        pipeline.serve(
            new HttpCall(
                "POST",
                "/",
                Map.of(
                    "X-Amz-Target", "WorkspacesService.DescribeWorkspaceImages",
                    "Content-Type", "application/x-amz-json-1.1",
                    "Authorization", AUTHORIZATION),
                "{}".getBytes(StandardCharsets.UTF_8)),
            Instant.EPOCH);

    assertThat(served.answer().status()).isEqualTo(500);
    assertThat(served.answer().headers()).containsEntry("x-amzn-ErrorType", "InternalFailure");
    JsonNode body = Json.aws().readTree(served.answer().body());
    assertThat(body.path("__type").asText()).isEqualTo("InternalFailure");
    assertThat(body.path("message").asText())
        .isEqualTo(
            "wsmock internal error while serving DescribeWorkspaceImages: java.lang.IllegalStateException: simulated defect");
    assertThat(served.operationName()).isEqualTo("DescribeWorkspaceImages");
  }
}
