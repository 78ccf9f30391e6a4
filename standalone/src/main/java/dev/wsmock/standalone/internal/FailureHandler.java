package dev.wsmock.standalone.internal;

import dev.wsmock.SeedException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Turns a failed command into one "wsmock: ..." line and an exit code; the stack trace only with --verbose. */
public final class FailureHandler implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(
      Exception failure, CommandLine commandLine, ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    int exitCode;
    if (failure instanceof StartupFailure startup) {
      err.println("wsmock: " + startup.getMessage());
      exitCode = startup.exitCode();
    } else if (failure instanceof SeedException seed) {
      err.println("wsmock: invalid seed: " + seed.getMessage());
      exitCode = StartupFailure.BAD_SEED;
    } else {
      err.println("wsmock: unexpected failure: " + failure);
      exitCode = CommandLine.ExitCode.SOFTWARE;
    }
    if (parseResult.hasMatchedOption("--verbose")) {
      failure.printStackTrace(err);
    }
    err.flush();
    return exitCode;
  }
}
