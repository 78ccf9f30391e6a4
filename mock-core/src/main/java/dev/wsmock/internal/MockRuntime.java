package dev.wsmock.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wsmock.CallJournal;
import dev.wsmock.ImageErrorDetail;
import dev.wsmock.ImageState;
import dev.wsmock.RecordedCall;
import dev.wsmock.Seed;
import dev.wsmock.WorkspaceImage;
import dev.wsmock.internal.contract.ServiceContract;
import dev.wsmock.internal.model.ImageEntry;
import dev.wsmock.internal.model.SeedLoader;
import dev.wsmock.internal.model.ServiceState;
import dev.wsmock.internal.model.StateExporter;
import dev.wsmock.internal.operations.ModelContext;
import dev.wsmock.internal.operations.OperationHandlers;
import dev.wsmock.internal.operations.PageTokens;
import dev.wsmock.internal.protocol.AwsJson;
import dev.wsmock.internal.protocol.HttpAnswer;
import dev.wsmock.internal.protocol.HttpCall;
import dev.wsmock.internal.protocol.RequestPipeline;
import dev.wsmock.internal.protocol.SeedFiles;
import dev.wsmock.internal.protocol.ServedCall;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One mock without its HTTP server: model, protocol and journal wired together. {@code WorkSpacesMock} puts it
 * behind WireMock; benchmarks and tests may drive it directly.
 */
public final class MockRuntime {
  private static final TypeReference<Map<String, Object>> MEMBERS = new TypeReference<>() {};

  private final MockSettings settings;
  private final ObjectMapper mapper = AwsJson.shared();
  private final ServiceState state;
  private final RequestPipeline pipeline;
  private final CallJournal journal;
  private final SeedFiles seedFiles = new SeedFiles(mapper);
  private volatile Seed baseSeed;

  public MockRuntime(MockSettings settings) {
    this(settings, ServiceContract.bundled());
  }

  public MockRuntime(MockSettings settings, ServiceContract contract) {
    this.settings = settings;
    this.state = new ServiceState(settings.idSeed(), settings.defaultAccountId());
    ModelContext context = new ModelContext(
        state, settings.behaviour(), settings.imageReadyAfter(), new PageTokens(settings.idSeed()));
    this.pipeline = new RequestPipeline(
        mapper, contract, new OperationHandlers(context), state, settings.behaviour(), settings.maxBodyBytes());
    this.journal = new CallJournal(settings.journalCapacity());
    this.baseSeed = settings.seed();
    state.write(() -> SeedLoader.apply(state, baseSeed, settings.seedSource(), now()));
  }

  public Instant now() {
    return settings.clock().instant();
  }

  public MockSettings settings() {
    return settings;
  }

  public ObjectMapper mapper() {
    return mapper;
  }

  public SeedFiles seedFiles() {
    return seedFiles;
  }

  public CallJournal journal() {
    return journal;
  }

  /** Answers one HTTP request and records it in the journal. */
  public HttpAnswer serve(HttpCall call) {
    Instant arrived = now();
    long started = System.nanoTime();
    ServedCall served = pipeline.serve(call, arrived);
    record(served, arrived, null, Duration.ofNanos(System.nanoTime() - started));
    return served.answer();
  }

  public void record(ServedCall served, Instant arrived, String faultFired, Duration latency) {
    HttpAnswer answer = served.answer();
    Map<String, Object> request = served.request() == null ? Map.of() : mapper.convertValue(served.request(), MEMBERS);
    journal.append(new RecordedCall(
        journal.nextSequence(),
        arrived,
        served.operationName(),
        served.accountId(),
        served.region(),
        request,
        answer.status(),
        answer.errorCode(),
        answer.errorMessage(),
        answer.headers().get("x-amzn-RequestId"),
        faultFired,
        served.sdkAttempt(),
        served.sdkInvocationId(),
        latency));
  }

  /** Back to the seed the mock started with (plus nothing else); the journal is cleared. */
  public void reset() {
    state.write(() -> {
      state.clear(settings.defaultAccountId());
      SeedLoader.apply(state, baseSeed, settings.seedSource(), now());
    });
    journal.clear();
  }

  /** Adds {@code seed} to the current state; it is not part of what {@link #reset()} returns to. */
  public void seed(Seed seed, String source) {
    state.write(() -> SeedLoader.apply(state, seed, source, now()));
  }

  /** Replaces the seed {@link #reset()} returns to, and resets to it. */
  public void rebase(Seed seed, String source) {
    state.write(() -> {
      state.clear(settings.defaultAccountId());
      SeedLoader.apply(state, seed, source, now());
    });
    baseSeed = seed;
    journal.clear();
  }

  public Seed exportState() {
    return state.read(() -> StateExporter.export(state, now()));
  }

  public Optional<WorkspaceImage> image(String region, String imageId) {
    return state.read(() -> Optional.ofNullable(state.region(region).image(imageId)).map(i -> i.snapshot(now())));
  }

  public List<WorkspaceImage> images(String region) {
    Instant now = now();
    return state.read(() -> state.region(region).images().stream()
        .sorted(ImageEntry.LISTING_ORDER)
        .map(i -> i.snapshot(now))
        .toList());
  }

  /** Forces an image's state now; {@code false} if there is no such image. */
  public boolean forceImageState(String region, String imageId, ImageState newState, String errorCode,
      String errorMessage, List<ImageErrorDetail> details) {
    return state.write(() -> {
      ImageEntry image = state.region(region).image(imageId);
      if (image == null) {
        return false;
      }
      image.force(newState, errorCode, errorMessage, details);
      return true;
    });
  }

  /** The region of the image with this id, searching every region. */
  public Optional<String> regionOf(String imageId) {
    return state.read(() -> state.regions().stream()
        .filter(r -> r.containsImage(imageId))
        .map(r -> r.region())
        .findFirst());
  }
}
