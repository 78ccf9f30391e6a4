package dev.wsmock.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.wsmock.Seed;
import dev.wsmock.WorkSpacesMock;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;

class ContractCommandsTests {
  private static final String SEED_JSON =
      """
      {"Images": [{"ImageId": "wsi-golden0001", "OwnerAccountId": "111111111111", "Region": "us-east-1",
                   "Name": "golden-win11"}]}
      """;
  private static final String CASSETTE =
      """
      {"Operation":"DescribeWorkspaceImages","AccountId":"111111111111","Region":"us-east-1","Request":{},"Status":200,"Response":{"Images":[{"ImageId":"wsi-golden0001","Name":"golden-win11","OperatingSystem":{"Type":"WINDOWS"},"State":"AVAILABLE","RequiredTenancy":"DEFAULT","Created":1767225600.0,"OwnerAccountId":"111111111111"}]}}
      """;

  private record Run(int exitCode, String out, String err) {}

  private static Run run(Object command, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        new CommandLine(command)
            .setOut(new PrintWriter(out, true))
            .setErr(new PrintWriter(err, true))
            .execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void verify_exits_zero_and_says_all_match_for_a_matching_cassette(@TempDir Path dir)
      throws Exception {
    Path seed = Files.writeString(dir.resolve("seed.json"), SEED_JSON);
    Path cassette = Files.writeString(dir.resolve("c.jsonl"), CASSETTE);

    Run run = run(new VerifyCommand(), cassette.toString(), "--seed", seed.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .startsWith(cassette + ": 1 exchanges, all match")
        .contains("  1 OK   DescribeWorkspaceImages");
  }

  @Test
  void verify_exits_non_zero_with_a_readable_report_on_divergence(@TempDir Path dir)
      throws Exception {
    Path seed =
        Files.writeString(
            dir.resolve("seed.json"), SEED_JSON.replace("golden-win11", "golden-win10"));
    Path cassette = Files.writeString(dir.resolve("c.jsonl"), CASSETTE);

    Run run = run(new VerifyCommand(), cassette.toString(), "--seed", seed.toString());

    assertThat(run.exitCode()).isEqualTo(VerifyCommand.DIVERGED);
    assertThat(run.out())
        .contains(
            "1 diverge",
            "  1 DIFF DescribeWorkspaceImages",
            "Images[0].Name: recorded \"golden-win11\", mock \"golden-win10\"");
  }

  @Test
  void verify_names_the_line_of_a_broken_cassette(@TempDir Path dir) throws Exception {
    Path cassette = Files.writeString(dir.resolve("c.jsonl"), CASSETTE + "{not json\n");

    Run run = run(new VerifyCommand(), cassette.toString());

    assertThat(run.exitCode()).isEqualTo(VerifyCommand.UNREADABLE);
    assertThat(run.err()).contains("c.jsonl:2: not JSON");
  }

  @Test
  void record_proxies_to_the_target_and_writes_the_cassette(@TempDir Path dir) {
    Path file = dir.resolve("recorded.jsonl");
    try (WorkSpacesMock mock =
        WorkSpacesMock.builder()
            .seed(Seed.builder().image("wsi-golden0001", "111111111111", "us-east-1").build())
            .start()) {
      RecordCommand record = new RecordCommand();
      Recording recording =
          startRecording(
              record, "--record-to", file.toString(), "--proxy-to", mock.endpoint().toString());
      try (WorkSpacesClient client =
          WorkSpacesClient.builder()
              .endpointOverride(recording.endpoint())
              .region(Region.US_EAST_1)
              .httpClient(UrlConnectionHttpClient.create())
              .credentialsProvider(
                  StaticCredentialsProvider.create(AwsBasicCredentials.create("111111111111", "s")))
              .build()) {
        assertThat(client.describeWorkspaceImages(r -> {}).images()).hasSize(1);
      }
      record.stop();
      assertThat(recording.exit())
          .succeedsWithin(Duration.ofSeconds(60))
          .isEqualTo(0); // bounded: a stuck proxy fails, not hangs
    }
    assertThat(file)
        .content(StandardCharsets.UTF_8)
        .startsWith(
            "{\"Operation\":\"DescribeWorkspaceImages\",\"AccountId\":\"111111111111\",\"Region\":\"us-east-1\"");
  }

  private record Recording(URI endpoint, CompletableFuture<Integer> exit) {}

  /** Runs {@code record} on its own thread until {@link RecordCommand#stop()}; returns once it listens. */
  private static Recording startRecording(RecordCommand record, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine line =
        new CommandLine(record)
            .setOut(new PrintWriter(out, true))
            .setErr(new PrintWriter(err, true));
    CompletableFuture<Integer> exit = new CompletableFuture<>();
    Thread recorder =
        new Thread(() -> exit.complete(line.execute(args)), "wsmock-record-under-test");
    recorder.setDaemon(
        true); // its own thread: the common pool may be one thread, or busy, on a small machine
    recorder.start();
    Pattern ready = Pattern.compile("wsmock recording on (http://\\S+) -> ");
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> ready.matcher(out.toString()).find() || exit.isDone());
    Matcher m = ready.matcher(out.toString());
    assertThat(m.find()).as("record did not start: %s", err).isTrue();
    return new Recording(URI.create(m.group(1)), exit);
  }

  private static final String PROXY_KEY = "AKIAPROXYEXAMPLE0001";
  private static final String PROXY_SECRET = "proxy-secret-0001";

  private static WorkSpacesMock strictTarget() {
    return WorkSpacesMock.builder()
        .seed(
            Seed.builder()
                .account("111111111111", a -> a.accessKeyIds(PROXY_KEY))
                .secretAccessKey(PROXY_KEY, PROXY_SECRET)
                .image("wsi-golden0001", "111111111111", "us-east-1")
                .build())
        .strictAuth(true)
        .start();
  }

  @Test
  void record_sign_with_default_re_signs_with_the_chains_credentials_for_the_target(
      @TempDir Path dir) {
    Path file = dir.resolve("signed.jsonl");
    List<String> profilesAsked = new ArrayList<>();
    RecordCommand record =
        new RecordCommand(
            profile -> {
              profilesAsked.add(String.valueOf(profile));
              return StaticCredentialsProvider.create(
                  AwsBasicCredentials.create(PROXY_KEY, PROXY_SECRET));
            });
    try (WorkSpacesMock target = strictTarget()) {
      Recording recording =
          startRecording(
              record,
              "--record-to",
              file.toString(),
              "--proxy-to",
              target.endpoint().toString(),
              "--sign-with",
              "default",
              "--account",
              "111111111111");
      try (WorkSpacesClient client =
          WorkSpacesClient.builder()
              .endpointOverride(recording.endpoint())
              .region(Region.US_EAST_1)
              .httpClient(UrlConnectionHttpClient.create())
              .credentialsProvider(
                  StaticCredentialsProvider.create(
                      AwsBasicCredentials.create(PROXY_KEY, "the-clients-own-secret")))
              .build()) {
        assertThat(client.describeWorkspaceImages(r -> {}).images()).hasSize(1);
      }
      record.stop();
      assertThat(recording.exit()).succeedsWithin(Duration.ofSeconds(60)).isEqualTo(0);
    }
    assertThat(profilesAsked).containsExactly("null");
    assertThat(file)
        .content(StandardCharsets.UTF_8)
        .startsWith(
            "{\"Operation\":\"DescribeWorkspaceImages\",\"AccountId\":\"111111111111\",\"Region\":\"us-east-1\"")
        .doesNotContain(PROXY_KEY)
        .doesNotContain(PROXY_SECRET);
  }

  @Test
  void record_towards_a_host_that_is_not_loopback_signs_by_default_and_without_credentials_exits_2(
      @TempDir Path dir) {
    RecordCommand record =
        new RecordCommand(
            profile ->
                () -> {
                  throw SdkClientException.create(
                      "Unable to load credentials from any of the providers");
                });

    Run run =
        run(
            record,
            "--record-to",
            dir.resolve("c.jsonl").toString(),
            "--proxy-to",
            "https://workspaces.us-east-1.amazonaws.com");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains(
            "no AWS credentials to sign requests for https://workspaces.us-east-1.amazonaws.com")
        .contains("Unable to load credentials from any of the providers")
        .contains("--sign-with none")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
    assertThat(dir.resolve("c.jsonl")).doesNotExist();
  }

  @Test
  void record_with_an_unknown_profile_exits_2_naming_it(@TempDir Path dir) {
    Run run =
        run(
            new RecordCommand(),
            "--record-to",
            dir.resolve("c.jsonl").toString(),
            "--proxy-to",
            "http://127.0.0.1:9",
            "--profile",
            "wsmock-test-profile-that-no-machine-has");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("(profile wsmock-test-profile-that-no-machine-has)")
        .doesNotContain("\tat ");
  }

  @Test
  void record_refuses_an_unknown_sign_with_and_a_profile_with_sign_with_none(@TempDir Path dir) {
    String cassette = dir.resolve("c.jsonl").toString();
    Run unknown =
        run(
            new RecordCommand(),
            "--record-to",
            cassette,
            "--proxy-to",
            "http://127.0.0.1:9",
            "--sign-with",
            "sso");
    Run contradiction =
        run(
            new RecordCommand(),
            "--record-to",
            cassette,
            "--proxy-to",
            "http://127.0.0.1:9",
            "--sign-with",
            "none",
            "--profile",
            "work");

    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("'--sign-with': 'sso' (expected default or none)");
    assertThat(contradiction.exitCode()).isEqualTo(2);
    assertThat(contradiction.err())
        .contains("--profile signs requests: it cannot go with --sign-with none");
  }
}
