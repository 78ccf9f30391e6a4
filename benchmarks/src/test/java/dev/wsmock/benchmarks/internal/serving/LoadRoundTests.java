package dev.wsmock.benchmarks.internal.serving;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A round is never empty: the smoke run asserts every target answered, whatever the machine's load. */
class LoadRoundTests {
  @Test
  void each_caller_makes_one_call_even_when_the_round_is_over_before_it_starts() {
    // A zero-length round is what a caller thread sees when the scheduler runs it after a short
    // round has ended.
    try (Target.Mock target = Target.Mock.start();
        Driver driver = Driver.raw(target.endpoint())) {
      LoadRound round =
          LoadRound.run(target, driver, Workload.DESCRIBE_IMAGES, 3, Duration.ZERO, 1_000);

      assertThat(round.requests()).isEqualTo(3);
      assertThat(round.errors()).isZero();
    }
  }

  @Test
  void the_request_budget_still_caps_the_round() {
    try (Target.Mock target = Target.Mock.start();
        Driver driver = Driver.raw(target.endpoint())) {
      LoadRound round =
          LoadRound.run(target, driver, Workload.DESCRIBE_IMAGES, 2, Duration.ofMinutes(5), 7);

      assertThat(round.requests()).isEqualTo(7);
    }
  }
}
