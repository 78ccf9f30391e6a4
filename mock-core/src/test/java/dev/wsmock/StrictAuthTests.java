package dev.wsmock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;
import software.amazon.awssdk.services.workspaces.model.WorkSpacesException;

/** Strict auth: SigV4 signatures verified with the seed's secrets, through SDK v2 and boto3 alike. */
class StrictAuthTests {
  private static final String OWNER = "111111111111";
  private static final String KEY = "AKIAOWNEREXAMPLE0001";
  private static final String SECRET = "owner-secret-0001";
  private static final String BAD_SIGNATURE =
      "The request signature we calculated does not match the signature you"
          + " provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.";
  private static final String EXPIRED =
      "Signature expired: \\d{8}T\\d{6}Z is now earlier than \\d{8}T\\d{6}Z"
          + " \\(\\d{8}T\\d{6}Z - 5 min\\.\\)";

  // The SDKs sign with the machine's time, so the mock's manual clock starts there; skew is then
  // explicit.
  private final ManualClock clock = ManualClock.at(Instant.now().truncatedTo(ChronoUnit.SECONDS));
  private final WorkSpacesMock mock =
      WorkSpacesMock.builder()
          .clock(clock)
          .seed(
              Seed.builder()
                  .account(OWNER, a -> a.accessKeyIds(KEY))
                  .secretAccessKey(KEY, SECRET)
                  .image("wsi-golden0001", OWNER, "us-east-1", i -> i.name("golden"))
                  .build())
          .strictAuth(true)
          .start();

  @AfterEach
  void close() {
    mock.close();
  }

  /**
   * Puts the mock's clock {@code skew} ahead of the machine's time now, just before a call is signed. Advancing
   * from the clock's start instead would shrink the skew by however long the test has run so far (SDK start-up,
   * earlier boto3 processes on a loaded machine), and a 6-minute skew would stop being past the 5-minute limit.
   */
  private void mockClockAheadOfTheMachineBy(Duration skew) {
    clock.set(Instant.now().plus(skew));
  }

  private WorkSpacesClient client(String key, String secret) {
    return WorkSpacesClient.builder()
        .endpointOverride(mock.endpoint())
        .region(Region.US_EAST_1)
        .credentialsProvider(
            StaticCredentialsProvider.create(AwsBasicCredentials.create(key, secret)))
        .build();
  }

  @Test
  void accepts_a_request_signed_with_the_configured_secret() {
    try (WorkSpacesClient owner = client(KEY, SECRET)) {
      assertThat(owner.describeWorkspaceImages(r -> {}).images())
          .extracting(i -> i.imageId())
          .containsExactly("wsi-golden0001");
    }
    assertThat(mock.journal().last()).get().extracting(RecordedCall::accountId).isEqualTo(OWNER);
  }

  @Test
  void refuses_an_access_key_without_a_secret_with_UnrecognizedClient() {
    try (WorkSpacesClient stranger = client("AKIASTRANGER00000001", SECRET)) {
      assertThatThrownBy(() -> stranger.describeWorkspaceImages(r -> {}))
          .isInstanceOfSatisfying(
              WorkSpacesException.class,
              e -> {
                assertThat(e.statusCode()).isEqualTo(400);
                assertThat(e.awsErrorDetails().errorCode())
                    .isEqualTo("UnrecognizedClientException");
                assertThat(e.awsErrorDetails().errorMessage())
                    .isEqualTo("The security token included in the request is invalid.");
              });
    }
  }

  @Test
  void refuses_a_12_digit_account_key_without_a_secret_in_strict_mode() {
    try (WorkSpacesClient account = SdkClients.forAccount(mock, "222222222222")) {
      assertThatThrownBy(() -> account.describeWorkspaceImages(r -> {}))
          .isInstanceOfSatisfying(
              WorkSpacesException.class,
              e ->
                  assertThat(e.awsErrorDetails().errorCode())
                      .isEqualTo("UnrecognizedClientException"));
    }
  }

  @Test
  void refuses_a_wrong_secret_with_InvalidSignature() {
    try (WorkSpacesClient impostor = client(KEY, "not-the-secret")) {
      assertThatThrownBy(() -> impostor.describeWorkspaceImages(r -> {}))
          .isInstanceOfSatisfying(
              WorkSpacesException.class,
              e -> {
                assertThat(e.statusCode()).isEqualTo(400);
                assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidSignatureException");
                assertThat(e.awsErrorDetails().errorMessage()).isEqualTo(BAD_SIGNATURE);
              });
    }
    assertThat(mock.journal().failures())
        .singleElement()
        .satisfies(c -> assertThat(c.errorCode()).isEqualTo("InvalidSignatureException"));
  }

  @Test
  void refuses_a_request_signed_more_than_5_minutes_before_the_mock_clock_as_expired() {
    mockClockAheadOfTheMachineBy(Duration.ofMinutes(6));
    try (WorkSpacesClient owner = client(KEY, SECRET)) {
      assertThatThrownBy(() -> owner.describeWorkspaceImages(r -> {}))
          .isInstanceOfSatisfying(
              WorkSpacesException.class,
              e -> {
                assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidSignatureException");
                assertThat(e.awsErrorDetails().errorMessage()).matches(EXPIRED);
              });
    }
  }

