package dev.wsmock.standalone;

import dev.wsmock.scenarios.cassettes.Cassette;
import dev.wsmock.scenarios.cassettes.ContractVerifier;
import dev.wsmock.scenarios.cassettes.Exchange;
import dev.wsmock.scenarios.cassettes.VerificationReport;
import dev.wsmock.standalone.internal.AwsSigning;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;

/**
 * Replays a cassette against a fresh mock, or with {@code --against} against a running endpoint, and prints a report
 * per exchange; exits non-zero on any divergence.
 *
 * <pre>{@code
 * java -jar wsmock-standalone.jar verify traffic.jsonl --seed seed.json
 * java -jar wsmock-standalone.jar verify traffic.jsonl --against https://workspaces.us-east-1.amazonaws.com
 * }</pre>
 */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    header =
        "Replays a recorded cassette against the mock, or any endpoint, and reports every divergence.",
    description = {
      "Each exchange is sent to a fresh mock holding the --seed state (or the cassette's own Setup line). "
          + "Status, error code, output-shape conformance and values must match; timestamps may differ, and ids "
          + "and NextTokens the service generated are mapped to the mock's.",
      "With --against URL each exchange is sent to that endpoint instead (a wsmock server, another server, AWS), "
          + "compared the same way except for the shape check. Only read-only (Describe) calls are sent unless "
          + "--allow-mutations is given; then every new resource's name gets --name-prefix, and what the replay "
          + "created is deleted afterwards, even when it failed. Towards a host that is not "
          + "a loopback address each request is signed with the credentials of the default chain or --profile."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every exchange matched",
      "1:the --against endpoint could not be reached",
      "2:bad command line, no credentials to sign with, a mutating call without --allow-mutations, or a"
          + " --name-prefix a new name cannot take",
      "3:the cassette or seed file cannot be read or is invalid",
      "4:at least one exchange diverged (the report says where)",
      "5:the cleanup after --allow-mutations left resources on the target (the report lists them)"
    })
public final class VerifyCommand implements Callable<Integer> {
  static final int LEFT_BEHIND = 5;
  static final int DIVERGED = 4;
  static final int UNREADABLE = 3;
  static final int REFUSED = 2;
  static final int UNREACHABLE = 1;

  @Spec private CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "CASSETTE",
      description = "The cassette (JSON Lines) to replay.")
  private Path cassette;

  @Option(
      names = "--seed",
      paramLabel = "FILE",
      description =
          "The state to replay against; default: the cassette's Setup line, else an empty mock.")
  private Path seed;

  @Option(
      names = "--against",
      paramLabel = "URL",
      description =
          "Replay against this endpoint instead of a fresh mock, e.g. http://127.0.0.1:4566 or"
              + " https://workspaces.us-east-1.amazonaws.com.")
  private URI against;

  @Option(
      names = "--allow-mutations",
      description =
          "With --against: also send calls that change state; created resources are named with --name-prefix and"
              + " deleted after the replay.")
  private boolean allowMutations;

  @Option(
      names = "--name-prefix",
      paramLabel = "PREFIX",
      description =
          "With --allow-mutations: put before the name of every resource the replay creates (default:"
              + " wsmock-replay-). Letters, digits and _./()- only, short enough for each name to stay within 64.")
  private String namePrefix;

  @Option(
      names = "--sign-with",
      paramLabel = "default|none",
      description =
          "With --against. default: sign each request with the AWS credentials of the default chain (or --profile);"
              + " none: the cassette's account as access key, unsigned. Default: default when --against is not"
              + " loopback, else none.")
  private String signWith;

  @Option(
      names = "--profile",
      paramLabel = "NAME",
      description =
          "With --against: sign with this profile of the AWS config and credentials files.")
  private String profile;

  private final Function<String, AwsCredentialsProvider> credentialSource;

  public VerifyCommand() {
    this(AwsSigning::credentialsOf);
  }

  /** Tests give credentials without the machine's environment or files; the argument is --profile, or null. */
  VerifyCommand(Function<String, AwsCredentialsProvider> credentialSource) {
    this.credentialSource = credentialSource;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (against == null && (allowMutations || signWith != null || profile != null)) {
      throw new ParameterException(
          spec.commandLine(), "--allow-mutations, --sign-with and --profile go with --against");
    }
    if (namePrefix != null && !allowMutations) {
      throw new ParameterException(spec.commandLine(), "--name-prefix goes with --allow-mutations");
    }
    if (against != null && seed != null) {
      throw new ParameterException(
          spec.commandLine(),
          "--seed cannot go with --against: the endpoint's state is what it holds");
    }
    Cassette recorded;
    try {
      if (seed != null && !Files.isReadable(seed)) {
        err.println("wsmock verify: cannot read seed file " + seed);
        return UNREADABLE;
      }
      recorded = Cassette.read(cassette);
    } catch (UncheckedIOException | IllegalArgumentException e) {
      err.println("wsmock verify: " + e.getMessage());
      return UNREADABLE;
    }
    VerificationReport report;
    if (against != null) {
      List<Exchange> mutating = ContractVerifier.mutatingExchanges(recorded);
      if (!allowMutations && !mutating.isEmpty()) {
        err.println(
            "wsmock verify: "
                + cassette
                + " has "
                + mutating.size()
                + " call(s) that change state (first: "
                + mutating.get(0).describe()
                + "); nothing was sent to "
                + against
                + ". Give --allow-mutations to replay them (created resources are prefixed and deleted).");
        return REFUSED;
      }
      String prefix =
          namePrefix == null ? ContractVerifier.Against.DEFAULT_NAME_PREFIX : namePrefix;
      if (allowMutations) {
        try {
          ContractVerifier.checkNamePrefix(recorded, prefix);
        } catch (IllegalArgumentException e) {
          err.println("wsmock verify: " + e.getMessage() + " to " + against);
          return REFUSED;
        }
      }
      AwsCredentialsProvider signing =
          AwsSigning.choose(spec, against, signWith, profile, credentialSource);
      try {
        report =
            ContractVerifier.against(against)
                .signWith(signing)
                .allowMutations(allowMutations)
                .namePrefix(prefix)
                .run(recorded, cassette.toString());
      } catch (UncheckedIOException e) {
        err.println("wsmock verify: " + e.getMessage());
        for (Throwable leftovers : e.getSuppressed()) {
          err.println("wsmock verify: " + leftovers.getMessage());
        }
        return UNREACHABLE;
      } finally {
        AwsSigning.close(signing);
      }
    } else {
      try {
        report = ContractVerifier.withMock(b -> {}).run(recorded, seed, cassette.toString());
      } catch (dev.wsmock.SeedException e) {
        err.println("wsmock verify: " + e.getMessage());
        return UNREADABLE;
      }
    }
    out.print(report.render());
    out.flush();
    if (!report.cleanupFailures().isEmpty()) {
      return LEFT_BEHIND;
    }
    return report.isClean() ? 0 : DIVERGED;
  }
}
