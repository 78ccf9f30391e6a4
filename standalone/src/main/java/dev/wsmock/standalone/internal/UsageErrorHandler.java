package dev.wsmock.standalone.internal;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;

/** A bad command line gets its one-line reason and a pointer to --help, not the whole help text. */
public final class UsageErrorHandler implements IParameterExceptionHandler {
  @Override
  public int handleParseException(ParameterException failure, String[] args) {
    CommandLine commandLine = failure.getCommandLine();
    PrintWriter err = commandLine.getErr();
    err.println("wsmock: " + failure.getMessage());
    CommandLine.UnmatchedArgumentException.printSuggestions(failure, err);
    err.println(
        "Run '" + commandLine.getCommandSpec().qualifiedName() + " --help' for the options.");
    err.flush();
    return StartupFailure.USAGE;
  }
}
