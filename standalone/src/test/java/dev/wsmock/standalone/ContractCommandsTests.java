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
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
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
      StringWriter out = new StringWriter();
      CommandLine line = new CommandLine(record).setOut(new PrintWriter(out, true));
      CompletableFuture<Integer> exit = new CompletableFuture<>();
      Thread recorder =
          new Thread(
              () ->
                  exit.complete(
                      line.execute(
                          "--record-to",
                          file.toString(),
                          "--proxy-to",
                          mock.endpoint().toString())),
              "wsmock-record-under-test");
      recorder.setDaemon(
          true); // its own thread: the common pool may be one thread, or busy, on a small machine
      recorder.start();
      Pattern ready = Pattern.compile("wsmock recording on (http://\\S+) -> ");
      await().atMost(Duration.ofSeconds(30)).until(() -> ready.matcher(out.toString()).find());
      Matcher m = ready.matcher(out.toString());
      assertThat(m.find()).isTrue();
      try (WorkSpacesClient client =
          WorkSpacesClient.builder()
              .endpointOverride(URI.create(m.group(1)))
              .region(Region.US_EAST_1)
              .httpClient(UrlConnectionHttpClient.create())
              .credentialsProvider(
                  StaticCredentialsProvider.create(AwsBasicCredentials.create("111111111111", "s")))
              .build()) {
        assertThat(client.describeWorkspaceImages(r -> {}).images()).hasSize(1);
      }
      record.stop();
      assertThat(exit)
          .succeedsWithin(Duration.ofSeconds(60))
          .isEqualTo(0); // bounded: a stuck proxy fails, not hangs
    }
    assertThat(file)
        .content(StandardCharsets.UTF_8)
        .startsWith(
            "{\"Operation\":\"DescribeWorkspaceImages\",\"AccountId\":\"111111111111\",\"Region\":\"us-east-1\"");
  }
}
