package dev.wsmock.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wsmock.scenarios.cassettes.Cassette;
import dev.wsmock.scenarios.cassettes.CassetteRecorder;
import dev.wsmock.scenarios.cassettes.Exchange;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;
import software.amazon.awssdk.services.workspaces.model.Tag;
import software.amazon.awssdk.services.workspaces.model.WorkSpacesException;

/**
 * {@code verify --against URL}: a cassette recorded from one standalone server, replayed against others started the
 * same way, through the CLI as {@code java -jar} runs it.
 */
class VerifyAgainstTests {
  private static final String ACCOUNT = "111111111111";
  private static final String SEED_JSON =
      """
      {"Images": [{"ImageId": "wsi-golden0001", "OwnerAccountId": "111111111111", "Region": "us-east-1",
                   "Name": "golden-win11"}]}
      """;

  private record Run(int exitCode, String out, String err) {}

  /** {@code verify} with test credentials instead of the machine's chain. */
  private static Run verify(VerifyCommand command, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        new CommandLine(command)
            .setOut(new PrintWriter(out, true))
            .setErr(new PrintWriter(err, true))
            .execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  /** {@code java -jar wsmock-standalone.jar verify ARGS}, through the jar's own entry point. */
  private static Run verify(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] all = new String[args.length + 1];
    all[0] = "verify";
    System.arraycopy(args, 0, all, 1, args.length);
    int code =
        Main.commandLine(new ServeCommand(), new PrintWriter(out, true), new PrintWriter(err, true))
            .execute(all);
    return new Run(code, out.toString(), err.toString());
  }

