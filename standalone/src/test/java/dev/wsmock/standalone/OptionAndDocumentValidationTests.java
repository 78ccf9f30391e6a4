package dev.wsmock.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;
import software.amazon.awssdk.services.workspaces.model.WorkSpacesException;

/**
 * What the standalone server refuses before it serves anything, and what its admin API refuses as 4xx: strict auth on
 * the command line, seeds with secrets but no strict auth, durations no clock can add, fault rules and force-state
 * documents that once ended in a NullPointerException 500, fault error codes no header can carry.
 */
class OptionAndDocumentValidationTests {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] AS_JSON = {"Content-Type", "application/json"};

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.commandLine(
            new ServeCommand(), new PrintWriter(out, true), new PrintWriter(err, true))
        .execute(args);
  }

  private static Path seedWithSecret(Path dir) throws Exception {
    Path seed = dir.resolve("secrets.json");
    Files.writeString(
        seed,
        """
        {"Accounts": [{"AccountId": "111111111111", "AccessKeyIds": ["AKIAOWNEREXAMPLE0001"]}],
         "SecretAccessKeys": {"AKIAOWNEREXAMPLE0001": "owner-secret"}}
        """);
    return seed;
  }

  private static WorkSpacesClient client(java.net.URI endpoint, String key, String secret) {
    return WorkSpacesClient.builder()
        .endpointOverride(endpoint)
        .region(Region.US_EAST_1)
        .httpClient(UrlConnectionHttpClient.create())
        .credentialsProvider(
            StaticCredentialsProvider.create(AwsBasicCredentials.create(key, secret)))
        .build();
  }

  // ---- strict auth from the command line ----

  @Test
  void strict_auth_verifies_signatures_with_the_seeded_secrets(@TempDir Path dir) throws Exception {
    try (RunningServer server =
            RunningServer.start("--strict-auth", "--seed", seedWithSecret(dir).toString());
        WorkSpacesClient owner = client(server.endpoint(), "AKIAOWNEREXAMPLE0001", "owner-secret");
        WorkSpacesClient impostor = client(server.endpoint(), "AKIAOWNEREXAMPLE0001", "a-guess")) {
      assertThat(owner.describeWorkspaceImages(r -> {}).images()).isEmpty();
      assertThatThrownBy(() -> impostor.describeWorkspaceImages(r -> {}))
          .isInstanceOfSatisfying(
              WorkSpacesException.class,
              e ->
                  assertThat(e.awsErrorDetails().errorCode())
                      .isEqualTo("InvalidSignatureException"));
    }
  }

  @Test
  void a_seed_with_secrets_but_no_strict_auth_is_refused_at_start(@TempDir Path dir)
      throws Exception {
    String seed = seedWithSecret(dir).toString();
    int exitCode =
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> run("--port", "0", "--seed", seed));

    assertThat(exitCode).isEqualTo(3);
    assertThat(err.toString())
        .contains("$.SecretAccessKeys")
        .contains("--strict-auth")
        .doesNotContain("owner-secret");
    assertThat(out.toString()).doesNotContain("listening");
  }

  @Test
  void a_seed_with_secrets_posted_to_a_lax_server_is_refused() throws Exception {
    try (RunningServer server = RunningServer.start()) {
      HttpResponse<String> refused =
          Http.post(
              server.endpoint(),
              "/__admin/workspaces/seed",
              "{\"SecretAccessKeys\": {\"AKIAOWNEREXAMPLE0001\": \"owner-secret\"}}",
              AS_JSON);
      assertThat(refused.statusCode()).isEqualTo(400);
      assertThat(JSON.readTree(refused.body()).path("error").asText()).isEqualTo("InvalidSeed");
    }
  }

  // ---- durations ----

  @ParameterizedTest
  @ValueSource(strings = {"99999999999999h", "999999999999999999h", "PT999999999H", "PT87601H"})
  void a_delay_no_clock_can_add_is_a_usage_error(String delay) {
    // Bounded: a server that wrongly starts would serve until stopped.
    int exitCode =
        assertTimeoutPreemptively(
            Duration.ofSeconds(60), () -> run("--port", "0", "--image-ready-after", delay));

    assertThat(exitCode).isEqualTo(2);
    assertThat(err.toString()).contains("--image-ready-after").doesNotContain("\tat ", "Exception");
    assertThat(out.toString()).doesNotContain("listening");
  }

  @Test
  void the_longest_delay_starts_and_images_are_created_pending() throws Exception {
    try (RunningServer server = RunningServer.start("--image-ready-after", "PT87600H");
        WorkSpacesClient owner = Sdk.client(server.endpoint(), "111111111111")) {
      String id =
          owner
              .importWorkspaceImage(
                  r ->
                      r.ec2ImageId("ami-0123456789abcdef0")
                          .ingestionProcess("BYOL_REGULAR")
                          .imageName("imported")
                          .imageDescription("d"))
              .imageId();
      assertThat(owner.describeWorkspaceImages(r -> r.imageIds(id)).images().get(0).stateAsString())
          .isEqualTo("PENDING");
    }
  }

  // ---- regions ----

  @Test
  void an_extra_region_is_served_and_others_no_partition_has_are_refused() throws Exception {
    try (RunningServer server = RunningServer.start("--extra-region", "local");
        WorkSpacesClient local =
            WorkSpacesClient.builder()
                .endpointOverride(server.endpoint())
                .region(Region.of("local"))
                .httpClient(UrlConnectionHttpClient.create())
                .credentialsProvider(
                    StaticCredentialsProvider.create(
                        AwsBasicCredentials.create("111111111111", "any")))
                .build();
        WorkSpacesClient fake =
            WorkSpacesClient.builder()
                .endpointOverride(server.endpoint())
                .region(Region.of("zz-fake-9"))
                .httpClient(UrlConnectionHttpClient.create())
                .credentialsProvider(
                    StaticCredentialsProvider.create(
                        AwsBasicCredentials.create("111111111111", "any")))
                .build()) {
      assertThat(local.describeWorkspaceImages(r -> {}).images()).isEmpty();
      assertThatThrownBy(
              () ->
                  fake.importWorkspaceImage(
                      r ->
                          r.ec2ImageId("ami-0123456789abcdef0")
                              .ingestionProcess("BYOL_REGULAR")
                              .imageName("imported")
                              .imageDescription("d")))
          .isInstanceOfSatisfying(
              WorkSpacesException.class,
              e -> {
                assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidSignatureException");
                assertThat(e.awsErrorDetails().errorMessage())
                    .isEqualTo("Credential should be scoped to a valid region, not 'zz-fake-9'.");
              });
      assertThat(Http.get(server.endpoint(), "/__admin/workspaces/state").body())
          .doesNotContain("zz-fake-9");
    }
  }

  // ---- admin documents ----

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"Faults\": [{\"Effect\": {\"Latency\": {\"Uniform\": {\"Lower\": \"1ms\"}}}}]}",
        "{\"Faults\": [{\"Effect\": {\"Latency\": {\"Uniform\": {\"Upper\": \"1ms\"}}}}]}",
        "{\"Faults\": [{\"Effect\": {\"Latency\": {\"LogNormal\": {\"Median\": \"1ms\"}}}}]}",
        "{\"Faults\": [{\"Effect\": {\"Latency\": {\"Fixed\": null}}}]}",
        "{\"Faults\": [{\"Effect\": {\"Error\": {\"Code\": null}}}]}",
        "{\"Faults\": [null]}",
        "{\"Faults\": null, \"Seed\": {\"Images\": [null]}}",
        "null",
        "[]"
      })
  void a_faults_document_with_a_member_missing_is_refused_with_a_4xx(String document)
      throws Exception {
    try (RunningServer server = RunningServer.start()) {
      HttpResponse<String> refused =
          Http.post(server.endpoint(), "/__admin/workspaces/faults", document, AS_JSON);
      assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
      JsonNode error = JSON.readTree(refused.body());
      assertThat(error.path("error").asText()).isIn("InvalidFaults", "InvalidSeed");
      assertThat(error.path("message").asText()).isNotBlank();
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "null",
        "[]",
        "{\"State\": null}",
        "{\"State\": \"ERROR\", \"ErrorCode\": null}",
        "{\"State\": \"ERROR\", \"ErrorCode\": \"Broken\", \"ErrorDetails\": [null]}",
        "{\"State\": \"ERROR\", \"ErrorCode\": \"Broken\", \"ErrorDetails\": [{\"ErrorCode\": null}]}"
      })
  void a_force_state_document_that_is_null_or_incomplete_is_refused_with_a_4xx(String document)
      throws Exception {
    try (RunningServer server = RunningServer.start("--seed", "demo-seed.json")) {
      String before = Http.get(server.endpoint(), "/__admin/workspaces/state").body();
      HttpResponse<String> refused =
          Http.post(
              server.endpoint(),
              "/__admin/workspaces/images/wsi-golden0001/state",
              document,
              AS_JSON);
      assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
      assertThat(JSON.readTree(refused.body()).path("error").asText()).isEqualTo("InvalidRequest");
      assertThat(Http.get(server.endpoint(), "/__admin/workspaces/state").body()).isEqualTo(before);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Throttling\\r\\nX-Injected: 1",
        "Drosselungsausnahme\\u00e4",
        "",
        "1Starts-With-A-Digit",
        "ns#Code"
      })
  void a_fault_error_code_no_header_can_carry_is_refused(String code) throws Exception {
    try (RunningServer server = RunningServer.start()) {
      HttpResponse<String> refused =
          Http.post(
              server.endpoint(),
              "/__admin/workspaces/faults",
              "{\"Faults\": [{\"Effect\": {\"Error\": {\"Code\": \"" + code + "\"}}}]}",
              AS_JSON);
      assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
      assertThat(JSON.readTree(refused.body()).path("message").asText())
          .contains("$.Faults[0].Effect.Error")
          .contains("error code");
    }
  }

  @Test
  void a_fault_error_code_of_100_kb_is_refused_and_a_valid_one_is_sent_as_header_and_type()
      throws Exception {
    try (RunningServer server = RunningServer.start();
        WorkSpacesClient owner = Sdk.client(server.endpoint(), "111111111111")) {
      HttpResponse<String> refused =
          Http.post(
              server.endpoint(),
              "/__admin/workspaces/faults",
              "{\"Faults\": [{\"Effect\": {\"Error\": {\"Code\": \""
                  + "A".repeat(100_000)
                  + "\"}}}]}",
              AS_JSON);
      assertThat(refused.statusCode()).isEqualTo(400);

      HttpResponse<String> added =
          Http.post(
              server.endpoint(),
              "/__admin/workspaces/faults",
              "{\"Faults\": [{\"Effect\": {\"Error\": {\"Code\": \"Client.Throttled_2\", \"Status\": 429}}}]}",
              AS_JSON);
      assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
      assertThatThrownBy(() -> owner.describeWorkspaceImages(r -> {}))
          .isInstanceOfSatisfying(
              WorkSpacesException.class,
              e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("Client.Throttled_2"));
    }
  }
}
