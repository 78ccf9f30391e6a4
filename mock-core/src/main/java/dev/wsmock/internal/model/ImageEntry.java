package dev.wsmock.internal.model;

import dev.wsmock.ImageErrorDetail;
import dev.wsmock.ImageState;
import dev.wsmock.ImageUpdates;
import dev.wsmock.OperatingSystemType;
import dev.wsmock.RequiredTenancy;
import dev.wsmock.Tag;
import dev.wsmock.WorkspaceImage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One image in the model. Mutable, and only ever touched while {@link ServiceState}'s lock is held; the outside
 * world sees immutable {@link WorkspaceImage} snapshots.
 */
public final class ImageEntry {

  /** The listing order of DescribeWorkspaceImages: {@code Created} ascending, then {@code ImageId}. */
  public static final Comparator<ImageEntry> LISTING_ORDER =
      Comparator.comparing(ImageEntry::created).thenComparing(ImageEntry::imageId);

  private final String imageId;
  private final String ownerAccountId;
  private final String region;
  private final OperatingSystemType operatingSystem;
  private final RequiredTenancy requiredTenancy;
  private final Instant created;
  private final String sourceWorkspaceId;
  private final String name;
  private final String description;
  private ImageState state;
  private String errorCode;
  private String errorMessage;
  private List<ImageErrorDetail> errorDetails = List.of();

  /** {@code Updates}; {@code null} leaves the member out of answers. */
  private ImageUpdates updates;

  /** Updates AWS releases later: they replace {@link #updates} from {@link #updatesReleasedAt} on the mock's clock. */
  private ImageUpdates releasedUpdates;

  private Instant updatesReleasedAt;

  /** Where a PENDING image goes, and when; {@code null} when nothing is scheduled. */
  private Transition transition;

  private final Map<String, String> tags = new LinkedHashMap<>();
  private final Map<String, Long> shareSequenceByAccount = new LinkedHashMap<>();
  private final NavigableMap<Long, String> sharesInGrantOrder = new TreeMap<>();

  /** Opt-in eventual consistency: grants the recipient's describes do not see yet. Counted under the read lock. */
  private final Map<String, ShareLag> shareLags = new LinkedHashMap<>();

  /** Opt-in eventual consistency: how many more describes report this new image PENDING. */
  private final AtomicInteger pendingLooksLeft = new AtomicInteger();

  /** A grant becomes visible to its recipient from {@code visibleFrom}, and after {@code looksLeft} more describes. */
  private record ShareLag(Instant visibleFrom, AtomicInteger looksLeft) {
    /** Whether the lag is over, with {@code looks} describes still owed. */
    boolean isOver(int looks, Instant now) {
      return looks == 0 && !now.isBefore(visibleFrom);
    }
  }

  /** A scheduled end of PENDING. */
  public record Transition(
      Instant at,
      ImageState to,
      String errorCode,
      String errorMessage,
      List<ImageErrorDetail> details) {
    public static Transition available(Instant at) {
      return new Transition(at, ImageState.AVAILABLE, null, null, List.of());
    }
  }

