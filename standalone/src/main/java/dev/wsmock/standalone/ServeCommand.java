package dev.wsmock.standalone;

import dev.wsmock.CallJournal;
import dev.wsmock.MockBehaviour;
import dev.wsmock.WireMockFeature;
import dev.wsmock.WorkSpacesMock;
import dev.wsmock.standalone.internal.BehaviourOptions;
import dev.wsmock.standalone.internal.CoreDefaults;
import dev.wsmock.standalone.internal.DurationConverter;
import dev.wsmock.standalone.internal.ServerSettings;
import dev.wsmock.standalone.internal.StandaloneServer;
import dev.wsmock.standalone.internal.VersionProvider;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Serves the mock over HTTP until stopped (Ctrl-C or SIGTERM): what the jar does when run without a subcommand.
 * Other commands are added as their own classes in {@code subcommands}.
 *
 * <pre>{@code
 * java -jar wsmock-standalone.jar --port 0 --seed seed.json --image-ready-after 500ms --verbose
 * }</pre>
 */
@Command(
    name = "wsmock-standalone",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    defaultValueProvider = CoreDefaults.class,
    sortOptions = false,
    abbreviateSynopsis = true,
    usageHelpAutoWidth = true,
    subcommands = {HelpCommand.class, RecordCommand.class, VerifyCommand.class},
    headerHeading = "%n",
    header =
        "A stateful mock of the Amazon WorkSpaces image API for the AWS CLI, boto3 and every AWS SDK.",
    synopsisHeading = "%nUsage: ",
    descriptionHeading = "%n",
    description = {
      "Serves the AWS JSON 1.1 endpoint of WorkSpaces until stopped (Ctrl-C or SIGTERM) and prints "
          + "'wsmock listening on http://HOST:PORT' once it accepts connections. Point any client at it:",
      "  aws --endpoint-url http://127.0.0.1:4566 workspaces describe-workspace-images",
      "The caller's account is the SigV4 access key id: a key mapped in the seed, else a 12-digit key is the "
          + "account, else --default-account. The region is the credential scope's.",
      "Admin endpoints (JSON), beside WireMock's own /__admin:",
      "  POST /__admin/workspaces/reset              back to the --seed state",
      "  POST /__admin/workspaces/seed               add the seed JSON in the body",
      "  GET  /__admin/workspaces/state              the whole state as a seed file",
      "  GET  /__admin/workspaces/calls              the call journal",
      "  POST /__admin/workspaces/images/{id}/state  force AVAILABLE or ERROR",
      "  POST /__admin/workspaces/images/{id}/updates  set Updates (DELETE removes them)",
      "  POST /__admin/workspaces/faults             add fault rules (a scenario document, JSON or YAML)",
      "  DELETE /__admin/workspaces/faults           clear every fault rule"
    },
    optionListHeading = "%nOptions:%n",
    commandListHeading = "%nCommands:%n",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:stopped cleanly",
      "1:the server could not start (port in use, address not available)",
      "2:bad command line",
      "3:the seed file cannot be read or is invalid (also: it has SecretAccessKeys but no --strict-auth)"
    })
