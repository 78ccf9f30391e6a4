package dev.wsmock;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.Extension;
import dev.wsmock.fault.Faults;
import dev.wsmock.internal.MockRuntime;
import dev.wsmock.internal.MockSettings;
import dev.wsmock.internal.model.StateInvariants;
import dev.wsmock.internal.protocol.RequestPipeline;
import dev.wsmock.internal.seedfile.SeedFiles;
import dev.wsmock.internal.wiremock.ServerOptions;
import dev.wsmock.internal.wiremock.WireMockServers;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A running mock of the Amazon WorkSpaces image API: a WireMock server whose catch-all stub answers AWS JSON 1.1
 * from a stateful model of images, accounts and share permissions. Point any AWS SDK at {@link #endpoint()}.
 *
 * <pre>{@code
 * try (WorkSpacesMock mock = WorkSpacesMock.builder()
 *         .seed(Seed.builder().image("wsi-golden001", "111111111111", "us-east-1").build())
 *         .start();
 *      WorkSpacesClient owner = WorkSpacesClient.builder()
 *         .endpointOverride(mock.endpoint())
 *         .region(Region.US_EAST_1)
 *         .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("111111111111", "secret")))
 *         .build()) {
 *   owner.updateWorkspaceImagePermission(r -> r.imageId("wsi-golden001").sharedAccountId("222222222222").allowCopyImage(true));
 *   assert mock.image("us-east-1", "wsi-golden001").orElseThrow().isSharedWith("222222222222");
 * }
 * }</pre>
 *
 * <p>The caller's account comes from the SigV4 access key: a key mapped in the seed, else a key that is exactly 12
 * digits, else the default account. The region comes from the credential scope.
 */
public final class WorkSpacesMock implements AutoCloseable {
  /** The account of callers whose access key maps to no account. */
  public static final String DEFAULT_ACCOUNT_ID = "123456789012";

  /**
   * How long a new image stays PENDING unless a builder says otherwise: long enough that a client which never
   * waits for AVAILABLE meets PENDING, as it would on AWS (where it takes minutes), short enough that a test on the
   * system clock that does wait is not slowed much. The JUnit extension uses zero instead: its tests usually
   * drive time with a manual clock and ask for a delay when they test the wait.
   */
  public static final Duration DEFAULT_IMAGE_READY_AFTER = Duration.ofSeconds(1);

  /**
   * The longest {@link Builder#imageReadyAfter(Duration)}: ten years of mock time is "never" for any test, and a
   * bound keeps every {@code now + delay} a representable instant.
   */
  public static final Duration MAX_IMAGE_READY_AFTER = Duration.ofDays(3650);

  private final MockRuntime runtime;
  private final WireMockServer server;
  private final CallJournal journal;
  private final AtomicBoolean closing = new AtomicBoolean();
  private final CompletableFuture<Void> stopped = new CompletableFuture<>();

  private WorkSpacesMock(MockRuntime runtime, WireMockServer server) {
    this.runtime = runtime;
    this.server = server;
    this.journal = new CallJournal(runtime.journal());
  }

  public static Builder builder() {
    return new Builder();
  }

  /** {@code http://127.0.0.1:<port>}: the {@code endpointOverride} for SDK clients. */
  public URI endpoint() {
    return URI.create("http://" + host() + ":" + port());
  }

  public int port() {
    return server.port();
  }

  private String host() {
    String bind = server.getOptions().bindAddress();
    return "0.0.0.0".equals(bind) ? "127.0.0.1" : bind;
  }

  /** Every call answered, oldest first (bounded; see {@link CallJournal#dropped()}). */
  public CallJournal journal() {
    return journal;
  }

  /**
   * The fault rules, changeable while the mock runs, and the seed that makes their random decisions repeatable.
   * Fired faults appear in the journal as {@link RecordedCall#faultFired()}.
   */
  public Faults faults() {
    return runtime.faults();
  }

  /**
   * Opt-in eventual consistency of the model: a new share reaches the recipient late, a new image looks PENDING for
   * a few describes. {@link Consistency#IMMEDIATE} by default and after every {@link #reset()}.
   */
  public Consistency consistency() {
    return runtime.consistency();
  }

