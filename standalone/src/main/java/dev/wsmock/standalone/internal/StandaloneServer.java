package dev.wsmock.standalone.internal;

import com.github.tomakehurst.wiremock.extension.Extension;
import dev.wsmock.SeedException;
import dev.wsmock.WireMockFeature;
import dev.wsmock.WorkSpacesMock;
import dev.wsmock.standalone.internal.admin.AdminTokenFilter;
import dev.wsmock.standalone.internal.admin.MockAccess;
import dev.wsmock.standalone.internal.admin.WorkspacesAdminApi;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One running standalone server: the mock with the admin routes, the console lines, and a shutdown hook so SIGTERM
 * stops it cleanly.
 */
public final class StandaloneServer {
  private final WorkSpacesMock mock;
  private final PrintWriter out;
  private final CountDownLatch stopped = new CountDownLatch(1);
  private final AtomicBoolean stopping = new AtomicBoolean();
  private final Thread shutdownHook = new Thread(this::stop, "wsmock-shutdown");

  private StandaloneServer(WorkSpacesMock mock, PrintWriter out) {
    this.mock = mock;
    this.out = out;
  }

  /** Starts the server and prints the ready line; fails with a {@link StartupFailure} or {@link SeedException}. */
  public static StandaloneServer start(ServerSettings settings, PrintWriter out) {
    AdminAccess access =
        AdminAccess.decide(settings.bind(), settings.allowRemote(), settings.adminToken());
    MockAccess mockAccess = new MockAccess();
    List<Extension> extensions = new ArrayList<>();
    extensions.add(new WorkspacesAdminApi(mockAccess));
    access.token().ifPresent(token -> extensions.add(new AdminTokenFilter(token)));

    WorkSpacesMock.Builder builder =
        configure(settings).extensions(extensions.toArray(Extension[]::new));
    if (settings.seed() != null) {
      builder.seedFile(readableSeed(settings.seed()));
    }
    WorkSpacesMock mock = startListening(builder, settings);
    mockAccess.set(mock);

    StandaloneServer server = new StandaloneServer(mock, out);
    if (settings.verbose()) {
      mock.journal().addListener(call -> out.println(call.describe()));
    }
    if (access.generated()) {
      out.println(
          "wsmock admin token (send as 'Authorization: Bearer <token>' or '"
              + AdminTokenFilter.TOKEN_HEADER
              + ": <token>'): "
              + access.token().orElseThrow());
    }
    Runtime.getRuntime().addShutdownHook(server.shutdownHook);
    // WireMock's POST /__admin/shutdown (with --enable-wiremock SHUTDOWN) stops the mock: the
    // server stops with it.
    mock.whenStopped().thenRun(server::stop);
    out.println("wsmock listening on " + mock.endpoint());
    out.flush();
    return server;
  }

  private static WorkSpacesMock.Builder configure(ServerSettings settings) {
    try {
      return WorkSpacesMock.builder()
          .port(settings.port())
          .bindAddress(settings.bind())
          .imageReadyAfter(settings.imageReadyAfter())
          .idSeed(settings.idSeed())
          .defaultAccountId(settings.defaultAccount())
          .behaviour(settings.behaviour())
          .journalCapacity(settings.journalCapacity())
          .strictAuth(settings.strictAuth())
          .extraRegions(settings.extraRegions().toArray(String[]::new))
          .enableWireMockFeatures(settings.wireMockFeatures().toArray(WireMockFeature[]::new))
          .adminHosts(settings.adminHosts().toArray(String[]::new));
    } catch (IllegalArgumentException e) {
      throw new StartupFailure(StartupFailure.USAGE, e.getMessage(), e);
    }
  }

  /** Checks the one file we were given, so the message says "no such file" rather than an exception's name. */
  private static Path readableSeed(Path seed) {
    if (!Files.exists(seed)) {
      throw new StartupFailure(
          StartupFailure.BAD_SEED, "cannot read seed file " + seed + ": no such file", null);
    }
    if (!Files.isRegularFile(seed) || !Files.isReadable(seed)) {
      throw new StartupFailure(
          StartupFailure.BAD_SEED,
          "cannot read seed file " + seed + ": not a readable regular file",
          null);
    }
    return seed;
  }

  private static WorkSpacesMock startListening(
      WorkSpacesMock.Builder builder, ServerSettings settings) {
    try {
      return builder.start();
    } catch (SeedException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw new StartupFailure(StartupFailure.USAGE, e.getMessage(), e);
    } catch (RuntimeException e) {
      BindException bind = bindFailure(e);
      if (bind == null) {
        throw new StartupFailure(
            StartupFailure.CANNOT_START, "the server could not start: " + e.getMessage(), e);
      }
      String where = settings.bind() + ":" + settings.port();
      String message =
          String.valueOf(bind.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("in use")
              ? "port "
                  + settings.port()
                  + " on "
                  + settings.bind()
                  + " is already in use; stop what holds it, choose"
                  + " another --port, or use --port 0 for a free one"
              : "cannot listen on " + where + ": " + bind.getMessage();
      throw new StartupFailure(StartupFailure.CANNOT_START, message, e);
    }
  }

  private static BindException bindFailure(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof BindException bind) {
        return bind;
      }
    }
    return null;
  }

  public WorkSpacesMock mock() {
    return mock;
  }

  /** Blocks until {@link #stop()} has run (from SIGTERM's hook or a caller). */
  public void awaitStop() {
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stop();
    }
  }

  /** Stops the server once and prints a line saying so; safe to call again and from the shutdown hook. */
  public void stop() {
    if (!stopping.compareAndSet(false, true)) {
      return;
    }
    try {
      mock.close();
      out.println("wsmock stopped");
      out.flush();
    } finally {
      stopped.countDown();
      if (Thread.currentThread() != shutdownHook) {
        try {
          Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
          // The JVM is already shutting down; the hook will find the server stopped.
        }
      }
    }
  }
}
