package dev.wsmock.internal;

import dev.wsmock.Consistency;
import dev.wsmock.CustomImageImport;
import dev.wsmock.ImageErrorDetail;
import dev.wsmock.ImageState;
import dev.wsmock.ImageUpdates;
import dev.wsmock.RecordedCall;
import dev.wsmock.Seed;
import dev.wsmock.SeedException;
import dev.wsmock.WorkspaceImage;
import dev.wsmock.internal.contract.ServiceContract;
import dev.wsmock.internal.error.ServiceError;
import dev.wsmock.internal.fault.FaultEngine;
import dev.wsmock.internal.journal.CallLog;
import dev.wsmock.internal.journal.RetainedCalls;
import dev.wsmock.internal.json.Json;
import dev.wsmock.internal.json.JsonCodec;
import dev.wsmock.internal.model.ImageEntry;
import dev.wsmock.internal.model.RegionNames;
import dev.wsmock.internal.model.SeedLoader;
import dev.wsmock.internal.model.SeedRules;
import dev.wsmock.internal.model.ServiceState;
import dev.wsmock.internal.model.StateExporter;
import dev.wsmock.internal.model.StateInvariants;
import dev.wsmock.internal.operations.ModelContext;
import dev.wsmock.internal.operations.OperationHandlers;
import dev.wsmock.internal.operations.PageTokens;
import dev.wsmock.internal.protocol.AwsJson;
import dev.wsmock.internal.protocol.HttpAnswer;
import dev.wsmock.internal.protocol.HttpCall;
import dev.wsmock.internal.protocol.RequestPipeline;
import dev.wsmock.internal.protocol.ResponseSelfCheck;
import dev.wsmock.internal.protocol.SeedShapeCheck;
import dev.wsmock.internal.protocol.ServedCall;
import dev.wsmock.internal.protocol.SigV4Verifier;
import dev.wsmock.internal.seedfile.SeedFiles;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One mock without its HTTP server: model, protocol and journal wired together. {@code WorkSpacesMock} puts it
 * behind WireMock; benchmarks and tests may drive it directly.
 */
public final class MockRuntime {
  private final MockSettings settings;
  private final JsonCodec json = Json.aws();
  private final ServiceState state;
  private final RequestPipeline pipeline;
  private final ServiceContract contract;
  private final CallLog journal;
  private final RegionNames regions;
  private final SeedRules seedRules;

  /** Random until pinned ({@code reseed}); the seed is printed on failure so a run can be replayed. */
  private final FaultEngine faults = new FaultEngine(ThreadLocalRandom.current().nextLong());

  private final SeedFiles seedFiles = SeedFiles.shared();
  private final SeedShapeCheck seedShapes;
  private volatile Seed baseSeed;
  private volatile Consistency consistency = Consistency.IMMEDIATE;
  private final ResponseSelfCheck selfCheck;

  public MockRuntime(MockSettings settings) {
    this(settings, ServiceContract.bundled());
  }

  public MockRuntime(MockSettings settings, ServiceContract contract) {
    this.settings = settings;
    this.contract = contract;
    this.seedShapes = new SeedShapeCheck(contract, json);
    this.state = new ServiceState(settings.idSeed(), settings.defaultAccountId());
    this.regions = RegionNames.withExtra(settings.extraRegions());
    this.seedRules =
        new SeedRules(
            settings.behaviour(), regions, settings.strictAuth(), settings.imageReadyAfter());
    ModelContext context =
        new ModelContext(
            state,
            settings.behaviour(),
            settings.imageReadyAfter(),
            settings.pageTokenKey() == null
                ? PageTokens.randomKey()
                : PageTokens.pinnedKey(settings.pageTokenKey()),
            this::consistency,
            regions);
    SigV4Verifier signatures =
        settings.strictAuth()
            ? SigV4Verifier.strict(key -> state.read(() -> state.secretAccessKey(key)), regions)
            : SigV4Verifier.lax(regions);
    this.pipeline =
        new RequestPipeline(
            json,
            contract,
            new OperationHandlers(context),
            state,
            settings.behaviour(),
            settings.maxBodyBytes(),
            faults,
            signatures);
    this.journal = new CallLog(settings.journalCapacity(), settings.journalMaxBytes());
    this.selfCheck =
        settings.strictResponses()
            ? new ResponseSelfCheck(json, contract, settings.behaviour())
            : null;
    this.baseSeed = settings.seed();
    seedShapes.check(baseSeed, settings.seedSource());
    state.write(() -> SeedLoader.apply(state, baseSeed, settings.seedSource(), now(), seedRules));
  }

