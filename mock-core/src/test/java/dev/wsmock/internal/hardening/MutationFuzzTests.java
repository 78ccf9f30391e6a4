package dev.wsmock.internal.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wsmock.Operation;
import dev.wsmock.SeedException;
import dev.wsmock.internal.MockRuntime;
import dev.wsmock.internal.protocol.HttpAnswer;
import dev.wsmock.internal.protocol.HttpCall;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The mutation fuzzer, beside the generated one ({@link ContractFuzzTests}): valid requests of every modelled operation
 * (derived from the contract, so an operation added later is fuzzed without a change here), each mutated node by node
 * with {@link JsonMutations} and sent through {@link MockRuntime#serve}. Every answer must be below 500 and in AWS's
 * format, a refusal must leave the whole state as it was, and the whole-state invariants must hold after every call.
 * Seed documents get the same treatment through the seed API: a {@link SeedException} or success, nothing else.
 *
 * <p>{@code wsmock.mutation.rounds} (1 per build, 20 with {@code -Pfuzz-long}) is how many valid requests per
 * operation are mutated; every node is replaced in every way each round.
 */
class MutationFuzzTests {
  private static final int ROUNDS = Integer.getInteger("wsmock.mutation.rounds", 1);
  private static final String ACCOUNT = "111111111111";
  private static final String REGION = "us-east-1";

  private static long cases;
  private static long serverErrors;
  private static long notAwsFormat;
  private static long refused;
  private static long succeeded;
  private static long seedCases;
  private static final TreeSet<String> OPERATIONS = new TreeSet<>();

  @Test
  void the_contract_derived_operations_are_every_modelled_operation() {
    assertThat(ContractFuzzTests.CONTRACT.operationNames())
        .containsExactlyInAnyOrderElementsOf(
            Arrays.stream(Operation.values()).map(Operation::awsName).toList());
  }

  @Test
  void mutated_requests_of_every_operation_get_aws_errors_and_leave_the_state_sound() {
    List<String> failures = new ArrayList<>();
    for (String operation : ContractFuzzTests.CONTRACT.operationNames()) {
      MockRuntime mock = InProcess.runtime(FuzzSeeds.standard());
      Random random = new Random(operation.hashCode());
      for (int round = 0; round < ROUNDS; round++) {
        ObjectNode valid = validRequest(mock, operation, random);
        for (JsonMutations.Mutant mutant :
            JsonMutations.mutants(valid, random, JsonMutations.replacementKinds(), 8)) {
          serve(mock, operation, mutant, failures);
        }
      }
      OPERATIONS.add(operation);
    }
    assertThat(failures).as("answers that broke the rules (first 20)").isEmpty();
    assertThat(serverErrors).isZero();
    assertThat(notAwsFormat).isZero();
  }

  /** A valid request that succeeds against the seeded state, if one of a few candidates does. */
  private static ObjectNode validRequest(MockRuntime mock, String operation, Random random) {
    ObjectNode body = null;
    for (int attempt = 0; attempt < 20; attempt++) {
      body = ContractFuzzTests.CONTRACT.valid(operation, random);
      HttpAnswer answer = mock.serve(InProcess.call(operation, ACCOUNT, REGION, body));
      mock.reset();
      if (answer.isSuccess()) {
        break;
      }
    }
    return body;
  }

  private static void serve(
      MockRuntime mock, String operation, JsonMutations.Mutant mutant, List<String> failures) {
    String before = mock.exportState().toString();
    HttpCall call =
        new HttpCall("POST", "/", InProcess.headers(operation, ACCOUNT, REGION), mutant.body());
    HttpAnswer answer = mock.serve(call);
    cases++;
    String problem = null;
    if (answer.status() >= 500) {
      serverErrors++;
      problem = "status " + answer.status();
    } else if (answer.isSuccess()) {
      succeeded++;
      List<?> violations = InProcess.CONTRACT.checkOutput(operation, InProcess.json(answer));
      if (!violations.isEmpty()) {
        problem = "success outside the contract: " + violations;
      }
    } else {
      refused++;
      String format = awsFormatProblem(answer);
      if (format != null) {
        notAwsFormat++;
        problem = format;
      } else if (!mock.exportState().toString().equals(before)) {
        problem = "a refused call changed the state";
      }
    }
    List<String> broken = mock.invariantViolations();
    if (problem == null && !broken.isEmpty()) {
      problem = "invariants broken: " + broken;
    }
    if (problem != null && failures.size() < 20) {
      failures.add(operation + " " + mutant + ": " + problem);
    }
    if (answer.isSuccess()) {
      mock.reset();
    }
  }

  /** Why {@code answer} is not an AWS JSON 1.1 error, or null when it is one. */
  static String awsFormatProblem(HttpAnswer answer) {
    if (answer.status() < 400 || answer.status() > 499) {
      return "status " + answer.status();
    }
    Map<String, String> headers = answer.headers();
    if (!"application/x-amz-json-1.1".equals(headers.get("Content-Type"))
        || headers.get("x-amzn-RequestId") == null) {
      return "headers " + headers;
    }
    JsonNode error;
    try {
      error = InProcess.JSON.readTree(answer.body());
    } catch (IOException e) {
      return "body is not JSON";
    }
    if (!error.path("__type").isTextual()
        || !error.path("message").isTextual()
        || !error.path("__type").asText().equals(headers.get("x-amzn-ErrorType"))) {
      return "error body " + error;
    }
    return null;
  }

  @Test
  void mutated_seed_documents_are_loaded_or_refused_with_a_seed_error_only() throws IOException {
    byte[] demo;
    try (InputStream in =
        MutationFuzzTests.class.getResourceAsStream("/seeds/decisions-example.json")) {
      demo = in.readAllBytes();
    }
    JsonNode valid = InProcess.JSON.readTree(demo);
    Random random = new Random(42);
    List<String> failures = new ArrayList<>();
    MockRuntime mock = InProcess.runtime(FuzzSeeds.standard());
    for (int round = 0; round < ROUNDS; round++) {
      int perNode = ROUNDS > 1 ? JsonMutations.replacementKinds() : 8;
      for (JsonMutations.Mutant mutant : JsonMutations.mutants(valid, random, perNode, 16)) {
        String before = mock.exportState().toString();
        seedCases++;
        try {
          mock.seed(mock.seedFiles().read(mutant.body(), "fuzzed.json"), "fuzzed.json");
          if (!mock.invariantViolations().isEmpty()) {
            failures.add(mutant + ": invariants " + mock.invariantViolations());
          }
          mock.reset();
        } catch (SeedException expected) {
          if (!mock.exportState().toString().equals(before)) {
            failures.add(mutant + ": a refused seed changed the state");
          }
        } catch (RuntimeException other) {
          if (failures.size() < 20) {
            failures.add(mutant + ": " + other);
          }
        }
      }
    }
    assertThat(failures).as("seed documents that broke the rules (first 20)").isEmpty();
  }

  @AfterAll
  static void report() {
    System.out.printf(
        "[hardening] mutation fuzz (in-process): %d cases over %d operations (%d succeeded, %d refused),"
            + " %d 5xx, %d answers not in AWS format; %d mutated seed documents%n",
        cases, OPERATIONS.size(), succeeded, refused, serverErrors, notAwsFormat, seedCases);
  }
}