public final class ServeCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      defaultValue = "4566",
      description =
          "HTTP port (default: ${DEFAULT-VALUE}); 0 picks a free one, shown in the ready line.")
  private int port;

  @Option(
      names = "--bind",
      paramLabel = "ADDRESS",
      defaultValue = "127.0.0.1",
      description =
          "Address to listen on (default: ${DEFAULT-VALUE}). Anything but loopback needs --allow-remote.")
  private String bind;

  @Option(
      names = "--seed",
      paramLabel = "FILE",
      description =
          "Seed file (JSON) to start with; /__admin/workspaces/reset returns to it. Only this file is read.")
  private Path seed;

  private Duration imageReadyAfter;

  @Option(
      names = "--image-ready-after",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      description =
          "How long new images stay PENDING (default: ${DEFAULT-VALUE}): 500ms, 1s, 45m, 2h, 0 or ISO-8601 PT1S;"
              + " at most 3650 days.")
  void imageReadyAfter(Duration delay) {
    if (delay.compareTo(WorkSpacesMock.MAX_IMAGE_READY_AFTER) > 0) {
      throw new ParameterException(
          spec.commandLine(),
          "Invalid value for option '--image-ready-after': '"
              + delay
              + "' is longer than the "
              + WorkSpacesMock.MAX_IMAGE_READY_AFTER.toDays()
              + " days an image may stay PENDING");
    }
    this.imageReadyAfter = delay;
  }

  @Option(
      names = "--strict-auth",
      description =
          "Verify every request's SigV4 signature with the secret the seed's SecretAccessKeys give its access key;"
              + " a seed with secrets is refused without this option.")
  private boolean strictAuth;

  @Option(
      names = "--extra-region",
      paramLabel = "REGION",
      description =
          "A region name to accept beside AWS's own (repeatable), e.g. 'local'; 1 to 31 of [-0-9a-z].")
  private List<String> extraRegions = new ArrayList<>();

  @Option(
      names = "--default-account",
      paramLabel = "ACCOUNT",
      defaultValue = WorkSpacesMock.DEFAULT_ACCOUNT_ID,
      description = "Account of callers whose access key maps to none (default: ${DEFAULT-VALUE}).")
  private String defaultAccount;

  @Option(
      names = "--id-seed",
      paramLabel = "N",
      defaultValue = "0",
      description =
          "Seeds generated ids and page tokens: same seed, same calls, same ids (default: ${DEFAULT-VALUE}).")
  private long idSeed;

  @Option(
      names = "--journal-capacity",
      paramLabel = "N",
      defaultValue = "" + CallJournal.DEFAULT_CAPACITY,
      description =
          "Calls the journal keeps before dropping the oldest (default: ${DEFAULT-VALUE}).")
  private int journalCapacity;

  @Option(
      names = {"-v", "--verbose"},
      description =
          "Print one line per call (account, region, operation, key members, status, error code, latency)"
              + " and stack traces of failures.")
  private boolean verbose;

  @Option(
      names = "--allow-remote",
      description =
          "Allow a --bind address other than loopback; the /__admin endpoints then need the admin token.")
  private boolean allowRemote;

  @Option(
      names = "--admin-token",
      paramLabel = "TOKEN",
      description =
          "Token for /__admin (header 'Authorization: Bearer TOKEN' or 'X-Wsmock-Admin-Token: TOKEN')."
              + " With --allow-remote and no token, one is generated and printed once.")
  private String adminToken;

  @Option(
      names = "--enable-wiremock",
      paramLabel = "FEATURE",
      split = ",",
      description =
          "Turn on WireMock features that reach outside the mock, all off by default: PROXYING (proxy stubs,"
              + " webhooks, recording), FILES (/__admin/files, /__files, saving stubs), SHUTDOWN"
              + " (POST /__admin/shutdown stops the server and ends the process).")
  private Set<WireMockFeature> wireMockFeatures = EnumSet.noneOf(WireMockFeature.class);

  @Option(
      names = "--admin-host",
      paramLabel = "NAME",
      description =
          "A host name /__admin answers under besides localhost, IP addresses and --bind (repeatable), e.g."
              + " the container's name; other Host headers are refused, which stops DNS-rebinding pages.")
  private List<String> adminHosts = new ArrayList<>();

  @ArgGroup(
      exclusive = false,
      validate = false,
      order = 100,
      heading = "%nBehaviour switches, for answers AWS does not document:%n")
  private BehaviourOptions behaviour;

  private volatile StandaloneServer server;

  /**
   * Set by {@link #stop()}: the ready line is printed inside {@code StandaloneServer.start}, before {@link #server}
   * is assigned, so a stop sent on seeing that line can find no server yet; {@link #call()} checks this afterwards.
   */
  private volatile boolean stopRequested;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    StandaloneServer started = StandaloneServer.start(settings(), out);
    server = started;
    // Write server, then read the flag; stop() writes the flag, then reads server: one of the two
    // sees the other.
    if (stopRequested) {
      started.stop();
    }
    started.awaitStop();
    return 0;
  }

  /** What the parsed command line asks for; left-out options are the core's defaults ({@link CoreDefaults}). */
  ServerSettings settings() {
    return new ServerSettings(
        port,
        bind,
        seed,
        imageReadyAfter,
        defaultAccount,
        idSeed,
        journalCapacity,
        behaviour == null ? MockBehaviour.defaults() : behaviour.toMockBehaviour(),
        verbose,
        allowRemote,
        adminToken,
        strictAuth,
        extraRegions,
        wireMockFeatures,
        adminHosts);
  }

  /**
   * Stops the server, as SIGTERM does; the command then returns 0. A stop that arrives while the server is still
   * starting (even right after its ready line) takes effect as soon as it has started.
   */
  public void stop() {
    stopRequested = true;
    StandaloneServer running = server;
    if (running != null) {
      running.stop();
    }
  }
}
