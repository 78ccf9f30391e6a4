package dev.wsmock.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupFailureTests {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.commandLine(
            new ServeCommand(), new PrintWriter(out, true), new PrintWriter(err, true))
        .execute(args);
  }

  @Test
  void a_port_in_use_exits_1_with_a_message_and_no_stack_trace() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      int exitCode = run("--port", String.valueOf(taken.getLocalPort()));
      assertThat(exitCode).isEqualTo(1);
      assertThat(err.toString())
          .startsWith("wsmock: port " + taken.getLocalPort() + " on 127.0.0.1 is already in use")
          .contains("--port 0")
          .doesNotContain("\tat ", "Exception");
      assertThat(out.toString()).doesNotContain("listening");
    }
  }

  @Test
  void a_missing_seed_file_exits_3_naming_the_file() {
    int exitCode = run("--port", "0", "--seed", "no-such-seed.json");
    assertThat(exitCode).isEqualTo(3);
    assertThat(err.toString())
        .isEqualTo(
            "wsmock: cannot read seed file no-such-seed.json: no such file"
                + System.lineSeparator());
  }

  @Test
  void a_seed_directory_exits_3() throws Exception {
    assertThat(run("--port", "0", "--seed", ".")).isEqualTo(3);
    assertThat(err.toString()).contains("cannot read seed file .: not a readable regular file");
  }

  @Test
  void an_unknown_seed_member_exits_3_naming_the_file_the_json_path_and_the_expected_members(
      @TempDir Path dir) throws Exception {
    Path seed = dir.resolve("typo.json");
    Files.writeString(
        seed,
        """
        {"Images": [{"ImageId": "wsi-typo00001", "OwnerAccountId": "111111111111", "Region": "us-east-1",
                     "Nmae": "golden"}]}
        """);
    int exitCode = run("--port", "0", "--seed", seed.toString());
    assertThat(exitCode).isEqualTo(3);
    assertThat(err.toString())
        .startsWith(
            "wsmock: invalid seed: "
                + seed
                + ": $.Images[0].Nmae: unknown member 'Nmae'; expected one of ")
        .contains("Name")
        .doesNotContain("\tat ");
  }

  @Test
  void an_invalid_seed_value_exits_3_naming_the_path(@TempDir Path dir) throws Exception {
    Path seed = dir.resolve("bad-state.json");
    Files.writeString(
        seed,
        """
        {"Images": [{"ImageId": "wsi-state00001", "OwnerAccountId": "111111111111", "Region": "us-east-1",
                     "State": "SHINY"}]}
        """);
    assertThat(run("--port", "0", "--seed", seed.toString())).isEqualTo(3);
    assertThat(err.toString())
        .contains(
            seed
                + ": $.Images[0].State: invalid string; expected one of [AVAILABLE, PENDING, ERROR]")
        .doesNotContain("SHINY");
  }

  @Test
  void verbose_adds_the_stack_trace_of_a_failure() {
    assertThat(run("--port", "0", "--seed", "no-such-seed.json", "--verbose")).isEqualTo(3);
    assertThat(err.toString()).contains("cannot read seed file", "\tat dev.wsmock.standalone");
  }

  @Test
  void a_bad_duration_exits_2_with_the_accepted_forms() {
    assertThat(run("--image-ready-after", "5 minutes")).isEqualTo(2);
    assertThat(err.toString())
        .contains("--image-ready-after", "'5 minutes' is not a duration", "500ms, 1s, 45m", "PT1S")
        .contains("--help");
  }

  @Test
  void a_default_account_that_is_not_12_digits_exits_2() {
    assertThat(run("--port", "0", "--default-account", "42")).isEqualTo(2);
    assertThat(err.toString()).contains("defaultAccountId must be 12 digits, not 42");
  }

  @Test
  void help_lists_the_options_admin_endpoints_and_exit_codes() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString())
        .contains("Usage: wsmock-standalone [OPTIONS] [COMMAND]")
        .contains(
            "--port=PORT",
            "--bind=ADDRESS",
            "--seed=FILE",
            "--image-ready-after=DURATION",
            "--default-account=ACCOUNT",
            "--verbose",
            "--allow-remote",
            "--admin-token=TOKEN",
            "--id-seed=N",
            "--journal-capacity=N",
            "--revoke-of-unknown-grant=MODE")
        .contains("(default: 4566)", "(default: 127.0.0.1)", "(default: PT1S)")
        .contains(
            "/__admin/workspaces/reset",
            "/__admin/workspaces/state",
            "/__admin/workspaces/images/{id}/state")
        .contains("POST /__admin/workspaces/faults", "DELETE /__admin/workspaces/faults")
        .doesNotContain("501")
        .contains("3   the seed file cannot be read or is invalid");
    assertThat(out.toString().lines())
        .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(120));
  }
}