  @Test
  void accepts_a_request_signed_4_minutes_before_the_mock_clock() {
    mockClockAheadOfTheMachineBy(Duration.ofMinutes(4));
    try (WorkSpacesClient owner = client(KEY, SECRET)) {
      assertThat(owner.describeWorkspaceImages(r -> {}).images()).hasSize(1);
    }
  }

  @Test
  void accepts_secrets_from_a_seed_file_member_SecretAccessKeys() {
    mock.loadSeedJson(
        """
        {"Accounts": [{"AccountId": "222222222222", "AccessKeyIds": ["AKIARECIPIENT0000001"]}],
         "SecretAccessKeys": {"AKIARECIPIENT0000001": "recipient-secret"}}
        """,
        "inline");
    try (WorkSpacesClient recipient = client("AKIARECIPIENT0000001", "recipient-secret")) {
      assertThat(recipient.describeWorkspaceImages(r -> {}).images()).isEmpty();
    }
    assertThat(mock.exportStateJson()).doesNotContain("recipient-secret");
  }

  @Test
  void checks_no_signature_when_strict_auth_is_off() {
    try (WorkSpacesMock lax = WorkSpacesMock.builder().start();
        WorkSpacesClient impostor =
            WorkSpacesClient.builder()
                .endpointOverride(lax.endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(
                    StaticCredentialsProvider.create(AwsBasicCredentials.create(KEY, "wrong")))
                .build()) {
      assertThat(impostor.describeWorkspaceImages(r -> {}).images()).isEmpty();
    }
  }

  @Test
  void refuses_a_seed_with_secrets_when_strict_auth_is_off() {
    // Secrets in a lax mock would make a user believe signatures are checked while any signature
    // passes.
    WorkSpacesMock.Builder lax =
        WorkSpacesMock.builder().seed(Seed.builder().secretAccessKey(KEY, SECRET).build());
    assertThatThrownBy(lax::start)
        .isInstanceOfSatisfying(
            SeedException.class,
            e -> {
              assertThat(e.path()).isEqualTo("$.SecretAccessKeys");
              assertThat(e).hasMessageContaining("strict auth is off");
            });
    try (WorkSpacesMock running = WorkSpacesMock.builder().start()) {
      assertThatThrownBy(
              () ->
                  running.loadSeedJson(
                      "{\"SecretAccessKeys\": {\"" + KEY + "\": \"" + SECRET + "\"}}", "inline"))
          .isInstanceOf(SeedException.class)
          .hasMessageContaining("strictAuth(true)");
    }
  }

  // ---- the same rejections through boto3 ----

  @Test
  void boto3_is_accepted_with_the_right_secret_and_refused_with_each_AWS_error(@TempDir Path dir)
      throws Exception {
    Path script = boto3Script(dir);
    assertThat(boto3(script, KEY, SECRET))
        .satisfies(
            r -> {
              assertThat(r.code()).isEqualTo("ok");
              assertThat(r.message()).isEqualTo("wsi-golden0001");
            });
    assertThat(boto3(script, "AKIASTRANGER00000001", SECRET))
        .satisfies(
            r -> {
              assertThat(r.code()).isEqualTo("UnrecognizedClientException");
              assertThat(r.message())
                  .isEqualTo("The security token included in the request is invalid.");
            });
    assertThat(boto3(script, KEY, "not-the-secret"))
        .satisfies(
            r -> {
              assertThat(r.code()).isEqualTo("InvalidSignatureException");
              assertThat(r.message()).isEqualTo(BAD_SIGNATURE);
            });
    mockClockAheadOfTheMachineBy(Duration.ofMinutes(6));
    assertThat(boto3(script, KEY, SECRET))
        .satisfies(
            r -> {
              assertThat(r.code()).isEqualTo("InvalidSignatureException");
              assertThat(r.message()).matches(EXPIRED);
            });
  }

  private static Path boto3Script(Path dir) throws IOException, InterruptedException {
    Process probe;
    try {
      probe = new ProcessBuilder("python3", "-c", "import boto3").redirectErrorStream(true).start();
    } catch (IOException e) {
      probe = null;
    }
    assumeTrue(
        probe != null && probe.waitFor(60, TimeUnit.SECONDS) && probe.exitValue() == 0,
        "python3 with boto3 is not installed");
    Path script = dir.resolve("boto3_call.py");
    try (InputStream in = StrictAuthTests.class.getResourceAsStream("boto3_call.py")) {
      Files.copy(in, script);
    }
    return script;
  }

  /** What boto3 saw: {@code ok} and the listed image ids, or the AWS error code and message. */
  record Outcome(String code, String message) {}

  private Outcome boto3(Path script, String key, String secret)
      throws IOException, InterruptedException {
    Process python =
        new ProcessBuilder(
                "python3", script.toString(), mock.endpoint().toString(), key, secret, "us-east-1")
            .redirectErrorStream(true)
            .start();
    byte[] output = python.getInputStream().readAllBytes();
    assertThat(python.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String text = new String(output, StandardCharsets.UTF_8).trim();
    assertThat(python.exitValue()).as(text).isZero();
    JsonNode line = new ObjectMapper().readTree(text.substring(text.lastIndexOf('\n') + 1));
    return new Outcome(line.path("code").asText(), line.path("message").asText());
  }
}
