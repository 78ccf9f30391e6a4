package dev.wsmock.standalone;

import dev.wsmock.standalone.internal.FailureHandler;
import dev.wsmock.standalone.internal.UsageErrorHandler;
import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * The entry point of {@code wsmock-standalone.jar}: serves the mock until stopped when run without a subcommand.
 *
 * <pre>{@code
 * java -jar standalone/target/wsmock-standalone.jar --seed standalone/demo-seed.json
 * # wsmock listening on http://127.0.0.1:4566
 * }</pre>
 *
 * <p>Exit codes: 0 after a clean stop, 1 when the server cannot start (port in use, address not available),
 * 2 for a bad command line, 3 for a seed file that cannot be read or is invalid.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(
        commandLine(
                new ServeCommand(),
                new PrintWriter(System.out, true),
                new PrintWriter(System.err, true))
            .execute(args));
  }

  /**
   * The configured command line around {@code serve}, writing to {@code out} and {@code err}; tests run the server
   * through this in-process. Subcommands are declared on {@link ServeCommand}.
   */
  public static CommandLine commandLine(ServeCommand serve, PrintWriter out, PrintWriter err) {
    CommandLine commandLine =
        new CommandLine(serve).setCaseInsensitiveEnumValuesAllowed(true).setOut(out).setErr(err);
    commandLine.setExecutionExceptionHandler(new FailureHandler());
    commandLine.setParameterExceptionHandler(new UsageErrorHandler());
    return commandLine;
  }
}
