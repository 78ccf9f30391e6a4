package dev.wsmock.internal.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.wsmock.Operation;
import dev.wsmock.Seed;
import dev.wsmock.WorkSpacesMock;
import dev.wsmock.fault.Effect;
import dev.wsmock.fault.FaultRule;
import dev.wsmock.fault.Trigger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;

/**
 * Latency faults: a delay longer than {@link Effect.Delay#MAX} is refused where the rule is built (it was accepted
 * and silently cut to 60 s), and a delayed answer waits on a timer, not on a request thread (24 calls delayed by
 * the fault made an unrelated call wait 58 s).
 */
class DelayedAnswersTests {
  private static final int DELAYED_CALLS = 60; // more than the server has threads

  @Test
  void a_delay_beyond_the_limit_is_refused_naming_the_limit() {
    assertThat(Effect.Delay.MAX).isEqualTo(Duration.ofSeconds(60));
    assertThatThrownBy(() -> new Effect.Delay.Fixed(Duration.ofHours(10)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most 60 s")
        .hasMessageContaining("PT10H");
    assertThatThrownBy(() -> new Effect.Delay.Uniform(Duration.ZERO, Duration.ofSeconds(61)))
        .hasMessageContaining("at most 60 s");
    assertThatThrownBy(() -> new Effect.Delay.LogNormal(Duration.ofMinutes(2), 0.5))
        .hasMessageContaining("at most 60 s");
    assertThat(new Effect.Delay.Fixed(Effect.Delay.MAX).delay()).isEqualTo(Effect.Delay.MAX);
  }

  @Test
  void many_long_delays_pending_leave_an_unrelated_call_answered_at_once() throws Exception {
    try (WorkSpacesMock mock =
            WorkSpacesMock.builder()
                .seed(Seed.builder().image("wsi-golden0001", "111111111111", "us-east-1").build())
                .start();
        WorkSpacesClient owner = SlowSendersTests.client(mock)) {
      mock.faults()
          .add(
              FaultRule.when(new Trigger.OperationIs(Operation.DESCRIBE_WORKSPACE_IMAGES))
                  .then(new Effect.Latency(new Effect.Delay.Fixed(Duration.ofSeconds(30)))));
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      List<CompletableFuture<HttpResponse<String>>> delayed = new ArrayList<>();
      for (int i = 0; i < DELAYED_CALLS; i++) {
        delayed.add(
            http.sendAsync(describeImages(mock.endpoint()), HttpResponse.BodyHandlers.ofString()));
      }
      // Each delayed call has been served by the model (it is in the journal) and now waits for its
      // delay.
      await()
          .atMost(Duration.ofSeconds(60))
          .until(
              () ->
                  mock.journal().calls(Operation.DESCRIBE_WORKSPACE_IMAGES).size()
                      == DELAYED_CALLS);

      long started = System.nanoTime();
      var tags = owner.describeTags(r -> r.resourceId("wsi-golden0001"));
      Duration unrelated = Duration.ofNanos(System.nanoTime() - started);

      System.out.printf(
          "[hardening] with %d answers delayed 30 s pending: an unrelated call answered in %d ms%n",
          DELAYED_CALLS, unrelated.toMillis());
      assertThat(tags.tagList()).isEmpty();
      assertThat(delayed).noneMatch(CompletableFuture::isDone);
    }
  }

  private static HttpRequest describeImages(URI endpoint) {
    return HttpRequest.newBuilder(endpoint.resolve("/"))
        .header("Content-Type", "application/x-amz-json-1.1")
        .header("X-Amz-Target", Operation.TARGET_PREFIX + "DescribeWorkspaceImages")
        .header(
            "Authorization",
            "AWS4-HMAC-SHA256 Credential=111111111111/20260101/us-east-1/workspaces/aws4_request,"
                + " SignedHeaders=host, Signature=00")
        .POST(HttpRequest.BodyPublishers.ofString("{}"))
        .build();
  }
}
