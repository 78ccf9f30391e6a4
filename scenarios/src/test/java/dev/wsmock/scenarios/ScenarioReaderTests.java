package dev.wsmock.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wsmock.Consistency;
import dev.wsmock.Operation;
import dev.wsmock.fault.Effect;
import dev.wsmock.fault.FaultRule;
import dev.wsmock.fault.Trigger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioReaderTests {

  @Test
  void json_and_yaml_spellings_of_a_scenario_read_the_same() {
    Scenario yaml = Scenarios.resource("scenarios/both-formats.yaml");
    Scenario json = Scenarios.resource("scenarios/both-formats.json");

    assertThat(yaml).isEqualTo(json);
    assertThat(yaml.faultSeed()).isEqualTo(42L);
    assertThat(yaml.consistency()).isEqualTo(new Consistency(Duration.ofSeconds(30), 2, 1));
    assertThat(yaml.seed().images())
        .singleElement()
        .satisfies(i -> assertThat(i.imageId()).isEqualTo("wsi-golden0001"));
    assertThat(yaml.faults()).hasSize(9);
    assertThat(yaml.faults().get(0))
        .isEqualTo(
            new FaultRule(
                "storm",
                List.of(
                    new Trigger.OperationIs(Operation.DESCRIBE_WORKSPACE_IMAGES),
                    new Trigger.AccountIs("111111111111"),
                    new Trigger.RegionIs("us-east-1"),
                    new Trigger.ImageIdIs("wsi-golden0001"),
                    new Trigger.EveryKth(2),
                    new Trigger.FirstN(10),
                    new Trigger.Probability(0.5),
                    new Trigger.TimeWindow(
                        Instant.parse("2026-01-01T00:00:00Z"),
                        Instant.parse("2026-01-02T00:00:00Z")),
                    new Trigger.AttemptsUpTo(2)),
                Effect.throttling(),
                3));
    assertThat(yaml.faults())
        .extracting(FaultRule::effect)
        .containsSequence(
            new Effect.Latency(
                new Effect.Delay.Uniform(Duration.ofMillis(10), Duration.ofMillis(50))),
            new Effect.Latency(new Effect.Delay.LogNormal(Duration.ofMillis(100), 0.5)),
            new Effect.Latency(new Effect.Delay.Fixed(Duration.ofSeconds(2))),
            new Effect.Transport(Effect.TransportFault.RANDOM_DATA_THEN_CLOSE),
            new Effect.CorruptBody(Effect.Corruption.MALFORMED),
            new Effect.LostResponse(Effect.internalFailure()),
            new Effect.LostResponse(
                new Effect.Transport(Effect.TransportFault.CONNECTION_RESET_BY_PEER)));
  }

  @Test
  void an_unknown_member_is_rejected_with_the_file_the_path_and_the_known_members() {
    assertThatThrownBy(
            () ->
                read(
                    "Faults:\n  - When: {Operaton: DescribeWorkspaceImages}\n    Effect: {Transport: EMPTY_RESPONSE}\n"))
        .isInstanceOfSatisfying(
            ScenarioException.class,
            e -> {
              assertThat(e.source()).isEqualTo("typo.yaml");
              assertThat(e.path()).isEqualTo("$.Faults[0].When.Operaton");
              assertThat(e)
                  .hasMessageContaining("unknown member 'Operaton'")
                  .hasMessageContaining("Operation, Account");
            });
  }

  @Test
  void a_value_out_of_range_names_its_path_and_what_was_expected() {
    assertThatThrownBy(
            () -> read("Faults: [{When: {Probability: 1.5}, Effect: {Transport: EMPTY_RESPONSE}}]"))
        .isInstanceOf(ScenarioException.class)
        .hasMessage(
            "typo.yaml: $.Faults[0].When.Probability: expected a number within 0.0..1.0, got number 1.5");
  }

  @Test
  void a_latency_longer_than_the_limit_is_refused_naming_the_limit() {
    assertThatThrownBy(() -> read("Faults: [{Effect: {Latency: {Fixed: PT10H}}}]"))
        .isInstanceOf(ScenarioException.class)
        .hasMessageContaining("$.Faults[0].Effect.Latency")
        .hasMessageContaining("a delay must be at most 60 s (PT1M), not PT10H");
    assertThatThrownBy(
            () -> read("Faults: [{Effect: {Latency: {Uniform: {Lower: 0s, Upper: 90s}}}}]"))
        .isInstanceOf(ScenarioException.class)
        .hasMessageContaining("at most 60 s");
  }

  @Test
  void an_effect_needs_exactly_one_kind() {
    assertThatThrownBy(
            () -> read("Faults: [{Effect: {Transport: EMPTY_RESPONSE, CorruptBody: MALFORMED}}]"))
        .isInstanceOf(ScenarioException.class)
        .hasMessageContaining(
            "$.Faults[0].Effect: expected exactly one of Error, Latency, Transport, CorruptBody, LostResponse");
    assertThatThrownBy(() -> read("Faults: [{Effect: {LostResponse: {Latency: {Fixed: 1s}}}}]"))
        .isInstanceOf(ScenarioException.class)
        .hasMessageContaining(
            "$.Faults[0].Effect.LostResponse.Latency: unknown member 'Latency'; expected one of Error, Transport");
    assertThatThrownBy(() -> read("Faults: [{Effect: {Transport: RESET}}]"))
        .isInstanceOf(ScenarioException.class)
        .hasMessageContaining(
            "$.Faults[0].Effect.Transport: expected one of [CONNECTION_RESET_BY_PEER");
  }

  @Test
  void a_seed_error_is_reported_at_its_path_inside_the_scenario() {
    assertThatThrownBy(
            () ->
                read(
                    "Seed: {Images: [{ImageId: wsi-golden0001, OwnerAccountId: '111111111111', Region: us-east-1, Nmae: x}]}"))
        .isInstanceOfSatisfying(
            ScenarioException.class,
            e -> {
              assertThat(e.path()).isEqualTo("$.Seed.Images[0].Nmae");
              assertThat(e)
                  .hasMessageStartingWith(
                      "typo.yaml: $.Seed.Images[0].Nmae: unknown member 'Nmae'");
            });
  }

  @Test
  void broken_yaml_names_the_line_and_an_unknown_operation_lists_the_modelled_ones() {
    assertThatThrownBy(() -> read("Faults: [\n  {When: {"))
        .isInstanceOf(ScenarioException.class)
        .hasMessageStartingWith("typo.yaml: line ");
    assertThatThrownBy(
            () ->
                read(
                    "Faults: [{When: {Operation: DescribeWorkspaces}, Effect: {CorruptBody: TRUNCATED}}]"))
        .isInstanceOf(ScenarioException.class)
        .hasMessageContaining("$.Faults[0].When.Operation: unknown operation 'DescribeWorkspaces'");
  }

  @Test
  void the_name_defaults_to_the_file_name_and_read_rules_returns_only_the_rules() {
    Scenario scenario = read("Faults: [{Effect: {Error: {Code: InternalFailure}}}]");
    assertThat(scenario.name()).isEqualTo("typo");
    assertThat(
            ScenarioReader.readRules(
                "Faults: [{Effect: {Error: {Code: InternalFailure}}}]"
                    .getBytes(StandardCharsets.UTF_8),
                "POST /__admin/workspaces/faults"))
        .containsExactly(new FaultRule(null, List.of(), Effect.internalFailure(), null));
  }

  @Test
  void image_updates_default_to_us_east_1_and_no_delay() {
    Scenario scenario =
        read(
            "ImageUpdates: [{ImageId: wsi-golden0001, Updates: {UpdateAvailable: true, Description: drivers}}]");

    assertThat(scenario.updateReleases())
        .containsExactly(
            new Scenario.UpdatesRelease(
                "wsi-golden0001",
                "us-east-1",
                Duration.ZERO,
                dev.wsmock.ImageUpdates.available("drivers")));
  }

  @Test
  void image_updates_name_the_member_that_is_wrong() {
    assertThatThrownBy(
            () ->
                read(
                    "ImageUpdates: [{ImageId: wsi-golden0001, After: PT-1H, Updates: {UpdateAvailable: true}}]"))
        .isInstanceOf(ScenarioException.class)
        .hasMessage(
            "typo.yaml: $.ImageUpdates[0].After: expected a duration of at least 0, got PT-1H");
    assertThatThrownBy(
            () ->
                read(
                    "ImageUpdates: [{ImageId: wsi-golden0001, Updates: {UpdateAvailable: yes please}}]"))
        .isInstanceOf(ScenarioException.class)
        .hasMessageStartingWith(
            "typo.yaml: $.ImageUpdates[0].Updates.UpdateAvailable: expected true or false");
    assertThatThrownBy(() -> read("ImageUpdates: [{ImageId: wsi-golden0001, Update: {}}]"))
        .isInstanceOf(ScenarioException.class)
        .hasMessageStartingWith("typo.yaml: $.ImageUpdates[0].Update: unknown member 'Update'");
  }

  private static Scenario read(String yaml) {
    return ScenarioReader.read(yaml.getBytes(StandardCharsets.UTF_8), "typo.yaml");
  }
}
