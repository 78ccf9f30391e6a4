package dev.wsmock.benchmarks.internal.serving;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wsmock.benchmarks.internal.Seeds;
import dev.wsmock.benchmarks.internal.report.Report;
import dev.wsmock.benchmarks.internal.wire.RawConnection;
import dev.wsmock.benchmarks.internal.wire.WireRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * moto's server ({@code python3 -m moto.server}) as a subprocess on a free loopback port, given the images the
 * {@code MOTO} section measures by {@code moto/setup_workspace_images.py} (boto3). The process is killed on
 * {@link #close()}, and by a shutdown hook if the JVM exits first.
 *
 * <pre>{@code
 * try (MotoServer moto = MotoServer.start("python3")) {
 *   MeasuredImages images = moto.createImages(5).images();
 * }
 * }</pre>
 */
final class MotoServer implements AutoCloseable {
  private static final String SETUP_SCRIPT = "/moto/setup_workspace_images.py";
  private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
  private static final Duration SETUP_TIMEOUT = Duration.ofSeconds(120);

  private final String python;
  private final Process process;
  private final Path log;
  private final URI endpoint;
  private final Thread killer;

  /** Why moto cannot be measured here (python3, moto or boto3 missing, or moto failed to start or set up). */
  static final class Unavailable extends Exception {
    Unavailable(String why) {
      super(why);
    }
  }

  private MotoServer(String python, Process process, Path log, URI endpoint) {
    this.python = python;
    this.process = process;
    this.log = log;
    this.endpoint = endpoint;
    this.killer = new Thread(this::kill, "moto-killer");
    Runtime.getRuntime().addShutdownHook(killer);
  }

  static MotoServer start(String python) throws Unavailable {
    int port = freePort();
    Path log;
    Process process;
    try {
      log = Files.createTempFile("moto-server-", ".log");
      process =
          new ProcessBuilder(
                  python, "-m", "moto.server", "-H", "127.0.0.1", "-p", Integer.toString(port))
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
    } catch (IOException e) {
      throw new Unavailable("cannot start " + python + " -m moto.server: " + e.getMessage());
    }
    MotoServer server =
        new MotoServer(python, process, log, URI.create("http://127.0.0.1:" + port));
    try {
      server.awaitAnswer();
      return server;
    } catch (Unavailable | RuntimeException e) {
      server.close();
      throw e;
    }
  }

  URI endpoint() {
    return endpoint;
  }

  long pid() {
    return process.pid();
  }

  /** What the setup script made, and the version of moto that made it. */
  record Setup(String motoVersion, MeasuredImages images) {}

  /**
   * Runs the setup script: a VPC, subnets, a directory, a WorkSpace, then two images, the first shared with
   * {@code shares} accounts. Returns them with the account moto made their owner.
   */
  Setup createImages(int shares) throws Unavailable {
    List<String> command =
        List.of(python, "-", endpoint.toString(), Seeds.REGION, Integer.toString(shares));
    Output setup = run(command, script(), SETUP_TIMEOUT);
    if (setup.exitCode() != 0) {
      throw new Unavailable("moto setup failed: " + lastLine(setup.text()));
    }
    try {
      JsonNode images = Report.json().readTree(lastLine(setup.text()));
      return new Setup(
          images.path("moto").asText(),
          new MeasuredImages(
              images.path("account").asText(),
              images.path("describedImage").asText(),
              images.path("toggledImage").asText()));
    } catch (IOException e) {
      throw new Unavailable("moto setup printed no JSON: " + lastLine(setup.text()));
    }
  }

  /** Polls until moto answers a DescribeWorkspaceImages with 200, or gives up when it exits or times out. */
  private void awaitAnswer() throws Unavailable {
    WireRequest probe =
        WireRequest.of("DescribeWorkspaceImages", Seeds.OWNER, Seeds.REGION, WireRequest.members());
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      try {
        // Waiting on the exit doubles as the pause between polls, and notices a moto that died at
        // once.
        process.onExit().get(100, TimeUnit.MILLISECONDS);
        throw new Unavailable("moto.server exited with " + process.exitValue() + ": " + logTail());
      } catch (TimeoutException stillRunning) {
        if (answers(probe)) {
          return;
        }
      } catch (ExecutionException e) {
        throw new Unavailable("cannot watch moto.server: " + e.getMessage());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new Unavailable("interrupted while moto.server started");
      }
    }
    throw new Unavailable(
        "moto.server did not answer within " + START_TIMEOUT.toSeconds() + " s: " + logTail());
  }

  private boolean answers(WireRequest probe) {
    try (RawConnection connection = new RawConnection(endpoint)) {
      return connection.exchange(probe).status() == 200;
    } catch (UncheckedIOException notYet) {
      return false;
    }
  }

  private String logTail() {
    try {
      return lastLine(Files.readString(log));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  @Override
  public void close() {
    kill();
    try {
      Runtime.getRuntime().removeShutdownHook(killer);
    } catch (IllegalStateException shuttingDown) {
      // the hook is running or about to: it kills the same process
    }
    deleteQuietly(log);
  }

  /** SIGTERM (moto exits cleanly on it), then SIGKILL if it is still there after 5 s. */
  private void kill() {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroy();
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  private static byte[] script() {
    try (InputStream in = MotoServer.class.getResourceAsStream(SETUP_SCRIPT)) {
      if (in == null) {
        throw new IllegalStateException(SETUP_SCRIPT + " is missing from the benchmarks jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int freePort() throws Unavailable {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new Unavailable("no free loopback port: " + e.getMessage());
    }
  }

  private record Output(int exitCode, String text) {}

  /** Runs {@code command} with {@code stdin} (or none), stderr merged into the returned text. */
  private static Output run(List<String> command, byte[] stdin, Duration timeout)
      throws Unavailable {
    Path output = null;
    Process process = null;
    try {
      // Into a file, not a pipe, so a hung command cannot block this thread past the timeout.
      output = Files.createTempFile("moto-command-", ".out");
      process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(output.toFile())
              .start();
      try (var in = process.getOutputStream()) {
        if (stdin != null) {
          in.write(stdin);
        }
      }
      if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
        throw new Unavailable(
            command.get(0)
                + " "
                + command.get(1)
                + " took more than "
                + timeout.toSeconds()
                + " s");
      }
      return new Output(process.exitValue(), Files.readString(output));
    } catch (IOException e) {
      throw new Unavailable("cannot run " + command.get(0) + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Unavailable("interrupted while running " + command.get(0));
    } finally {
      if (process != null) {
        process.destroyForcibly();
      }
      deleteQuietly(output);
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      if (file != null) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      // a leftover temp file harms nobody
    }
  }

  private static String lastLine(String text) {
    String[] lines = text.strip().split("\n");
    return lines.length == 0 ? "" : lines[lines.length - 1].strip();
  }
}
