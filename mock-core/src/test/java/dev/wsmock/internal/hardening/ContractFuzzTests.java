package dev.wsmock.internal.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wsmock.ManualClock;
import dev.wsmock.internal.MockRuntime;
import dev.wsmock.internal.protocol.HttpAnswer;
import dev.wsmock.internal.protocol.RequestPipeline;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Requests generated from the contract for every modelled operation, valid and mutated, sent through
 * {@link MockRuntime#serve} (the pipeline WireMock calls). Each answer must be below 500, every refusal an
 * AWS-format error, every success must match the contract's output shape, and the whole-state invariants must hold
 * after every call. {@code -Pfuzz-long} multiplies the sequences per try ({@code wsmock.fuzz.rounds}).
 */
class ContractFuzzTests {
  static final ContractRequests CONTRACT = ContractRequests.load();

  /** Figures for the report, summed over the container's tries. */
  private static final AtomicLong REQUESTS = new AtomicLong();

  private static final AtomicLong SERVER_ERRORS = new AtomicLong();
  private static final AtomicLong REFUSED = new AtomicLong();
  private static final AtomicLong SUCCEEDED = new AtomicLong();
  private static final AtomicLong INVARIANT_CHECKS = new AtomicLong();

  @Property(tries = 2500)
  void generated_requests_never_get_a_5xx_always_get_aws_errors_and_keep_the_state_sound(
      @ForAll long seed) {
    int rounds = Integer.getInteger("wsmock.fuzz.rounds", 1);
    Random random = new Random(seed);
    for (int round = 0; round < rounds; round++) {
      ManualClock clock = InProcess.manualClock();
      MockRuntime mock =
          InProcess.runtime(FuzzSeeds.standard(), clock, Duration.ofSeconds(1), 10_000);
      List<FuzzRequest> history = new ArrayList<>();
      int length = 2 + random.nextInt(7);
      for (int n = 0; n < length; n++) {
        FuzzRequest request =
            FuzzRequest.generate(CONTRACT, random, RequestPipeline.DEFAULT_MAX_BODY_BYTES);
        history.add(request);
        long journalBefore = mock.journal().size() + mock.journal().dropped();
        HttpAnswer answer = mock.serve(request.call());
        REQUESTS.incrementAndGet();
        checkAnswer(request, answer, history);
        assertThat(mock.journal().size() + mock.journal().dropped())
            .as("journal records every call")
            .isEqualTo(journalBefore + 1);
        assertThat(mock.invariantViolations()).as("invariants after %s", history).isEmpty();
        INVARIANT_CHECKS.incrementAndGet();
        clock.advance(Duration.ofMillis(random.nextInt(1500)));
      }
    }
  }

  static void checkAnswer(FuzzRequest request, HttpAnswer answer, List<FuzzRequest> history) {
    if (answer.status() >= 500) {
      SERVER_ERRORS.incrementAndGet();
    }
    assertThat(answer.status()).as("status for %s", history).isBetween(200, 499);
    if (request.mustFail()) {
      assertThat(answer.isSuccess())
          .as("an invalid request must be refused: %s", request)
          .isFalse();
    }
    if (answer.isSuccess()) {
      SUCCEEDED.incrementAndGet();
      assertThat(answer.status()).isEqualTo(200);
      JsonNode output = InProcess.json(answer);
      assertThat(InProcess.CONTRACT.checkOutput(request.operation(), output))
          .as("output of %s matches the contract", request)
          .isEmpty();
    } else {
      REFUSED.incrementAndGet();
      assertAwsError(answer, request);
    }
  }

  static void assertAwsError(HttpAnswer answer, Object request) {
    assertThat(answer.status()).as("error status for %s", request).isBetween(400, 499);
    JsonNode error = InProcess.json(answer);
    assertThat(error.path("__type").isTextual()).as("__type in %s for %s", error, request).isTrue();
    assertThat(error.path("message").isTextual()).as("message in %s", error).isTrue();
    assertThat(answer.headers()).containsEntry("x-amzn-ErrorType", error.path("__type").asText());
    assertThat(answer.headers()).containsKey("x-amzn-RequestId");
    assertThat(answer.headers()).containsEntry("Content-Type", "application/x-amz-json-1.1");
  }

  @AfterContainer
  static void report() {
    System.out.printf(
        "[hardening] contract fuzz (in-process): %d requests, %d succeeded, %d refused with AWS errors,"
            + " %d 5xx, %d invariant checks%n",
        REQUESTS.get(),
        SUCCEEDED.get(),
        REFUSED.get(),
        SERVER_ERRORS.get(),
        INVARIANT_CHECKS.get());
  }
}