  /** Sets the model's eventual consistency, e.g. {@code mock.consistency(new Consistency(Duration.ofSeconds(30), 2, 0))}. */
  public void consistency(Consistency consistency) {
    runtime.consistency(consistency);
  }

  /** The clock the model reads: the one given to the builder, or the system clock. */
  public Clock clock() {
    return runtime.settings().clock();
  }

  /**
   * Back to the seed the mock started with; the journal and the fault rules are cleared (the fault seed stays),
   * consistency is immediate again and ids restart from the id seed.
   */
  public void reset() {
    runtime.reset();
    WireMockServers.ensureModelStub(server);
  }

  /** Adds {@code seed} to the current state. A {@link #reset()} forgets it again. */
  public void seed(Seed seed) {
    runtime.seed(seed, "Java seed");
  }

  /** Adds the seed file at {@code file} to the current state. */
  public void loadSeed(Path file) {
    runtime.seed(runtime.seedFiles().read(file), file.toString());
  }

  /** Adds the seed JSON in {@code json}; {@code source} names it in error messages. */
  public void loadSeedJson(String json, String source) {
    runtime.seed(runtime.seedFiles().read(json.getBytes(StandardCharsets.UTF_8), source), source);
  }

  /** The whole state in the seed format, so {@code builder().seed(mock.exportState())} rebuilds it. */
  public Seed exportState() {
    return runtime.exportState();
  }

  /** The whole state as seed-file JSON. */
  public String exportStateJson() {
    return new String(runtime.seedFiles().write(exportState()), StandardCharsets.UTF_8);
  }

  /** The image as the model holds it now, if it exists in {@code region}. */
  public Optional<WorkspaceImage> image(String region, String imageId) {
    return runtime.image(region, imageId);
  }

  /**
   * The ImportCustomWorkspaceImage import of that id in {@code region} as it is now on the mock's clock (its state,
   * progress and error details), if there is one.
   */
  public Optional<CustomImageImport> customImageImport(String region, String imageId) {
    return runtime.customImageImport(region, imageId);
  }

  /** All images in {@code region}, of every account, in listing order. */
  public List<WorkspaceImage> images(String region) {
    return runtime.images(region);
  }

  /** Makes a PENDING (or any) image AVAILABLE now, whatever the clock says. */
  public void forceAvailable(String region, String imageId) {
    force(region, imageId, ImageState.AVAILABLE, null, null, List.of());
  }

  /** Puts an image in ERROR now, with AWS's {@code ErrorCode}, {@code ErrorMessage} and {@code ErrorDetails}. */
  public void forceError(
      String region,
      String imageId,
      String errorCode,
      String errorMessage,
      ImageErrorDetail... details) {
    force(region, imageId, ImageState.ERROR, errorCode, errorMessage, Arrays.asList(details));
  }

  /**
   * Sets an image's {@code Updates} now, as AWS does when it releases new WorkSpaces drivers and components for it:
   * DescribeWorkspaceImages shows them to the owner and to the accounts the image is shared with, and an image with
   * {@code UpdateAvailable} becomes a source CreateUpdatedWorkspaceImage accepts. {@code null} removes the member.
   * A description the API could not answer with is refused, naming the member; the image is then unchanged.
   */
  public void setImageUpdates(String region, String imageId, ImageUpdates updates) {
    if (!runtime.changeImageUpdates(region, imageId, updates, null)) {
      throw noSuchImage(region, imageId);
    }
  }

  /**
   * Releases {@code updates} for an image at {@code releasedAt} on the mock's clock: until then the image shows the
   * {@code Updates} it has now, from then on these (read lazily, as a PENDING image ripens, so no timer runs). For a
   * test of a client that must notice updates AWS releases after it last looked, e.g. after it shared the image.
   */
  public void releaseImageUpdates(
      String region, String imageId, ImageUpdates updates, Instant releasedAt) {
    Objects.requireNonNull(releasedAt, "releasedAt");
    if (!runtime.changeImageUpdates(region, imageId, updates, releasedAt)) {
      throw noSuchImage(region, imageId);
    }
  }

  private void force(
      String region,
      String imageId,
      ImageState state,
      String code,
      String message,
      List<ImageErrorDetail> details) {
    if (!runtime.forceImageState(region, imageId, state, code, message, details)) {
      throw noSuchImage(region, imageId);
    }
  }