  public ImageEntry(
      String imageId,
      String ownerAccountId,
      String region,
      String name,
      String description,
      OperatingSystemType operatingSystem,
      RequiredTenancy requiredTenancy,
      Instant created,
      ImageState state,
      String sourceWorkspaceId) {
    this.imageId = imageId;
    this.ownerAccountId = ownerAccountId;
    this.region = region;
    this.name = name;
    this.description = description;
    this.operatingSystem = operatingSystem;
    this.requiredTenancy = requiredTenancy;
    this.created = created;
    this.state = state;
    this.sourceWorkspaceId = sourceWorkspaceId;
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

  public String name() {
    return name;
  }

  public String description() {
    return description;
  }

  public OperatingSystemType operatingSystem() {
    return operatingSystem;
  }

  public RequiredTenancy requiredTenancy() {
    return requiredTenancy;
  }

  public Instant created() {
    return created;
  }

  public String sourceWorkspaceId() {
    return sourceWorkspaceId;
  }

  public boolean isByol() {
    return requiredTenancy == RequiredTenancy.DEDICATED;
  }

  public boolean isOwnedBy(String accountId) {
    return ownerAccountId.equals(accountId);
  }

  /** The state as of {@code now}: a due transition counts as done even before a write settles it. */
  public ImageState stateAt(Instant now) {
    return isDue(now) ? transition.to() : state;
  }

  public String errorCodeAt(Instant now) {
    return isDue(now) ? transition.errorCode() : errorCode;
  }

  public String errorMessageAt(Instant now) {
    return isDue(now) ? transition.errorMessage() : errorMessage;
  }

  public List<ImageErrorDetail> errorDetailsAt(Instant now) {
    return isDue(now) ? transition.details() : errorDetails;
  }

  private boolean isDue(Instant now) {
    return state == ImageState.PENDING && transition != null && !now.isBefore(transition.at());
  }

  public void schedule(Transition transition) {
    this.transition = transition;
  }

  /** Forces a state now, cancelling any scheduled transition. */
  public void force(
      ImageState state, String errorCode, String errorMessage, List<ImageErrorDetail> details) {
    this.state = state;
    this.transition = null;
    boolean error = state == ImageState.ERROR;
    this.errorCode = error ? errorCode : null;
    this.errorMessage = error ? errorMessage : null;
    this.errorDetails = error ? List.copyOf(details) : List.of();
  }

  /** The {@code Updates} at {@code now}: a scheduled release shows from its instant on, read lazily as states are. */
  public ImageUpdates updatesAt(Instant now) {
    return updatesReleasedAt != null && !now.isBefore(updatesReleasedAt)
        ? releasedUpdates
        : updates;
  }

  /** Sets the {@code Updates} now, dropping any scheduled release. */
  public void updates(ImageUpdates updates) {
    this.updates = updates;
    this.releasedUpdates = null;
    this.updatesReleasedAt = null;
  }

  /** {@code updates} replace the current ones from {@code at} on; until then the image shows what it shows now. */
  public void releaseUpdates(ImageUpdates updates, Instant at, Instant now) {
    this.updates = updatesAt(now);
    this.releasedUpdates = updates;
    this.updatesReleasedAt = at;
  }

  // ---- tags ----

  public Map<String, String> tags() {
    return tags;
  }

  // ---- share permissions (mutated through RegionState so its indexes stay true) ----

  public boolean isSharedWith(String accountId) {
    return shareSequenceByAccount.containsKey(accountId);
  }

  public boolean isShared() {
    return !shareSequenceByAccount.isEmpty();
  }

  public int shareCount() {
    return shareSequenceByAccount.size();
  }

  /** Accounts after grant sequence {@code afterSequence}, in grant order. */
  public NavigableMap<Long, String> sharesAfter(long afterSequence) {
    return sharesInGrantOrder.tailMap(afterSequence, false);
  }

  public List<String> sharedAccountIds() {
    return new ArrayList<>(sharesInGrantOrder.values());
  }

  void addShare(String accountId, long sequence) {
    shareSequenceByAccount.put(accountId, sequence);
    sharesInGrantOrder.put(sequence, accountId);
  }

  /** Hides a new grant from the recipient's describes until {@code visibleFrom} and {@code describes} looks. */
  public void lagShare(String accountId, Instant visibleFrom, int describes) {
    shareLags.put(accountId, new ShareLag(visibleFrom, new AtomicInteger(describes)));
  }

  /** Whether a describe by the recipient sees the grant now; a describe that does not see it counts as one look. */
  public boolean shareSeenBy(String accountId, Instant now) {
    ShareLag lag = shareLags.get(accountId);
    if (lag == null) {
      return true;
    }
    return lag.isOver(lag.looksLeft().getAndUpdate(n -> Math.max(0, n - 1)), now);
  }

  /**
   * Whether the recipient's other calls (a copy) see the grant now: the same lag as its describes, but only
   * describes count as looks, so a refused copy does not bring the grant closer.
   */
  public boolean shareVisibleTo(String accountId, Instant now) {
    ShareLag lag = shareLags.get(accountId);
    return lag == null || lag.isOver(lag.looksLeft().get(), now);
  }

  /** Makes the next {@code describes} describes that return this image report it PENDING. */
  public void reportPendingFor(int describes) {
    pendingLooksLeft.set(describes);
  }

  /** Whether this describe still reports the image PENDING; counts the look. */
  public boolean looksPending() {
    return pendingLooksLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
  }

  void removeShare(String accountId) {
    shareLags.remove(accountId);
    Long sequence = shareSequenceByAccount.remove(accountId);
    if (sequence != null) {
      sharesInGrantOrder.remove(sequence);
    }
  }

  public WorkspaceImage snapshot(Instant now) {
    List<Tag> tagList = new ArrayList<>(tags.size());
    tags.forEach((k, v) -> tagList.add(new Tag(k, v)));
    return new WorkspaceImage(
        imageId,
        ownerAccountId,
        region,
        name,
        description,
        operatingSystem,
        stateAt(now),
        requiredTenancy,
        created,
        errorCodeAt(now),
        errorMessageAt(now),
        errorDetailsAt(now),
        sharedAccountIds(),
        tagList,
        updatesAt(now));
  }
}
