package dev.wsmock.internal.model;

import dev.wsmock.CustomImageImport;
import dev.wsmock.CustomImageImportState;
import dev.wsmock.ImageErrorDetail;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One ImportCustomWorkspaceImage import in the model, its id the id of the image it makes. Mutable only through
 * {@link ServiceState} under its lock. An import in flight walks on the mock's clock ({@link Walk}): its state is
 * computed from the clock, never by a timer; {@link ServiceState#settleImports} adds the image of a completed import
 * (or frees the name of a failed one) the first time a call sees it due.
 */
public final class CustomImageImportEntry {
  private final String imageId;
  private final String ownerAccountId;
  private final String region;
  private final String imageName;
  private final String imageDescription;
  private final String infrastructureConfigurationArn;
  private final ImageSource imageSource;
  private final Instant created;
  private final CustomImageImportState startState;
  private final Instant startUpdated;
  private final Walk walk;
  private final List<ImageErrorDetail> errorDetails;
  private final Map<String, String> tags = new LinkedHashMap<>();
  private boolean settled;

  /** The one source of an import, as the API's {@code ImageSource} union: exactly one member is set. */
  public record ImageSource(
      String ec2ImportTaskId, String imageBuildVersionArn, String ec2ImageId) {}

  /**
   * The walk of an import in flight: {@code IN_PROGRESS} at {@code inProgressAt}, then its end state at {@code
   * endsAt}. Every import's durations come from {@link #from}: a third of the image-ready delay to start, the whole
   * delay to end, so a zero delay ends it at once.
   */
  public record Walk(Instant inProgressAt, Instant endsAt, CustomImageImportState endState) {
    public static Walk from(Instant start, Duration imageReadyAfter, CustomImageImportState end) {
      return new Walk(start.plus(imageReadyAfter.dividedBy(3)), start.plus(imageReadyAfter), end);
    }
  }

  /**
   * @param startState the state before the walk moves it (PENDING or IN_PROGRESS in flight; a final state when
   *     {@code walk} is null)
   * @param startUpdated its {@code LastUpdatedTime}
   * @param walk where an import in flight goes and when; null for one that has ended
   * @param errorDetails what an import that ends (or has ended) in ERROR reports
   */
  public CustomImageImportEntry(
      String imageId,
      String ownerAccountId,
      String region,
      String imageName,
      String imageDescription,
      String infrastructureConfigurationArn,
      ImageSource imageSource,
      Instant created,
      CustomImageImportState startState,
      Instant startUpdated,
      Walk walk,
      List<ImageErrorDetail> errorDetails) {
    this.imageId = imageId;
    this.ownerAccountId = ownerAccountId;
    this.region = region;
    this.imageName = imageName;
    this.imageDescription = imageDescription;
    this.infrastructureConfigurationArn = infrastructureConfigurationArn;
    this.imageSource = imageSource;
    this.created = created;
    this.startState = startState;
    this.startUpdated = startUpdated;
    this.walk = walk;
    this.errorDetails = List.copyOf(errorDetails);
    this.settled = walk == null;
  }

  public String imageId() {
    return imageId;
  }

  public String ownerAccountId() {
    return ownerAccountId;
  }

  public String region() {
    return region;
  }

  public String imageName() {
    return imageName;
  }

  public String imageDescription() {
    return imageDescription;
  }

  public String infrastructureConfigurationArn() {
    return infrastructureConfigurationArn;
  }

  public ImageSource imageSource() {
    return imageSource;
  }

  public Instant created() {
    return created;
  }

  public boolean isOwnedBy(String accountId) {
    return ownerAccountId.equals(accountId);
  }

  /** The tags the image gets when the import completes. */
  public Map<String, String> tags() {
    return tags;
  }

  /** The walk, or null for an import that was seeded as ended. */
  public Walk walk() {
    return walk;
  }

  public CustomImageImportState stateAt(Instant now) {
    if (walk == null) {
      return startState;
    }
    if (!now.isBefore(walk.endsAt())) {
      return walk.endState();
    }
    return !now.isBefore(walk.inProgressAt()) ? CustomImageImportState.IN_PROGRESS : startState;
  }

  /**
   * {@code ProgressPercentage} at {@code now}: 0 while PENDING, rising evenly through IN_PROGRESS (at most 99: only a
   * completed import is done), 100 once COMPLETED; {@code null} for an import in ERROR, which will not complete.
   */
  public Integer progressAt(Instant now) {
    CustomImageImportState state = stateAt(now);
    return switch (state) {
      case PENDING -> 0;
      case COMPLETED -> 100;
      case ERROR -> null;
      case IN_PROGRESS -> {
        if (walk == null) {
          yield 0;
        }
        long total = Duration.between(walk.inProgressAt(), walk.endsAt()).toNanos();
        long done = Duration.between(walk.inProgressAt(), now).toNanos();
        // IN_PROGRESS means inProgressAt <= now < endsAt, so total > 0; a seeded IN_PROGRESS import
        // reached before inProgressAt counts as 0 done.
        yield (int) Math.min(99, Math.max(0, done * 100 / total));
      }
    };
  }

  /** The import as its owner would describe it at {@code now}. */
  public CustomImageImport snapshot(Instant now) {
    return new CustomImageImport(
        imageId,
        ownerAccountId,
        region,
        imageName,
        stateAt(now),
        progressAt(now),
        created,
        lastUpdatedAt(now),
        errorDetailsAt(now));
  }

  /** When the state last changed as of {@code now}. */
  public Instant lastUpdatedAt(Instant now) {
    if (walk == null) {
      return startUpdated;
    }
    if (!now.isBefore(walk.endsAt())) {
      return walk.endsAt();
    }
    boolean moved =
        startState == CustomImageImportState.PENDING && !now.isBefore(walk.inProgressAt());
    return moved ? walk.inProgressAt() : startUpdated;
  }

  /** The ErrorDetails an import in ERROR reports (empty otherwise). */
  public List<ImageErrorDetail> errorDetailsAt(Instant now) {
    return stateAt(now) == CustomImageImportState.ERROR ? errorDetails : List.of();
  }

  /** The details an import in flight will end with, or an ended one has: what an export writes. */
  public List<ImageErrorDetail> plannedErrorDetails() {
    return errorDetails;
  }

  /** Still walking: it holds its image's name and a place in the image quota until it ends. */
  public boolean inFlight() {
    return !settled;
  }

  /** Whether the walk has ended by {@code now} and its outcome is not in the state yet. */
  boolean isDue(Instant now) {
    return !settled && !now.isBefore(walk.endsAt());
  }

  void markSettled() {
    settled = true;
  }
}
