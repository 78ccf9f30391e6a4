package dev.wsmock.standalone;

import dev.wsmock.scenarios.cassettes.Cassette;
import dev.wsmock.scenarios.cassettes.ContractVerifier;
import dev.wsmock.scenarios.cassettes.VerificationReport;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Replays a cassette against a fresh mock and prints a report per exchange; exits non-zero on any divergence.
 *
 * <pre>{@code
 * java -jar wsmock-standalone.jar verify traffic.jsonl --seed seed.json
 * }</pre>
 */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    header = "Replays a recorded cassette against the mock and reports every divergence.",
    description = {
      "Each exchange is sent to a fresh mock holding the --seed state (or the cassette's own Setup line). "
          + "Status, error code, output-shape conformance and values must match; timestamps may differ, and ids "
          + "and NextTokens the service generated are mapped to the mock's."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every exchange matched",
      "2:bad command line",
      "3:the cassette or seed file cannot be read or is invalid",
      "4:at least one exchange diverged (the report says where)"
    })
public final class VerifyCommand implements Callable<Integer> {
  static final int DIVERGED = 4;
  static final int UNREADABLE = 3;

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

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
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
    try {
      report = ContractVerifier.withMock(b -> {}).run(recorded, seed, cassette.toString());
    } catch (dev.wsmock.SeedException e) {
      err.println("wsmock verify: " + e.getMessage());
      return UNREADABLE;
    }
    out.print(report.render());
    out.flush();
    return report.isClean() ? 0 : DIVERGED;
  }
}