  public Instant now() {
    return settings.clock().instant();
  }

  public MockSettings settings() {
    return settings;
  }

  public SeedFiles seedFiles() {
    return seedFiles;
  }

  /** The journal's store; {@code WorkSpacesMock} shows it to users as the read-only {@code CallJournal}. */
  public CallLog journal() {
    return journal;
  }

  /** The AWS JSON codec this runtime reads and writes with (the transport's error answers use it too). */
  public JsonCodec json() {
    return json;
  }

  public FaultEngine faults() {
    return faults;
  }

  /** Answers one HTTP request and records it in the journal. */
  public HttpAnswer serve(HttpCall call) {
    Instant arrived = now();
    long started = System.nanoTime();
    ServedCall served = pipeline.serve(call, arrived);
    ResponseSelfCheck.Outcome checked =
        checkAgainstContract(served); // strict responses: a mock bug fails loudly
    record(
        checked, arrived, Duration.ofNanos(System.nanoTime() - started), call.header("User-Agent"));
    debugCheck(served.operationName());
    return checked.served().answer();
  }

  /**
   * Answers and records a request the transport refused before its body was read (see {@link
   * RequestPipeline#refused}): it is a call the client made, so the journal shows it like any other.
   */
  public HttpAnswer refuse(HttpCall call, ServiceError error) {
    Instant arrived = now();
    ServedCall served = pipeline.refused(call, error);
    record(
        ResponseSelfCheck.Outcome.unchecked(served),
        arrived,
        Duration.ZERO,
        call.header("User-Agent"));
    return served.answer();
  }

  /**
   * Strict mode's serve-time self-check of the model's answer (see {@link ResponseSelfCheck}); call it on the
   * pipeline's answer before faults replace it, since a fault's answer is deliberate.
   */
  public ResponseSelfCheck.Outcome checkAgainstContract(ServedCall served) {
    // A fault's answer is deliberate (any code, a truncated body): it is the rule's contract, not
    // the model's.
    if (selfCheck == null || served.faultFired() != null) {
      return ResponseSelfCheck.Outcome.unchecked(served);
    }
    return selfCheck.check(served);
  }

  /** Every broken whole-state invariant (see {@link StateInvariants}); empty when the state is sound. */
  public List<String> invariantViolations() {
    Instant now = now();
    state.settleImports(now);
    return state.read(() -> StateInvariants.violations(state, now));
  }

  private void debugCheck(String after) {
    if (settings.checkInvariants()) {
      Instant now = now();
      state.read(
          () -> {
            StateInvariants.verify(state, now, after == null ? "an unrecognised request" : after);
            return null;
          });
    }
  }

  /**
   * Records one call with the strict-mode findings on the model's answer; the journal numbers it as it appends it.
   * Members the operation's input does not declare are kept shortened ({@link RetainedCalls}).
   */
  private void record(
      ResponseSelfCheck.Outcome checked, Instant arrived, Duration latency, String userAgent) {
    ServedCall served = checked.served();
    HttpAnswer answer = served.answer();
    Map<String, Object> request =
        served.request() == null
            ? Map.of()
            : RetainedCalls.request(
                AwsJson.members(served.request()), contract.inputMembers(served.operationName()));
    ResponseFacts facts =
        ResponseFacts.of(served, checked.answerBody(), RecordedCall.imageIdsIn(request), json);
    RecordedCall call =
        RecordedCall.builder()
            .time(arrived)
            .operationName(served.operationName())
            .accountId(served.accountId())
            .region(served.region())
            .request(request)
            .status(answer.status())
            .errorCode(answer.errorCode())
            .errorMessage(answer.errorMessage())
            .requestId(answer.headers().get("x-amzn-RequestId"))
            .faultFired(served.faultFired())
            .sdkAttempt(served.sdkAttempt())
            .sdkInvocationId(served.sdkInvocationId())
            .latency(latency)
            .contractViolations(checked.violations())
            .responseNextToken(facts.nextToken())
            .invisibleImageIds(facts.invisibleImageIds())
            .userAgent(userAgent)
            .build();
    journal.append(call, RetainedCalls.bytes(call));
  }

  /** Opt-in eventual consistency of the model; {@link Consistency#IMMEDIATE} until set, and after a reset. */
  public Consistency consistency() {
    return consistency;
  }

  public void consistency(Consistency newConsistency) {
    this.consistency = java.util.Objects.requireNonNull(newConsistency, "consistency");
  }

