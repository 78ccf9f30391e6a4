package dev.wsmock.internal.model;

import dev.wsmock.CustomImageImportState;
import dev.wsmock.ImageState;
import dev.wsmock.OperatingSystemType;
import dev.wsmock.RequiredTenancy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * The whole model of one mock: regions, accounts and the id generator, behind one read-write lock.
 *
 * <p>Every operation runs its checks and its mutation inside one {@link #write} (or {@link #read}) call, so each
 * call is atomic and the history of calls is linearizable; the lock is uncontended enough that finer locking
 * would buy nothing measurable (see the benchmarks module).
 */
public final class ServiceState {
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private final Map<String, RegionState> regions = new TreeMap<>();
  private final Map<String, AccountSettings> accounts = new TreeMap<>();
  private final Map<String, String> accountByAccessKey = new HashMap<>();
  private final Map<String, String> secretByAccessKey = new HashMap<>();
  private final IdGenerator ids;
  private String defaultAccountId;
  private long shareSequence;

  /**
   * The earliest end of an import in flight, or null: read without the lock, so most calls learn that nothing is due
   * without taking the write lock.
   */
  private volatile Instant nextImportEnd;

  public ServiceState(long idSeed, String defaultAccountId) {
    this.ids = new IdGenerator(idSeed);
    this.defaultAccountId = defaultAccountId;
  }

  public <T> T read(Supplier<T> work) {
    lock.readLock().lock();
    try {
      return work.get();
    } finally {
      lock.readLock().unlock();
    }
  }

  public <T> T write(Supplier<T> work) {
    lock.writeLock().lock();
    try {
      return work.get();
    } finally {
      lock.writeLock().unlock();
    }
  }

  public void write(Runnable work) {
    write(
        () -> {
          work.run();
          return null;
        });
  }

  /** The region's state; an empty, detached one when nothing was ever put there (safe under the read lock). */
  public RegionState region(String region) {
    RegionState state = regions.get(region);
    return state != null ? state : new RegionState(region);
  }

  private RegionState regionForWrite(String region) {
    return regions.computeIfAbsent(region, RegionState::new);
  }

  public Collection<RegionState> regions() {
    return Collections.unmodifiableCollection(regions.values());
  }

  // ---- mutations: the only ways in, so RegionState's indexes stay true ----

  public void addImage(ImageEntry image) {
    regionForWrite(image.region()).addImage(image);
  }

  public void removeImage(ImageEntry image) {
    regionForWrite(image.region()).removeImage(image);
  }

  /** Grants {@code accountId} a share on {@code image}; a second grant keeps the first one's place. */
  public void grant(ImageEntry image, String accountId) {
    if (!image.isSharedWith(accountId)) {
      regionForWrite(image.region()).grant(image, accountId, ++shareSequence);
    }
  }

  public void revoke(ImageEntry image, String accountId) {
    regionForWrite(image.region()).revoke(image, accountId);
  }

  /** Adds an import; one that has already ended by {@code now} settles at once. */
  public void addImport(CustomImageImportEntry entry, Instant now) {
    regionForWrite(entry.region()).addImport(entry);
    if (entry.inFlight()) {
      Instant end = entry.walk().endsAt();
      if (nextImportEnd == null || end.isBefore(nextImportEnd)) {
        nextImportEnd = end;
      }
    }
    settleImportsLocked(now);
  }

  /**
   * Puts the outcome of every import that has ended by {@code now} into the state: the image of a COMPLETED one
   * (AVAILABLE, created when the import ended), nothing for an ERROR one; both free the name they held. Called before
   * every call reads the state, never under the read lock (the write lock cannot be taken there).
   */
  public void settleImports(Instant now) {
    Instant due = nextImportEnd;
    if (due != null && !now.isBefore(due)) {
      write(() -> settleImportsLocked(now));
    }
  }

  private void settleImportsLocked(Instant now) {
    Instant due = nextImportEnd;
    if (due == null || now.isBefore(due)) {
      return;
    }
    Instant next = null;
    for (RegionState region : regions.values()) {
      for (CustomImageImportEntry entry : List.copyOf(region.imports())) {
        if (entry.isDue(now)) {
          region.endImport(entry);
          if (entry.stateAt(now) == CustomImageImportState.COMPLETED) {
            region.addImage(importedImage(entry));
          }
        } else if (entry.inFlight() && (next == null || entry.walk().endsAt().isBefore(next))) {
          next = entry.walk().endsAt();
        }
      }
    }
    nextImportEnd = next;
  }

  /** The image a completed import makes: a BYOL (DEDICATED) WINDOWS image, as the API documents the import. */
  private static ImageEntry importedImage(CustomImageImportEntry entry) {
    ImageEntry image =
        new ImageEntry(
            entry.imageId(),
            entry.ownerAccountId(),
            entry.region(),
            entry.imageName(),
            entry.imageDescription(),
            OperatingSystemType.WINDOWS,
            RequiredTenancy.DEDICATED,
            entry.walk().endsAt(),
            ImageState.AVAILABLE,
            null);
    image.tags().putAll(entry.tags());
    return image;
  }

  public void addBundle(BundleEntry bundle) {
    regionForWrite(bundle.region()).addBundle(bundle);
  }

  public void removeBundle(BundleEntry bundle) {
    regionForWrite(bundle.region()).removeBundle(bundle);
  }

  public void repointBundle(BundleEntry bundle, String imageId, Instant at) {
    regionForWrite(bundle.region()).repointBundle(bundle, imageId, at);
  }

  public void addWorkspace(WorkspaceEntry workspace) {
    regionForWrite(workspace.region()).addWorkspace(workspace);
  }

  public void addDirectory(DirectoryEntry directory) {
    regionForWrite(directory.region()).addDirectory(directory);
  }

  public void removeDirectory(DirectoryEntry directory) {
    regionForWrite(directory.region()).removeDirectory(directory);
  }

  /** A {@code wsd-} id for a directory registered without one (WorkSpaces makes those itself). */
  public String newDirectoryId() {
    return ids.next(
        "wsd-",
        id ->
            regions.values().stream()
                .anyMatch(r -> r.directories().stream().anyMatch(d -> d.directoryId().equals(id))));
  }

  /**
   * A registration code in the shape users type into the client: a prefix, {@code +}, then upper-case letters and
   * digits (AWS's prefix names the region; the mock's says wsmock).
   */
  public String newRegistrationCode() {
    return ids.next("WSMOCK+", id -> false).toUpperCase(Locale.ROOT);
  }

  public String newImageId() {
    return ids.next("wsi-", this::imageIdTaken);
  }

  public String newBundleId() {
    return ids.next("wsb-", id -> regions.values().stream().anyMatch(r -> r.bundle(id) != null));
  }

  private boolean imageIdTaken(String id) {
    for (RegionState region : regions.values()) {
      if (region.containsImage(id) || region.containsImport(id)) {
        return true;
      }
    }
    return false;
  }

  // ---- accounts and identity ----

  public void putAccount(AccountSettings account) {
    AccountSettings previous = accounts.put(account.accountId(), account);
    if (previous != null) {
      previous.accessKeyIds().forEach(accountByAccessKey::remove);
    }
    account.accessKeyIds().forEach(key -> accountByAccessKey.put(key, account.accountId()));
  }

  public Optional<AccountSettings> account(String accountId) {
    return Optional.ofNullable(accounts.get(accountId));
  }

  public List<AccountSettings> accounts() {
    return new ArrayList<>(accounts.values());
  }

  public Optional<String> accountForAccessKey(String accessKeyId) {
    return Optional.ofNullable(accountByAccessKey.get(accessKeyId));
  }

  /** Records the secret a strict-auth mock verifies {@code accessKeyId}'s signatures with. */
  public void putSecretAccessKey(String accessKeyId, String secretAccessKey) {
    secretByAccessKey.put(accessKeyId, secretAccessKey);
  }

  public Optional<String> secretAccessKey(String accessKeyId) {
    return Optional.ofNullable(secretByAccessKey.get(accessKeyId));
  }

  public String defaultAccountId() {
    return defaultAccountId;
  }

  public void defaultAccountId(String accountId) {
    this.defaultAccountId = accountId;
  }

  /** Forgets everything and restarts the id sequence; the caller re-applies its seed. */
  public void clear(String defaultAccountId) {
    regions.clear();
    accounts.clear();
    accountByAccessKey.clear();
    secretByAccessKey.clear();
    ids.restart();
    shareSequence = 0;
    nextImportEnd = null;
    this.defaultAccountId = defaultAccountId;
  }
}
