package dev.wsmock.standalone;

import static org.awaitility.Awaitility.await;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The serve command run in-process through {@link Main#commandLine}, as {@code java -jar} would run it. */
final class RunningServer implements AutoCloseable {
  private static final Pattern READY =
      Pattern.compile("^wsmock listening on (http://\\S+)$", Pattern.MULTILINE);

  private final ServeCommand command = new ServeCommand();
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private final CompletableFuture<Integer> exitCode = new CompletableFuture<>();
  private final URI endpoint;

  private RunningServer(String... args) {
    Thread runner =
        new Thread(
            () -> {
              try {
                exitCode.complete(
                    Main.commandLine(
                            command, new PrintWriter(out, true), new PrintWriter(err, true))
                        .execute(args));
              } catch (Throwable t) {
                exitCode.completeExceptionally(t);
              }
            },
            "wsmock-under-test");
    runner.setDaemon(true);
    runner.start();
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> READY.matcher(out.toString()).find() || exitCode.isDone());
    Matcher ready = READY.matcher(out.toString());
    if (!ready.find()) {
      throw new AssertionError(
          "the server did not start; exit " + exitCode.getNow(null) + ", stderr:\n" + err);
    }
    endpoint = URI.create(ready.group(1));
  }

  /** Starts {@code --port 0} plus {@code args} and waits for the ready line. */
  static RunningServer start(String... args) {
    List<String> all = new ArrayList<>(List.of("--port", "0"));
    all.addAll(List.of(args));
    return new RunningServer(all.toArray(String[]::new));
  }

  URI endpoint() {
    return endpoint;
  }

  String out() {
    return out.toString();
  }

  String err() {
    return err.toString();
  }

  /** The command's exit code, once it has returned. */
  CompletableFuture<Integer> exit() {
    return exitCode;
  }

  /** Stops the server as SIGTERM would and returns the command's exit code. */
  int stop() throws Exception {
    command.stop();
    return exitCode.get(30, TimeUnit.SECONDS);
  }

  @Override
  public void close() throws Exception {
    stop();
  }
}