  /**
   * Back to the seed the mock started with (plus nothing else); the journal and the fault rules are cleared, and
   * consistency is immediate again.
   */
  public void reset() {
    faults.clear();
    consistency = Consistency.IMMEDIATE;
    state.write(
        () -> {
          state.clear(settings.defaultAccountId());
          SeedLoader.apply(state, baseSeed, settings.seedSource(), now(), seedRules);
        });
    journal.clear();
    debugCheck("reset");
  }

  /** Adds {@code seed} to the current state; it is not part of what {@link #reset()} returns to. */
  public void seed(Seed seed, String source) {
    seedShapes.check(seed, source);
    state.write(() -> SeedLoader.apply(state, seed, source, now(), seedRules));
    debugCheck("seed " + source);
  }

  public Seed exportState() {
    state.settleImports(now());
    return state.read(() -> StateExporter.export(state, now()));
  }

  public Optional<WorkspaceImage> image(String region, String imageId) {
    state.settleImports(now());
    return state.read(
        () -> Optional.ofNullable(state.region(region).image(imageId)).map(i -> i.snapshot(now())));
  }

  public Optional<CustomImageImport> customImageImport(String region, String imageId) {
    Instant now = now();
    state.settleImports(now);
    return state.read(
        () ->
            Optional.ofNullable(state.region(region).imageImport(imageId))
                .map(i -> i.snapshot(now)));
  }

  public List<WorkspaceImage> images(String region) {
    Instant now = now();
    state.settleImports(now);
    return state.read(
        () ->
            state.region(region).images().stream()
                .sorted(ImageEntry.LISTING_ORDER)
                .map(i -> i.snapshot(now))
                .toList());
  }

  /** Forces an image's state now; {@code false} if there is no such image. */
  public boolean forceImageState(
      String region,
      String imageId,
      ImageState newState,
      String errorCode,
      String errorMessage,
      List<ImageErrorDetail> details) {
    Optional<String> owner = ownerOf(region, imageId);
    if (owner.isEmpty()) {
      return false;
    }
    if (newState == ImageState.ERROR) {
      requireDescribable(
          imageId,
          owner.get(),
          region,
          i ->
              i.state(newState)
                  .errorCode(errorCode)
                  .errorMessage(errorMessage)
                  .errorDetails(details),
          "Cannot force " + imageId + " into ERROR: ");
    }
    boolean forced =
        state.write(
            () -> {
              ImageEntry image = state.region(region).image(imageId);
              if (image == null) {
                return false;
              }
              image.force(newState, errorCode, errorMessage, details);
              return true;
            });
    debugCheck("forcing " + imageId + " to " + newState);
    return forced;
  }

  /**
   * Sets an image's {@code Updates} ({@code null} removes them) at {@code releasedAt} on the mock's clock, or now if
   * that is {@code null}; {@code false} if there is no such image.
   */
  public boolean changeImageUpdates(
      String region, String imageId, ImageUpdates updates, Instant releasedAt) {
    Optional<String> owner = ownerOf(region, imageId);
    if (owner.isEmpty()) {
      return false;
    }
    requireDescribable(
        imageId,
        owner.get(),
        region,
        i -> i.updates(updates),
        "Cannot set the Updates of " + imageId + ": ");
    boolean changed =
        state.write(
            () -> {
              ImageEntry image = state.region(region).image(imageId);
              if (image == null) {
                return false;
              }
              if (releasedAt == null) {
                image.updates(updates);
              } else {
                image.releaseUpdates(updates, releasedAt, now());
              }
              return true;
            });
    debugCheck("setting the Updates of " + imageId);
    return changed;
  }

  private Optional<String> ownerOf(String region, String imageId) {
    state.settleImports(now()); // an import that has completed by now has its image
    return state.read(
        () ->
            Optional.ofNullable(state.region(region).image(imageId))
                .map(ImageEntry::ownerAccountId));
  }

  /**
   * The mock must be able to describe what a change leaves within the contract: the image as it would be, checked as
   * a seed entry, refuses an invented ErrorDetails code or an Updates description the API could not answer with.
   */
  private void requireDescribable(
      String imageId,
      String owner,
      String region,
      java.util.function.Consumer<Seed.ImageBuilder> change,
      String refusal) {
    Seed probe = Seed.builder().image(imageId, owner, region, change).build();
    try {
      seedShapes.check(probe, "forced state");
    } catch (SeedException e) {
      throw new IllegalArgumentException(refusal + e.getMessage(), e);
    }
  }

  /** The region of the image with this id, searching every region. */
  public Optional<String> regionOf(String imageId) {
    state.settleImports(now());
    return state.read(
        () ->
            state.regions().stream()
                .filter(r -> r.containsImage(imageId))
                .map(r -> r.region())
                .findFirst());
  }
}
