package dev.wsmock.internal.model;

import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Everything in one region. Images, shares, bundles and names are per region in WorkSpaces. The indexes exist
 * so a page costs the same with 100 or 100,000 images: listing walks a sorted set from the page cursor instead
 * of scanning. Every mutation goes through a method here, so the indexes cannot drift from the entries.
 */
public final class RegionState implements OwnedResources {
  /**
   * The empty index: ordered like the real ones, so a page cursor's {@code tailSet} works on it (the JDK's empty
   * navigable set has no comparator and throws ClassCastException there).
   */
  private static final NavigableSet<ImageEntry> NO_IMAGES =
      Collections.unmodifiableNavigableSet(new TreeSet<>(ImageEntry.LISTING_ORDER));

  private final String region;
  private final Map<String, ImageEntry> images = new HashMap<>();
  private final Map<String, NavigableSet<ImageEntry>> ownedImages = new HashMap<>();
  private final Map<String, NavigableSet<ImageEntry>> sharedImages = new HashMap<>();
  private final Map<String, Map<String, ImageEntry>> ownedImagesByName = new HashMap<>();
  private final Map<String, BundleEntry> bundles = new LinkedHashMap<>();
  private final Map<String, Set<String>> bundleIdsByImage = new HashMap<>();
  private final Map<String, WorkspaceEntry> workspaces = new LinkedHashMap<>();
  private final Map<String, CustomImageImportEntry> imports = new LinkedHashMap<>();

  /** Registered directories by owner, each sorted by id: DescribeWorkspaceDirectories pages through one. */
  private final Map<String, NavigableMap<String, DirectoryEntry>> directories = new HashMap<>();

  /** Imports in flight by owner and image name: each holds its name and a place in the quota until it ends. */
  private final Map<String, Map<String, CustomImageImportEntry>> importsInFlight = new HashMap<>();

  RegionState(String region) {
    this.region = region;
  }

  public String region() {
    return region;
  }

  // ---- images ----

  public ImageEntry image(String imageId) {
    return images.get(imageId);
  }

  public Collection<ImageEntry> images() {
    return Collections.unmodifiableCollection(images.values());
  }

  public boolean containsImage(String imageId) {
    return images.containsKey(imageId);
  }

  public NavigableSet<ImageEntry> ownedBy(String accountId) {
    return ownedImages.getOrDefault(accountId, NO_IMAGES);
  }

  public NavigableSet<ImageEntry> sharedWith(String accountId) {
    return sharedImages.getOrDefault(accountId, NO_IMAGES);
  }

  public int ownedCount(String accountId) {
    return ownedBy(accountId).size();
  }

  /** An owned image of that name, or an import in flight that will make one. */
  @Override
  public boolean hasImageNamed(String accountId, String name) {
    return ownedImageNamed(accountId, name) != null
        || importsInFlight.getOrDefault(accountId, Map.of()).containsKey(name);
  }

  /** Owned images plus the imports in flight that will add one: a completing import never breaks the quota. */
  @Override
  public int ownedImageCount(String accountId) {
    return ownedCount(accountId) + importsInFlight.getOrDefault(accountId, Map.of()).size();
  }

  @Override
  public boolean hasBundleNamed(String accountId, String name) {
    return bundles.values().stream()
        .anyMatch(b -> b.ownerAccountId().equals(accountId) && b.name().equals(name));
  }

  public ImageEntry ownedImageNamed(String accountId, String name) {
    Map<String, ImageEntry> byName = ownedImagesByName.get(accountId);
    return byName == null ? null : byName.get(name);
  }

  void addImage(ImageEntry image) {
    images.put(image.imageId(), image);
    ownedImages
        .computeIfAbsent(image.ownerAccountId(), a -> new TreeSet<>(ImageEntry.LISTING_ORDER))
        .add(image);
    ownedImagesByName
        .computeIfAbsent(image.ownerAccountId(), a -> new HashMap<>())
        .put(image.name(), image);
  }

  void removeImage(ImageEntry image) {
    for (String accountId : image.sharedAccountIds()) {
      revoke(image, accountId);
    }
    images.remove(image.imageId());
    removeFromIndex(ownedImages, image.ownerAccountId(), image);
    Map<String, ImageEntry> byName = ownedImagesByName.get(image.ownerAccountId());
    if (byName != null && byName.get(image.name()) == image) {
      byName.remove(image.name());
    }
  }

  void grant(ImageEntry image, String accountId, long sequence) {
    image.addShare(accountId, sequence);
    sharedImages
        .computeIfAbsent(accountId, a -> new TreeSet<>(ImageEntry.LISTING_ORDER))
        .add(image);
  }

  void revoke(ImageEntry image, String accountId) {
    image.removeShare(accountId);
    removeFromIndex(sharedImages, accountId, image);
  }

  private static void removeFromIndex(
      Map<String, NavigableSet<ImageEntry>> index, String key, ImageEntry image) {
    NavigableSet<ImageEntry> set = index.get(key);
    if (set != null) {
      set.remove(image);
      if (set.isEmpty()) {
        index.remove(key);
      }
    }
  }

  // ---- bundles ----

  public BundleEntry bundle(String bundleId) {
    return bundles.get(bundleId);
  }

  public Collection<BundleEntry> bundles() {
    return Collections.unmodifiableCollection(bundles.values());
  }

