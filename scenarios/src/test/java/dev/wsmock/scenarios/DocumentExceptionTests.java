package dev.wsmock.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.wsmock.DocumentException;
import dev.wsmock.Seed;
import dev.wsmock.SeedException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A broken seed and a broken scenario file fail alike: one type to catch, naming the file and the path. */
class DocumentExceptionTests {
  @Test
  void a_broken_seed_is_a_document_exception_naming_its_source_and_path() {
    DocumentException problem =
        catchThrowableOfType(
            DocumentException.class,
            () -> Seed.fromJson(bytes("{\"Images\":[{\"Nmae\":\"x\"}]}"), "golden.json"));

    assertThat(problem).isInstanceOf(SeedException.class);
    assertThat(problem.source()).isEqualTo("golden.json");
    assertThat(problem.path()).isEqualTo("$.Images[0]");
    assertThat(problem).hasMessageStartingWith("golden.json: $.Images[0]: ");
  }

  @Test
  void a_broken_scenario_is_a_document_exception_naming_its_source_and_path() {
    DocumentException problem =
        catchThrowableOfType(
            DocumentException.class,
            () ->
                ScenarioReader.read(
                    bytes(
                        "Faults: [{When: {Probability: 1.5}, Effect: {Transport: EMPTY_RESPONSE}}]"),
                    "flaky.yaml"));

    assertThat(problem).isInstanceOf(ScenarioException.class);
    assertThat(problem.source()).isEqualTo("flaky.yaml");
    assertThat(problem.path()).isEqualTo("$.Faults[0].When.Probability");
    assertThat(problem).hasMessageStartingWith("flaky.yaml: $.Faults[0].When.Probability: ");
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
