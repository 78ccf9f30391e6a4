package dev.wsmock.internal.fault;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wsmock.Operation;
import dev.wsmock.fault.Effect;
import dev.wsmock.fault.FaultRule;
import dev.wsmock.fault.Trigger;
import dev.wsmock.internal.protocol.FaultDecision;
import dev.wsmock.internal.protocol.IdentifiedCall;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Trigger semantics, without HTTP: which of a series of calls each rule fires on. */
class FaultEngineTests {
  static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void nth_every_kth_and_first_n_count_only_the_calls_the_rule_selects() {
    assertThat(firing(FaultRule.when(new Trigger.NthCall(3)).then(Effect.throttling()), 10))
        .containsExactly(3);
    assertThat(firing(FaultRule.when(new Trigger.EveryKth(4)).then(Effect.throttling()), 10))
        .containsExactly(4, 8);
    assertThat(firing(FaultRule.when(new Trigger.FirstN(2)).then(Effect.throttling()), 10))
        .containsExactly(1, 2);
    assertThat(firing(FaultRule.always().then(Effect.throttling()).times(3), 10))
        .containsExactly(1, 2, 3);
  }

  @Test
  void operation_account_region_and_image_triggers_select_calls() {
    FaultEngine engine = new FaultEngine(1);
    engine.add(
        FaultRule.when(
                new Trigger.OperationIs(Operation.COPY_WORKSPACE_IMAGE),
                new Trigger.AccountIs("111111111111"),
                new Trigger.RegionIs("us-gov-west-1"),
                new Trigger.ImageIdIs("wsi-abc123456"))
            .then(Effect.internalFailure()));

    assertThat(
            fires(
                engine,
                call(
                    Operation.COPY_WORKSPACE_IMAGE,
                    "111111111111",
                    "us-gov-west-1",
                    "wsi-abc123456")))
        .isTrue();
    assertThat(
            fires(
                engine,
                call(
                    Operation.COPY_WORKSPACE_IMAGE,
                    "222222222222",
                    "us-gov-west-1",
                    "wsi-abc123456")))
        .isFalse();
    assertThat(
            fires(
                engine,
                call(Operation.COPY_WORKSPACE_IMAGE, "111111111111", "us-east-1", "wsi-abc123456")))
        .isFalse();
    assertThat(
            fires(
                engine,
                call(
                    Operation.COPY_WORKSPACE_IMAGE,
                    "111111111111",
                    "us-gov-west-1",
                    "wsi-other0001")))
        .isFalse();
    assertThat(
            fires(
                engine,
                call(
                    Operation.DELETE_WORKSPACE_IMAGE,
                    "111111111111",
                    "us-gov-west-1",
                    "wsi-abc123456")))
        .isFalse();
  }

  @Test
  void a_time_window_on_the_mock_clock_selects_calls_from_its_start_until_before_its_end() {
    FaultEngine engine = new FaultEngine(1);
    engine.add(
        FaultRule.when(new Trigger.TimeWindow(T0.plusSeconds(10), T0.plusSeconds(20)))
            .then(Effect.throttling()));

    assertThat(fires(engine, at(T0.plusSeconds(9)))).isFalse();
    assertThat(fires(engine, at(T0.plusSeconds(10)))).isTrue();
    assertThat(fires(engine, at(T0.plusSeconds(19)))).isTrue();
    assertThat(fires(engine, at(T0.plusSeconds(20)))).isFalse();
  }

  @Test
  void without_an_attempt_header_attempts_are_counted_per_invocation_id() {
    FaultEngine engine = new FaultEngine(1);
    engine.add(FaultRule.when(new Trigger.AttemptsUpTo(2)).then(Effect.throttling()));

    List<Boolean> decisions = new ArrayList<>();
    for (String invocation : List.of("a", "a", "a", "b", "b", "b")) {
      decisions.add(
          fires(
              engine,
              new IdentifiedCall(
                  Operation.DESCRIBE_WORKSPACE_IMAGES,
                  "111111111111",
                  "us-east-1",
                  JsonNodeFactory.instance.objectNode(),
                  invocation,
                  null,
                  T0)));
    }
    assertThat(decisions).containsExactly(true, true, false, true, true, false);
  }

  @Test
  void the_first_rule_that_fires_decides_and_later_rules_still_count_the_call() {
    FaultEngine engine = new FaultEngine(1);
    engine.add(
        FaultRule.when(new Trigger.NthCall(1)).then(Effect.throttling()).named("first"),
        FaultRule.when(new Trigger.NthCall(2)).then(Effect.internalFailure()).named("second"));

    assertThat(engine.intercept(at(T0)).fired().describe())
        .isEqualTo("first: 400 ThrottlingException");
    assertThat(engine.intercept(at(T0)).fired().describe())
        .isEqualTo("second: 500 InternalFailure");
    assertThat(engine.intercept(at(T0))).isSameAs(FaultDecision.NONE);
  }

  @Test
  void drawn_delays_depend_only_on_the_seed_and_stay_within_the_distribution() {
    FaultRule uniform =
        FaultRule.always()
            .then(
                new Effect.Latency(
                    new Effect.Delay.Uniform(Duration.ofMillis(100), Duration.ofMillis(200))));
    List<String> a = descriptions(new FaultEngine(5), uniform, 20);
    List<String> b = descriptions(new FaultEngine(5), uniform, 20);
    assertThat(a)
        .isEqualTo(b)
        .allSatisfy(
            d -> assertThat(d).matches("rule-1: latency 1\\d\\d ms|rule-1: latency 200 ms"));
    assertThat(descriptions(new FaultEngine(6), uniform, 20)).isNotEqualTo(a);

    FaultRule logNormal =
        FaultRule.always()
            .then(new Effect.Latency(new Effect.Delay.LogNormal(Duration.ofMillis(50), 0.5)));
    List<String> drawn = descriptions(new FaultEngine(5), logNormal, 20);
    assertThat(drawn).isEqualTo(descriptions(new FaultEngine(5), logNormal, 20));
    assertThat(drawn.stream().distinct().count()).isGreaterThan(5);
  }

  private static List<Integer> firing(FaultRule rule, int calls) {
    FaultEngine engine = new FaultEngine(1);
    engine.add(rule);
    return IntStream.rangeClosed(1, calls).filter(i -> fires(engine, at(T0))).boxed().toList();
  }

  private static List<String> descriptions(FaultEngine engine, FaultRule rule, int calls) {
    engine.add(rule);
    return IntStream.range(0, calls)
        .mapToObj(i -> engine.intercept(at(T0)).fired().describe())
        .toList();
  }

  private static boolean fires(FaultEngine engine, IdentifiedCall call) {
    return engine.intercept(call) != FaultDecision.NONE;
  }

  private static IdentifiedCall at(Instant now) {
    return new IdentifiedCall(
        Operation.DESCRIBE_WORKSPACE_IMAGES,
        "111111111111",
        "us-east-1",
        JsonNodeFactory.instance.objectNode(),
        null,
        null,
        now);
  }

  private static IdentifiedCall call(
      Operation operation, String account, String region, String imageId) {
    ObjectNode request = JsonNodeFactory.instance.objectNode().put("SourceImageId", imageId);
    return new IdentifiedCall(operation, account, region, request, null, null, T0);
  }
}