  public boolean isUsedByBundle(String imageId) {
    Set<String> ids = bundleIdsByImage.get(imageId);
    return ids != null && !ids.isEmpty();
  }

  @Override
  public long ownedBundleCount(String accountId) {
    return bundles.values().stream().filter(b -> b.ownerAccountId().equals(accountId)).count();
  }

  void addBundle(BundleEntry bundle) {
    bundles.put(bundle.bundleId(), bundle);
    if (bundle.imageId() != null) {
      bundleIdsByImage
          .computeIfAbsent(bundle.imageId(), i -> new HashSet<>())
          .add(bundle.bundleId());
    }
  }

  void removeBundle(BundleEntry bundle) {
    bundles.remove(bundle.bundleId());
    unlink(bundle);
  }

  void repointBundle(BundleEntry bundle, String imageId, Instant at) {
    unlink(bundle);
    bundle.repoint(imageId, at);
    bundleIdsByImage.computeIfAbsent(imageId, i -> new HashSet<>()).add(bundle.bundleId());
  }

  private void unlink(BundleEntry bundle) {
    if (bundle.imageId() == null) {
      return;
    }
    Set<String> ids = bundleIdsByImage.get(bundle.imageId());
    if (ids != null) {
      ids.remove(bundle.bundleId());
      if (ids.isEmpty()) {
        bundleIdsByImage.remove(bundle.imageId());
      }
    }
  }

  // ---- workspaces ----

  public WorkspaceEntry workspace(String workspaceId) {
    return workspaces.get(workspaceId);
  }

  public Collection<WorkspaceEntry> workspaces() {
    return Collections.unmodifiableCollection(workspaces.values());
  }

  public boolean isBundleUsedByWorkspace(String bundleId) {
    return workspaces.values().stream().anyMatch(w -> bundleId.equals(w.bundleId()));
  }

  void addWorkspace(WorkspaceEntry workspace) {
    workspaces.put(workspace.workspaceId(), workspace);
  }

  /** Whether a seeded WorkSpace of {@code accountId} is in {@code directoryId}. */
  public boolean isDirectoryUsedByWorkspace(String accountId, String directoryId) {
    return workspaces.values().stream()
        .anyMatch(w -> w.ownerAccountId().equals(accountId) && directoryId.equals(w.directoryId()));
  }

  // ---- directories ----

  public DirectoryEntry directory(String accountId, String directoryId) {
    NavigableMap<String, DirectoryEntry> owned = directories.get(accountId);
    return owned == null ? null : owned.get(directoryId);
  }

  /** The account's directories in id order. */
  public NavigableMap<String, DirectoryEntry> directoriesOf(String accountId) {
    NavigableMap<String, DirectoryEntry> owned = directories.get(accountId);
    return owned == null
        ? Collections.emptyNavigableMap()
        : Collections.unmodifiableNavigableMap(owned);
  }

  public Collection<DirectoryEntry> directories() {
    return directories.values().stream().flatMap(m -> m.values().stream()).toList();
  }

  void addDirectory(DirectoryEntry directory) {
    directories
        .computeIfAbsent(directory.ownerAccountId(), a -> new TreeMap<>())
        .put(directory.directoryId(), directory);
  }

  void removeDirectory(DirectoryEntry directory) {
    NavigableMap<String, DirectoryEntry> owned = directories.get(directory.ownerAccountId());
    if (owned != null) {
      owned.remove(directory.directoryId());
      if (owned.isEmpty()) {
        directories.remove(directory.ownerAccountId());
      }
    }
  }

  // ---- custom image imports ----

  public CustomImageImportEntry imageImport(String imageId) {
    return imports.get(imageId);
  }

  public Collection<CustomImageImportEntry> imports() {
    return Collections.unmodifiableCollection(imports.values());
  }

  public boolean containsImport(String imageId) {
    return imports.containsKey(imageId);
  }

  void addImport(CustomImageImportEntry entry) {
    imports.put(entry.imageId(), entry);
    if (entry.inFlight()) {
      importsInFlight
          .computeIfAbsent(entry.ownerAccountId(), a -> new HashMap<>())
          .put(entry.imageName(), entry);
    }
  }

  /** The import has ended: its name and quota place are free (for its image, if it made one). */
  void endImport(CustomImageImportEntry entry) {
    entry.markSettled();
    Map<String, CustomImageImportEntry> byName = importsInFlight.get(entry.ownerAccountId());
    if (byName != null && byName.get(entry.imageName()) == entry) {
      byName.remove(entry.imageName());
      if (byName.isEmpty()) {
        importsInFlight.remove(entry.ownerAccountId());
      }
    }
  }

  // ---- raw index views for StateInvariants, which recounts the entries and compares ----

  Map<String, NavigableSet<ImageEntry>> ownedIndex() {
    return Collections.unmodifiableMap(ownedImages);
  }

  Map<String, NavigableSet<ImageEntry>> sharedIndex() {
    return Collections.unmodifiableMap(sharedImages);
  }

  Map<String, Map<String, ImageEntry>> nameIndex() {
    return Collections.unmodifiableMap(ownedImagesByName);
  }

  Map<String, Map<String, CustomImageImportEntry>> importsInFlightIndex() {
    return Collections.unmodifiableMap(importsInFlight);
  }

  Map<String, Set<String>> bundleIdsByImageIndex() {
    return Collections.unmodifiableMap(bundleIdsByImage);
  }
}
