package dev.wsmock.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wsmock.internal.hardening.JsonMutations;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The mutation fuzzer on the standalone server's admin documents: a seed (the demo seed), a faults document with every
 * trigger and effect, and a force-state document, each mutated node by node ({@link JsonMutations}) and posted as
 * JSON. Every answer is below 500 and the admin API's JSON ({@code error} and {@code message} when refused); a refusal
 * leaves the state as it was. {@code wsmock.mutation.rounds} above 1 replaces every node in every way.
 */
class AdminApiFuzzTests {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int ROUNDS = Integer.getInteger("wsmock.mutation.rounds", 1);
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  static final String FAULTS =
      """
      {"Name": "fuzzed", "Description": "every member", "FaultSeed": 7,
       "Seed": {"Images": [{"ImageId": "wsi-fuzzed0001", "OwnerAccountId": "111111111111", "Region": "us-east-1",
                            "Name": "fuzzed", "Tags": [{"Key": "team", "Value": "vdi"}]}]},
       "Consistency": {"ShareVisibleAfter": "2s", "ShareVisibleAfterDescribes": 1, "PendingForDescribes": 1},
       "Faults": [
         {"Name": "storm", "Times": 3,
          "When": {"Operation": "DescribeWorkspaceImages", "Account": "111111111111", "Region": "us-east-1",
                   "ImageId": "wsi-golden0001", "NthCall": 2, "EveryKth": 2, "FirstN": 10, "Probability": 0.5,
                   "TimeWindow": {"From": "2026-01-01T00:00:00Z", "Until": "2027-01-01T00:00:00Z"},
                   "AttemptsUpTo": 2},
          "Effect": {"Error": {"Status": 400, "Code": "ThrottlingException", "Message": "Rate exceeded"}}},
         {"Effect": {"Latency": {"Uniform": {"Lower": "1ms", "Upper": "2ms"}}}},
         {"Effect": {"Latency": {"LogNormal": {"Median": "1ms", "Sigma": 0.5}}}},
         {"Effect": {"Latency": {"Fixed": "1ms"}}},
         {"Effect": {"Transport": "CONNECTION_RESET_BY_PEER"}},
         {"Effect": {"CorruptBody": "TRUNCATED"}},
         {"Effect": {"LostResponse": {"Error": {"Code": "InternalFailure"}}}}]}
      """;

  static final String FORCE_STATE =
      """
      {"State": "ERROR", "ErrorCode": "InvalidImage", "ErrorMessage": "the build broke",
       "ErrorDetails": [{"ErrorCode": "DiskFreeSpace", "ErrorMessage": "not enough space"}]}
      """;

  /** Empty, for seeds and faults (a seed must not clash with what is there); the demo seed, for forcing states. */
  private static RunningServer server;

  private static RunningServer seeded;
  private static long cases;
  private static long serverErrors;
  private static long notAdminFormat;

  @BeforeAll
  static void start() {
    server = RunningServer.start();
    seeded = RunningServer.start("--seed", "demo-seed.json");
  }

  @AfterAll
  static void stop() throws Exception {
    server.stop();
    seeded.stop();
    System.out.printf(
        "[hardening] admin API mutation fuzz: %d documents posted, %d 5xx, %d answers not in the admin"
            + " format%n",
        cases, serverErrors, notAdminFormat);
  }

  private static HttpResponse<String> send(
      RunningServer target, String method, String path, byte[] body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(target.endpoint().resolve(path))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String state(RunningServer target) throws IOException, InterruptedException {
    return send(target, "GET", "/__admin/workspaces/state", new byte[0]).body();
  }

  private static void fuzz(RunningServer target, String path, JsonNode valid, long seed)
      throws Exception {
    List<String> failures = new ArrayList<>();
    Random random = new Random(seed);
    int perNode = ROUNDS > 1 ? JsonMutations.replacementKinds() : 3;
    for (int round = 0; round < ROUNDS; round++) {
      for (JsonMutations.Mutant mutant : JsonMutations.mutants(valid, random, perNode, 6)) {
        String before = state(target);
        HttpResponse<String> answer = send(target, "POST", path, mutant.body());
        cases++;
        String problem = null;
        if (answer.statusCode() >= 500) {
          serverErrors++;
          problem = "status " + answer.statusCode();
        } else if (answer.statusCode() >= 400) {
          JsonNode error = adminError(answer);
          if (error == null) {
            notAdminFormat++;
            problem = "not an admin error: " + answer.statusCode() + " " + answer.body();
          } else if (!state(target).equals(before)) {
            problem = "a refused document changed the state";
          }
        } else {
          send(target, "POST", "/__admin/workspaces/reset", new byte[0]);
          send(target, "DELETE", "/__admin/workspaces/faults", new byte[0]);
        }
        if (problem != null && failures.size() < 20) {
          failures.add(mutant + ": " + problem);
        }
      }
    }
    assertThat(failures).as("admin answers that broke the rules (first 20)").isEmpty();
  }

  private static JsonNode adminError(HttpResponse<String> answer) {
    if (!answer.headers().firstValue("Content-Type").orElse("").startsWith("application/json")) {
      return null;
    }
    try {
      JsonNode error = JSON.readTree(answer.body());
      return error.path("error").isTextual() && error.path("message").isTextual() ? error : null;
    } catch (IOException e) {
      return null;
    }
  }

  @Test
  void mutated_seed_documents_are_added_or_refused_as_admin_errors() throws Exception {
    fuzz(
        server,
        "/__admin/workspaces/seed",
        JSON.readTree(Files.readAllBytes(Path.of("demo-seed.json"))),
        1);
  }

  @Test
  void mutated_faults_documents_are_added_or_refused_as_admin_errors() throws Exception {
    fuzz(server, "/__admin/workspaces/faults", JSON.readTree(FAULTS), 2);
  }

  @Test
  void mutated_force_state_documents_are_applied_or_refused_as_admin_errors() throws Exception {
    fuzz(seeded, "/__admin/workspaces/images/wsi-golden0001/state", JSON.readTree(FORCE_STATE), 3);
  }
}
