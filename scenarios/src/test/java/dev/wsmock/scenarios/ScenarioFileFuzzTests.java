package dev.wsmock.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wsmock.SeedException;
import dev.wsmock.WorkSpacesMock;
import dev.wsmock.internal.hardening.JsonMutations;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The mutation fuzzer on scenario files: the scenario with every member, mutated node by node, is either read or
 * refused with a {@link ScenarioException}; a scenario that reads is applied or refused with a {@link SeedException}.
 * Nothing else may escape, whatever the bytes.
 */
class ScenarioFileFuzzTests {
  private static final int ROUNDS = Integer.getInteger("wsmock.mutation.rounds", 1);

  @Test
  void mutated_scenario_files_are_read_or_refused_with_a_scenario_error_only() throws Exception {
    JsonNode valid;
    try (InputStream in =
        ScenarioFileFuzzTests.class.getResourceAsStream("/scenarios/both-formats.json")) {
      valid = new ObjectMapper().readTree(in);
    }
    Random random = new Random(11);
    List<String> failures = new ArrayList<>();
    int cases = 0;
    try (WorkSpacesMock mock = WorkSpacesMock.builder().start()) {
      for (int round = 0; round < ROUNDS; round++) {
        int perNode = ROUNDS > 1 ? JsonMutations.replacementKinds() : 6;
        for (JsonMutations.Mutant mutant : JsonMutations.mutants(valid, random, perNode, 16)) {
          cases++;
          try {
            ScenarioReader.read(mutant.body(), "fuzzed.json").applyTo(mock);
          } catch (ScenarioException | SeedException expected) {
            // refused with the file, the path and what was expected
          } catch (RuntimeException other) {
            if (failures.size() < 20) {
              failures.add(mutant + ": " + other);
            }
          } finally {
            mock.reset();
          }
        }
      }
    }
    System.out.printf("[hardening] scenario file mutation fuzz: %d mutated documents%n", cases);
    assertThat(failures).as("scenario files that broke the rules (first 20)").isEmpty();
  }
}