  private IllegalArgumentException noSuchImage(String region, String imageId) {
    return new IllegalArgumentException(
        "No image "
            + imageId
            + " in "
            + region
            + runtime.regionOf(imageId).map(r -> " (it is in " + r + ")").orElse(""));
  }

  /** The WireMock server underneath, for a user's own stubs (they take priority over the model). */
  public WireMockServer wireMock() {
    return server;
  }

  /** Stops the server; calling it again does nothing. */
  @Override
  public void close() {
    if (!closing.compareAndSet(false, true)) {
      return;
    }
    try {
      server.stop();
    } finally {
      stopped.complete(null);
    }
  }

  /**
   * Completes once the mock has stopped: by {@link #close()}, or by WireMock's {@code POST /__admin/shutdown} when
   * {@link WireMockFeature#SHUTDOWN} allows it.
   */
  public CompletionStage<Void> whenStopped() {
    return stopped.copy();
  }

  /** Configures and starts a {@link WorkSpacesMock}. Every option has a default; {@code builder().start()} works. */
  public static final class Builder {
    private int port = 0;
    private String bindAddress = "127.0.0.1";
    private Clock clock = Clock.systemUTC();
    private Duration imageReadyAfter = DEFAULT_IMAGE_READY_AFTER;
    private long idSeed = 0L;
    private String defaultAccountId = DEFAULT_ACCOUNT_ID;
    private MockBehaviour behaviour = MockBehaviour.defaults();
    private Seed seed = Seed.empty();
    private final List<String> seedSources = new ArrayList<>();
    private int journalCapacity = CallJournal.DEFAULT_CAPACITY;
    private long journalMaxBytes = CallJournal.DEFAULT_MAX_BYTES;
    private int maxRequestBytes = RequestPipeline.DEFAULT_MAX_BODY_BYTES;
    private boolean strictAuth = false;
    private int wireMockJournalEntries = 0;
    private Long faultSeed;
    private final List<Extension> extensions = new ArrayList<>();
    private boolean strictResponses = true;
    private boolean checkInvariants = StateInvariants.debugEnabled();
    private Long pageTokenKey;
    private final Set<String> extraRegions = new TreeSet<>();
    private final Set<WireMockFeature> wireMockFeatures = EnumSet.noneOf(WireMockFeature.class);
    private final Set<String> adminHosts = new LinkedHashSet<>();

    private Builder() {}

