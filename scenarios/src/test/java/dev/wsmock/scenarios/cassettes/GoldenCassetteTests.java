package dev.wsmock.scenarios.cassettes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The mock against real AWS traffic (cloud-custodian's recordings, converted by tools/golden). Every divergence must
 * be listed, with its reason, in golden/expected-divergences.json: a new divergence fails, and so does a listed one
 * that no longer happens (so the list never goes stale).
 */
class GoldenCassetteTests {
  private static final List<String> CASSETTES =
      List.of(
          "image_query",
          "image_tag",
          "image_cross_account",
          "image_delete",
          "image_delete_associated_error",
          "bundle_delete");

  static Stream<String> cassettes() {
    return CASSETTES.stream();
  }

  @ParameterizedTest
  @MethodSource("cassettes")
  void the_mock_answers_the_recorded_aws_traffic_as_recorded_or_as_listed(String name)
      throws IOException {
    Cassette cassette = Cassette.parse(resource("golden/" + name + ".jsonl"), name + ".jsonl");

    VerificationReport report =
        ContractVerifier.withMock(b -> {}).run(cassette, (dev.wsmock.Seed) null, name + ".jsonl");

    List<String> actual = new ArrayList<>();
    report
        .results()
        .forEach(r -> r.divergences().forEach(d -> actual.add(r.index() + " " + d.describe())));
    assertThat(actual).as(report.render()).containsExactlyInAnyOrderElementsOf(expected(name));
  }

  private static List<String> expected(String cassette) throws IOException {
    JsonNode all = new ObjectMapper().readTree(resource("golden/expected-divergences.json"));
    List<String> lines = new ArrayList<>();
    for (JsonNode d : all.path("divergences")) {
      if (d.path("cassette").asText().equals(cassette)) {
        assertThat(d.path("reason").asText())
            .as("every listed divergence gives its reason")
            .isNotBlank();
        lines.add(
            d.path("exchange").asInt()
                + " "
                + d.path("path").asText()
                + ": recorded "
                + d.path("recorded").asText()
                + ", mock "
                + d.path("mock").asText());
      }
    }
    return lines;
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = GoldenCassetteTests.class.getClassLoader().getResourceAsStream(name)) {
      assertThat(in).as("classpath resource " + name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
