package dev.wsmock.benchmarks;

import dev.wsmock.benchmarks.internal.Machine;
import dev.wsmock.benchmarks.internal.RunPlan;
import dev.wsmock.benchmarks.internal.Section;
import dev.wsmock.benchmarks.internal.report.Report;
import dev.wsmock.benchmarks.internal.report.Targets;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The one entry point of the benchmarks: measures serving cost (mock vs static WireMock stubs), scale (JMH), start
 * and reset, and memory in one run, prints tables and writes {@code benchmark-results.json}.
 *
 * <pre>{@code
 * mvn -B -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/wsmock-benchmarks.jar            # the full run, about 11 minutes
 * java -jar benchmarks/target/wsmock-benchmarks.jar --smoke    # seconds; proves it runs, numbers mean nothing
 * }</pre>
 */
@Command(
    name = "wsmock-benchmarks",
    mixinStandardHelpOptions = true,
    description =
        "Measures the mock side by side with static WireMock stubs; see benchmarks/README.md.")
public final class Benchmarks implements Callable<Integer> {
  @Option(
      names = "--smoke",
      description = "Tiny durations: proves the benchmarks build and run. No meaningful numbers.")
  boolean smoke;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description =
          "Where benchmark-results.json goes (default: the folder of the jar, i.e. benchmarks/target).")
  Path out;

  @Option(
      names = "--only",
      split = ",",
      paramLabel = "SECTION",
      description = "Run only these sections: ${COMPLETION-CANDIDATES}.")
  Set<Section> only;

  @Option(
      names = "--python",
      paramLabel = "PATH",
      defaultValue = RunPlan.DEFAULT_PYTHON,
      description =
          "The python with moto and boto3 for the MOTO section (default: ${DEFAULT-VALUE}). "
              + "Without them the section is skipped, not failed.")
  String python;

  private final PrintStream console;

  Benchmarks(PrintStream console) {
    this.console = console;
  }

  public static void main(String[] args) {
    System.exit(run(System.out, args));
  }

  /** Runs with command-line {@code args}, printing to {@code console}; returns the exit code. */
  public static int run(PrintStream console, String... args) {
    return new CommandLine(new Benchmarks(console)).execute(args);
  }

  @Override
  public Integer call() {
    RunPlan plan = (smoke ? RunPlan.smoke() : RunPlan.full()).withPython(python);
    Set<Section> sections =
        only == null || only.isEmpty() ? EnumSet.allOf(Section.class) : EnumSet.copyOf(only);
    Report report = new Report(console);
    Path file = (out != null ? out : defaultOut()).resolve("benchmark-results.json");
    Instant started = Instant.now();
    report.root().put("plan", plan.name()).put("started", started.toString());
    Machine.describe(report);
    for (Section section : sections) {
      report.note("== " + section.title() + " ==");
      Instant sectionStarted = Instant.now();
      section.run(plan, report);
      double seconds = Duration.between(sectionStarted, Instant.now()).toMillis() / 1000.0;
      report.section("sectionSeconds").put(section.name(), seconds);
      report.note(String.format("(%s took %.1f s)", section.name(), seconds));
      report.write(file); // after each section, so an interrupted run keeps what it measured
    }
    Targets.judge(report);
    report.root().put("seconds", Duration.between(started, Instant.now()).toMillis() / 1000.0);
    report.write(file);
    report.note("\nResults: " + file.toAbsolutePath());
    return 0;
  }

  /** Next to the jar when run from it (benchmarks/target), else ./target. */
  private static Path defaultOut() {
    try {
      Path location =
          Path.of(Benchmarks.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return location.toString().endsWith(".jar") ? location.getParent() : Path.of("target");
    } catch (java.net.URISyntaxException | SecurityException e) {
      return Path.of("target");
    }
  }
}