  /** Runs {@code calls} through an SDK client against {@code endpoint} and writes what it saw as a cassette. */
  private static Path record(URI endpoint, Path file, Consumer<WorkSpacesClient> calls) {
    CassetteRecorder recorder = CassetteRecorder.builder().build();
    try (WorkSpacesClient client =
        WorkSpacesClient.builder()
            .endpointOverride(endpoint)
            .region(Region.US_EAST_1)
            .httpClient(UrlConnectionHttpClient.create())
            .credentialsProvider(
                StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCOUNT, "any")))
            .overrideConfiguration(
                c -> c.addExecutionInterceptor(recorder).retryPolicy(r -> r.numRetries(0)))
            .build()) {
      calls.accept(client);
    }
    recorder.cassette().write(file);
    return file;
  }

  /** A describe of the seeded image and a describe with MaxResults over the model's 25, which fails. */
  private static void describes(WorkSpacesClient client) {
    assertThat(client.describeWorkspaceImages(r -> {}).images()).hasSize(1);
    assertThatThrownBy(() -> client.describeWorkspaceImages(r -> r.maxResults(26)))
        .isInstanceOf(WorkSpacesException.class);
  }

  /** A cassette of one read-only call, for tests that never reach a target. */
  private static Path oneEmptyDescribe(Path dir) {
    Path cassette = dir.resolve("c.jsonl");
    new Cassette(
            null,
            List.of(
                new Exchange(
                    "DescribeWorkspaceImages",
                    ACCOUNT,
                    "us-east-1",
                    Map.of(),
                    200,
                    null,
                    Map.of("Images", List.of()),
                    null)))
        .write(cassette);
    return cassette;
  }

  private static Path seed(Path dir, String json) throws Exception {
    return Files.writeString(dir.resolve("seed-" + json.hashCode() + ".json"), json);
  }

  private static int callsIn(RunningServer server) throws Exception {
    return new ObjectMapper()
        .readTree(Http.get(server.endpoint(), "/__admin/workspaces/calls").body())
        .path("size")
        .asInt();
  }

  @Test
  void a_cassette_recorded_from_one_server_matches_another_started_with_the_same_seed(
      @TempDir Path dir) throws Exception {
    Path seed = seed(dir, SEED_JSON);
    Path cassette;
    try (RunningServer original = RunningServer.start("--seed", seed.toString())) {
      cassette = record(original.endpoint(), dir.resolve("c.jsonl"), VerifyAgainstTests::describes);
    }
    try (RunningServer target = RunningServer.start("--seed", seed.toString())) {
      Run run = verify(cassette.toString(), "--against", target.endpoint().toString());

      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(run.out())
          .startsWith(cassette + ": 2 exchanges, all match")
          .contains("  1 OK   DescribeWorkspaceImages", "  2 OK   DescribeWorkspaceImages");
      assertThat(callsIn(target)).isEqualTo(2);
    }
  }

  @Test
  void a_flipped_behaviour_switch_on_the_target_shows_as_a_diverging_error_code(@TempDir Path dir)
      throws Exception {
    Path seed = seed(dir, SEED_JSON);
    Path cassette;
    try (RunningServer original = RunningServer.start("--seed", seed.toString())) {
      cassette = record(original.endpoint(), dir.resolve("c.jsonl"), VerifyAgainstTests::describes);
    }
    try (RunningServer target =
        RunningServer.start(
            "--seed", seed.toString(), "--constraint-errors", "INVALID_PARAMETER_VALUES")) {
      Run run = verify(cassette.toString(), "--against", target.endpoint().toString());

      assertThat(run.exitCode()).as(run.err()).isEqualTo(VerifyCommand.DIVERGED);
      assertThat(run.out())
          .contains(
              "1 diverge",
              "  1 OK   DescribeWorkspaceImages",
              "  2 DIFF DescribeWorkspaceImages",
              "errorCode: recorded \"ValidationException\", mock \"InvalidParameterValuesException\"");
    }
  }

  @Test
  void a_changed_seed_on_the_target_shows_the_member_path_and_both_values(@TempDir Path dir)
      throws Exception {
    Path cassette;
    try (RunningServer original = RunningServer.start("--seed", seed(dir, SEED_JSON).toString())) {
      cassette = record(original.endpoint(), dir.resolve("c.jsonl"), VerifyAgainstTests::describes);
    }
    Path changed = seed(dir, SEED_JSON.replace("golden-win11", "golden-win10"));
    try (RunningServer target = RunningServer.start("--seed", changed.toString())) {
      Run run = verify(cassette.toString(), "--against", target.endpoint().toString());

      assertThat(run.exitCode()).as(run.err()).isEqualTo(VerifyCommand.DIVERGED);
      assertThat(run.out())
          .contains(
              "  1 DIFF DescribeWorkspaceImages",
              "Images[0].Name: recorded \"golden-win11\", mock \"golden-win10\"");
    }
  }

  @Test
  void a_cassette_with_a_mutating_call_is_refused_and_nothing_reaches_the_target(@TempDir Path dir)
      throws Exception {
    Path seed = seed(dir, SEED_JSON);
    Path cassette;
    try (RunningServer original = RunningServer.start("--seed", seed.toString())) {
      cassette =
          record(
              original.endpoint(),
              dir.resolve("c.jsonl"),
              client -> {
                client.describeWorkspaceImages(r -> {});
                client.createTags(
                    r ->
                        r.resourceId("wsi-golden0001")
                            .tags(Tag.builder().key("team").value("vdi").build()));
              });
    }
    try (RunningServer target = RunningServer.start("--seed", seed.toString())) {
      Run run = verify(cassette.toString(), "--against", target.endpoint().toString());

      assertThat(run.exitCode()).isEqualTo(VerifyCommand.REFUSED);
      assertThat(run.err())
          .contains("1 call(s) that change state (first: CreateTags")
          .contains("nothing was sent to " + target.endpoint())
          .contains("--allow-mutations")
          .doesNotContain("\tat ");
      assertThat(run.out()).isEmpty();
      assertThat(callsIn(target)).isZero();
    }
  }

  @Test
  void allow_mutations_replays_a_cassette_with_a_mutating_call(@TempDir Path dir) throws Exception {
    Path seed = seed(dir, SEED_JSON);
    Path cassette;
    try (RunningServer original = RunningServer.start("--seed", seed.toString())) {
      cassette =
          record(
              original.endpoint(),
              dir.resolve("c.jsonl"),
              client -> {
                client.createTags(
                    r ->
                        r.resourceId("wsi-golden0001")
                            .tags(Tag.builder().key("team").value("vdi").build()));
                client.describeTags(r -> r.resourceId("wsi-golden0001"));
              });
    }
    try (RunningServer target = RunningServer.start("--seed", seed.toString())) {
      Run run =
          verify(
              cassette.toString(), "--against", target.endpoint().toString(), "--allow-mutations");

      assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
      assertThat(run.out()).contains("  1 OK   CreateTags", "  2 OK   DescribeTags");
      assertThat(callsIn(target)).isEqualTo(2);
    }
  }

  /** Copies the seeded image, shares the copy, describes it and its permissions. */
  private static void copyShareDescribe(WorkSpacesClient client) {
    String copy =
        client
            .copyWorkspaceImage(
                r ->
                    r.sourceImageId("wsi-golden0001")
                        .sourceRegion("us-east-1")
                        .name("golden-win11-copy"))
            .imageId();
    client.updateWorkspaceImagePermission(
        r -> r.imageId(copy).sharedAccountId("222222222222").allowCopyImage(true));
    client.describeWorkspaceImages(r -> r.imageIds(copy));
    client.describeWorkspaceImagePermissions(r -> r.imageId(copy));
  }

  /** The names of the images the target holds for the cassette's account, through the SDK. */
  private static List<String> imageNames(RunningServer server) {
    try (WorkSpacesClient client =
        WorkSpacesClient.builder()
            .endpointOverride(server.endpoint())
            .region(Region.US_EAST_1)
            .httpClient(UrlConnectionHttpClient.create())
            .credentialsProvider(
                StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCOUNT, "any")))
            .build()) {
      return client.describeWorkspaceImages(r -> {}).images().stream()
          .map(software.amazon.awssdk.services.workspaces.model.WorkspaceImage::name)
          .toList();
    }
  }

  @Test
  void allow_mutations_prefixes_created_names_and_deletes_what_the_replay_created(@TempDir Path dir)
      throws Exception {
    Path seed = seed(dir, SEED_JSON);
    // Images AVAILABLE at once: the mock, like AWS, deletes no PENDING image and shares none.
    String[] server = {"--seed", seed.toString(), "--image-ready-after", "0"};
    Path cassette;
    try (RunningServer original = RunningServer.start(server)) {
      cassette =
          record(
              original.endpoint(), dir.resolve("c.jsonl"), VerifyAgainstTests::copyShareDescribe);
    }
    try (RunningServer target = RunningServer.start(server)) {
      Run run =
          verify(
              cassette.toString(), "--against", target.endpoint().toString(), "--allow-mutations");

      assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
      assertThat(run.out())
          .contains(
              "4 exchanges, all match",
              "  1 OK   CopyWorkspaceImage",
              "  3 OK   DescribeWorkspaceImages")
          .doesNotContain("cleanup");
      String journal = Http.get(target.endpoint(), "/__admin/workspaces/calls").body();
      assertThat(journal)
          .contains("\"wsmock-replay-golden-win11-copy\"")
          .contains("DeleteWorkspaceImage");
      assertThat(imageNames(target)).containsExactly("golden-win11");
    }
  }

  @Test
  void a_replay_that_diverges_still_deletes_what_it_created(@TempDir Path dir) throws Exception {
    Path seed = seed(dir, SEED_JSON);
    Path cassette;
    try (RunningServer original =
        RunningServer.start("--seed", seed.toString(), "--image-ready-after", "0")) {
      cassette =
          record(
              original.endpoint(),
              dir.resolve("c.jsonl"),
              client -> {
                copyShareDescribe(client);
                client.describeWorkspaceImages(r -> r.imageIds("wsi-golden0001"));
              });
    }
    // The target names the seeded image differently: the last describe diverges, after the copy was
    // made.
    Path changed = seed(dir, SEED_JSON.replace("golden-win11", "golden-win10"));
    try (RunningServer target =
        RunningServer.start("--seed", changed.toString(), "--image-ready-after", "0")) {
      Run run =
          verify(
              cassette.toString(),
              "--against",
              target.endpoint().toString(),
              "--allow-mutations",
              "--name-prefix",
              "ci-run-7.");

      assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(VerifyCommand.DIVERGED);
      assertThat(run.out())
          .contains(
              "1 diverge",
              "  5 DIFF DescribeWorkspaceImages",
              "Images[0].Name: recorded \"golden-win11\", mock \"golden-win10\"");
      assertThat(Http.get(target.endpoint(), "/__admin/workspaces/calls").body())
          .contains("\"ci-run-7.golden-win11-copy\"");
      assertThat(imageNames(target)).containsExactly("golden-win10");
    }
  }

  @Test
  void a_name_prefix_that_a_new_name_cannot_take_is_exit_2_with_nothing_sent(@TempDir Path dir)
      throws Exception {
    Path seed = seed(dir, SEED_JSON);
    Path cassette;
    try (RunningServer original =
        RunningServer.start("--seed", seed.toString(), "--image-ready-after", "0")) {
      cassette =
          record(
              original.endpoint(), dir.resolve("c.jsonl"), VerifyAgainstTests::copyShareDescribe);
    }
    try (RunningServer target = RunningServer.start("--seed", seed.toString())) {
      String url = target.endpoint().toString();

      Run badCharacter =
          verify(
              cassette.toString(),
              "--against",
              url,
              "--allow-mutations",
              "--name-prefix",
              "ci run:");
      Run tooLong =
          verify(
              cassette.toString(),
              "--against",
              url,
              "--allow-mutations",
              "--name-prefix",
              "p".repeat(50));

      assertThat(badCharacter.exitCode()).isEqualTo(VerifyCommand.REFUSED);
      assertThat(badCharacter.err())
          .contains("name prefix \"ci run:\" is not a valid resource name start")
          .contains("nothing was sent to " + url);
      assertThat(tooLong.exitCode()).isEqualTo(VerifyCommand.REFUSED);
      assertThat(tooLong.err()).contains("longer than the 64 characters the API allows");
      assertThat(badCharacter.out() + tooLong.out()).isEmpty();
      assertThat(callsIn(target)).isZero();
    }
  }

  @Test
  void towards_a_strict_auth_target_each_request_is_signed_with_the_users_credentials(
      @TempDir Path dir) throws Exception {
    Path seed = seed(dir, SEED_JSON);
    Path cassette;
    try (RunningServer original = RunningServer.start("--seed", seed.toString())) {
      cassette = record(original.endpoint(), dir.resolve("c.jsonl"), VerifyAgainstTests::describes);
    }
    String key = "AKIAVERIFYEXAMPLE001";
    Path strictSeed =
        seed(
            dir,
            SEED_JSON.replaceFirst(
                "\\{",
                "{\"Accounts\": [{\"AccountId\": \"111111111111\", \"AccessKeyIds\": [\""
                    + key
                    + "\"]}], \"SecretAccessKeys\": {\""
                    + key
                    + "\": \"verify-secret\"},"));
    VerifyCommand signed =
        new VerifyCommand(
            profile ->
                StaticCredentialsProvider.create(AwsBasicCredentials.create(key, "verify-secret")));
    VerifyCommand wrongSecret =
        new VerifyCommand(
            profile -> StaticCredentialsProvider.create(AwsBasicCredentials.create(key, "wrong")));
    try (RunningServer target =
        RunningServer.start("--strict-auth", "--seed", strictSeed.toString())) {
      String url = target.endpoint().toString();

      Run run = verify(signed, cassette.toString(), "--against", url, "--sign-with", "default");
      Run refused =
          verify(wrongSecret, cassette.toString(), "--against", url, "--sign-with", "default");

      assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
      assertThat(refused.exitCode()).isEqualTo(VerifyCommand.DIVERGED);
      assertThat(refused.out())
          .contains("errorCode: recorded <none>, mock \"InvalidSignatureException\"");
    }
  }

  @Test
  void against_goes_without_seed_and_its_signing_options_without_against(@TempDir Path dir)
      throws Exception {
    Path cassette = dir.resolve("c.jsonl");
    new Cassette(null, List.of()).write(cassette);

    Run withSeed =
        verify(cassette.toString(), "--against", "http://127.0.0.1:9", "--seed", "seed.json");
    Run alone = verify(cassette.toString(), "--allow-mutations");

    assertThat(withSeed.exitCode()).isEqualTo(CommandLine.ExitCode.USAGE);
    assertThat(withSeed.err()).contains("--seed cannot go with --against");
    assertThat(alone.exitCode()).isEqualTo(CommandLine.ExitCode.USAGE);
    assertThat(alone.err()).contains("go with --against");
  }

  @Test
  void an_endpoint_that_cannot_be_reached_exits_1_naming_it(@TempDir Path dir) {
    Path cassette = oneEmptyDescribe(dir);

    // Port 9 (discard) on loopback: nothing listens there on a test machine.
    Run run = verify(cassette.toString(), "--against", "http://127.0.0.1:9");

    assertThat(run.exitCode()).isEqualTo(VerifyCommand.UNREACHABLE);
    assertThat(run.err())
        .contains("replay of DescribeWorkspaceImages to http://127.0.0.1:9 failed")
        .doesNotContain("\tat ");
  }

  @Test
  void towards_a_host_that_is_not_loopback_it_signs_by_default_and_without_credentials_exits_2(
      @TempDir Path dir) {
    Path cassette = oneEmptyDescribe(dir);
    VerifyCommand command =
        new VerifyCommand(
            profile ->
                () -> {
                  throw SdkClientException.create(
                      "Unable to load credentials from any of the providers");
                });

    Run run =
        verify(
            command,
            cassette.toString(),
            "--against",
            "https://workspaces.us-east-1.amazonaws.com");

    assertThat(run.exitCode()).isEqualTo(CommandLine.ExitCode.USAGE);
    assertThat(run.err())
        .contains(
            "no AWS credentials to sign requests for https://workspaces.us-east-1.amazonaws.com")
        .contains("--sign-with none");
    assertThat(run.out()).isEmpty();
  }
}