    /** The HTTP port; 0 (the default) picks a free one. */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be 0..65535, not " + port);
      }
      this.port = port;
      return this;
    }

    /** The address to listen on; 127.0.0.1 by default, so nothing off this machine can reach the mock. */
    public Builder bindAddress(String bindAddress) {
      this.bindAddress = Objects.requireNonNull(bindAddress);
      return this;
    }

    /** The clock the model reads; the system clock by default, or a {@link ManualClock}. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock);
      return this;
    }

    /**
     * How long new images stay PENDING on the mock's clock; {@link #DEFAULT_IMAGE_READY_AFTER} by default, zero for
     * at once, at most
     * {@link #MAX_IMAGE_READY_AFTER}.
     */
    public Builder imageReadyAfter(Duration delay) {
      if (delay.isNegative()) {
        throw new IllegalArgumentException("imageReadyAfter must not be negative: " + delay);
      }
      if (delay.compareTo(MAX_IMAGE_READY_AFTER) > 0) {
        throw new IllegalArgumentException(
            "imageReadyAfter must be at most " + MAX_IMAGE_READY_AFTER + ", not " + delay);
      }
      this.imageReadyAfter = delay;
      return this;
    }

    /** Seeds the id generator: the same seed and the same calls give the same ids. */
    public Builder idSeed(long seed) {
      this.idSeed = seed;
      return this;
    }

    /**
     * Pins the key {@code NextToken}s are signed with, so mocks pinned to the same key accept each other's tokens.
     * By default each mock draws a random key: a client can neither forge a token nor carry one to another mock.
     * Anyone who knows a pinned key can forge tokens; pin it in tests only.
     */
    public Builder pageTokenKey(long key) {
      this.pageTokenKey = key;
      return this;
    }

    /**
     * Region names to accept beside AWS's own, for tests that use a region AWS does not have (e.g. {@code "local"}).
     * By default a credential scope or a seed must name a region of the syntax of AWS's partitions
     * ({@code us-east-1}, {@code cn-northwest-1}, {@code us-gov-west-1}, ...); anything else is refused with
     * {@code InvalidSignatureException} "Credential should be scoped to a valid region". Each name is 1 to 31 of
     * {@code [-0-9a-z]}, as the service model's {@code Region} shape allows.
     */
    public Builder extraRegions(String... regions) {
      dev.wsmock.internal.model.RegionNames.withExtra(Arrays.asList(regions)); // fails early
      this.extraRegions.addAll(Arrays.asList(regions));
      return this;
    }

    /** The account of callers whose access key maps to no account; {@value #DEFAULT_ACCOUNT_ID} by default. */
    public Builder defaultAccountId(String accountId) {
      if (!AwsIdentifiers.isAccountId(accountId)) {
        throw new IllegalArgumentException("defaultAccountId must be 12 digits, not " + accountId);
      }
      this.defaultAccountId = accountId;
      return this;
    }

    /** The answers for undocumented behaviour; {@link MockBehaviour#defaults()} by default. */
    public Builder behaviour(MockBehaviour behaviour) {
      this.behaviour = Objects.requireNonNull(behaviour);
      return this;
    }

    /** State to start with (and return to on {@link #reset()}); several calls add up. */
    public Builder seed(Seed seed) {
      this.seed = this.seed.plus(seed);
      seedSources.add("Java seed");
      return this;
    }

    /** A seed file to start with; see the README for the format. */
    public Builder seedFile(Path file) {
      this.seed = this.seed.plus(SeedFiles.shared().read(file));
      seedSources.add(file.toString());
      return this;
    }

    /** A seed file on the classpath, e.g. {@code "seeds/golden.json"}. */
    public Builder seedResource(String resource) {
      String name = resource.startsWith("/") ? resource.substring(1) : resource;
      ClassLoader loader = Thread.currentThread().getContextClassLoader();
      try (InputStream in =
          (loader != null ? loader : WorkSpacesMock.class.getClassLoader())
              .getResourceAsStream(name)) {
        if (in == null) {
          throw new SeedException("classpath:" + name, "$", "no such resource on the classpath");
        }
        this.seed = this.seed.plus(SeedFiles.shared().read(in.readAllBytes(), "classpath:" + name));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      seedSources.add("classpath:" + name);
      return this;
    }

    /** How many calls the journal keeps before dropping the oldest; {@value CallJournal#DEFAULT_CAPACITY} by default. */
    public Builder journalCapacity(int capacity) {
      this.journalCapacity = capacity;
      return this;
    }

    /**
     * How many bytes the journal's calls may keep alive (an estimate on the high side) before it drops the oldest;
     * 32 MiB by default. Members a request's operation does not declare are journaled shortened, so this bound
     * matters only for calls whose declared members are large.
     */
    public Builder journalMaxBytes(long bytes) {
      this.journalMaxBytes = bytes;
      return this;
    }

    /** Larger request bodies are refused with 413 {@code RequestEntityTooLargeException}; 1 MiB by default. */
    public Builder maxRequestBytes(int bytes) {
      if (bytes < 1) {
        throw new IllegalArgumentException("maxRequestBytes must be at least 1, not " + bytes);
      }
      this.maxRequestBytes = bytes;
      return this;
    }

    /**
     * Keeps WireMock's own request journal, bounded to {@code entries}, for users who verify with WireMock's API.
     * Off by default: unbounded it costs 8.4 KiB per request.
     */
    public Builder wireMockRequestJournal(int entries) {
      this.wireMockJournalEntries = entries;
      return this;
    }

    /** Pins the seed of every random fault decision (replay); random, and readable via {@code faults().seed()}, if not set. */
    public Builder faultSeed(long seed) {
      this.faultSeed = seed;
      return this;
    }

    /**
     * Strict auth (off by default): every request's SigV4 signature is verified with the secret the seed gives its
     * access key ({@code "SecretAccessKeys": {"AKIA...": "secret"}} or {@link Seed.Builder#secretAccessKey}).
     * A key without a secret gets {@code UnrecognizedClientException}, a wrong signature
     * {@code InvalidSignatureException}, an {@code X-Amz-Date} more than 5 minutes off the mock's clock
     * {@code InvalidSignatureException} "Signature expired".
     *
     * <pre>{@code
     * WorkSpacesMock.builder()
     *     .seed(Seed.builder().secretAccessKey("AKIAOWNEREXAMPLE0001", "owner-secret").build())
     *     .strictAuth(true)
     *     .start();
     * }</pre>
     */
    public Builder strictAuth(boolean strict) {
      this.strictAuth = strict;
      return this;
    }

    /** More WireMock extensions to install (the standalone server adds its admin routes this way). */
    public Builder extensions(Extension... extensions) {
      this.extensions.addAll(Arrays.asList(extensions));
      return this;
    }

    /**
     * Checks every answer the model produces against the service contract (output shape, declared error codes plus
     * the protocol-level ones and the mock's documented decisions). On by default: a breach is a wsmock bug, so the
     * answer becomes a 500 {@code InternalFailure} naming the member path and broken constraint, and the breach is in
     * {@link RecordedCall#contractViolations()}. Turn off only to measure raw speed.
     */
    public Builder strictResponses(boolean strict) {
      this.strictResponses = strict;
      return this;
    }

    /**
     * Verifies the whole state (indexes, grants, quotas, names; see {@code docs/behaviour.md}) after every call, and
     * fails the call that broke an invariant loudly, naming it: a debugging aid for wsmock itself,
     * off by default because it costs a walk of the state per call. {@code -Dwsmock.debug.invariants=true} turns it
     * on for every mock a JVM builds.
     */
    public Builder checkInvariantsAfterEveryCall(boolean check) {
      this.checkInvariants = check;
      return this;
    }

    /**
     * Turns on WireMock features that reach outside the mock (proxying, files, shutdown), all off by default; see
     * {@link WireMockFeature}. Several calls add up.
     */
    public Builder enableWireMockFeatures(WireMockFeature... features) {
      for (WireMockFeature feature : features) {
        wireMockFeatures.add(Objects.requireNonNull(feature));
      }
      return this;
    }

    /**
     * Host names under which WireMock's admin API ({@code /__admin}) answers, besides {@code localhost}, IP
     * addresses and the bind address: e.g. a container's name when the mock is bound to {@code 0.0.0.0}. A request
     * whose {@code Host} is none of these is refused, which stops DNS-rebinding pages.
     */
    public Builder adminHosts(String... hostNames) {
      for (String name : hostNames) {
        if (name == null || name.isBlank() || name.contains("/") || name.contains(":")) {
          throw new IllegalArgumentException("an admin host is a plain host name, not " + name);
        }
        adminHosts.add(name);
      }
      return this;
    }

    /** Starts the server; the mock is ready when this returns. */
    public WorkSpacesMock start() {
      String source = seedSources.isEmpty() ? "seed" : String.join(" + ", seedSources);
      MockRuntime runtime =
          new MockRuntime(
              new MockSettings(
                  clock,
                  imageReadyAfter,
                  idSeed,
                  defaultAccountId,
                  behaviour,
                  seed,
                  source,
                  journalCapacity,
                  journalMaxBytes,
                  maxRequestBytes,
                  strictResponses,
                  strictAuth,
                  extraRegions,
                  pageTokenKey,
                  checkInvariants));
      if (faultSeed != null) {
        runtime.faults().reseed(faultSeed);
      }
      AtomicReference<WorkSpacesMock> started = new AtomicReference<>();
      WireMockServer server =
          WireMockServers.start(
              runtime,
              new ServerOptions(
                  port,
                  bindAddress,
                  wireMockJournalEntries,
                  extensions,
                  wireMockFeatures,
                  adminHosts,
                  ServerOptions.DEFAULT_BODY_READ_DEADLINE,
                  () -> {
                    WorkSpacesMock mock = started.get();
                    if (mock != null) {
                      mock.close();
                    }
                  }));
      WorkSpacesMock mock = new WorkSpacesMock(runtime, server);
      started.set(mock);
      return mock;
    }
  }
}
