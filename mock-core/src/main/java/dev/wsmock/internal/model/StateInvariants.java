package dev.wsmock.internal.model;

import dev.wsmock.AwsIdentifiers;
import dev.wsmock.ImageState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The whole-state invariants of the model, as code: what must hold between any two calls, whatever the calls were.
 * Tests run it after every generated request; with {@code -Dwsmock.debug.invariants=true} the runtime runs it after
 * every call and fails loudly, so a broken invariant points at the call that broke it.
 *
 * <pre>{@code
 * List<String> broken = state.read(() -> StateInvariants.violations(state, now));
 * }</pre>
 *
 * <p>Must be called under the state's lock (read or write).
 */
public final class StateInvariants {
  /** The system property that turns on checking after every call. */
  public static final String DEBUG_PROPERTY = "wsmock.debug.invariants";

  private static final Pattern IMAGE_ID = Pattern.compile("wsi-[0-9a-z]{9,63}");
  private static final Pattern BUNDLE_ID = Pattern.compile("wsb-[0-9a-z]{8,63}");
  private static final Pattern DIRECTORY_ID =
      Pattern.compile("d-[0-9a-f]{8,63}|wsd-[0-9a-z]{8,63}");

  private StateInvariants() {}

  /** Whether {@value #DEBUG_PROPERTY} asks for checking after every call. */
  public static boolean debugEnabled() {
    return Boolean.getBoolean(DEBUG_PROPERTY);
  }

  /** Every broken invariant, one readable line each; empty when the state is sound. */
  public static List<String> violations(ServiceState state, Instant now) {
    List<String> broken = new ArrayList<>();
    Map<String, String> regionOfImage = new HashMap<>();
    Set<String> bundleIds = new HashSet<>();
    for (RegionState region : state.regions()) {
      checkImages(region, now, regionOfImage, broken);
      checkIndexes(region, broken);
      checkBundles(region, bundleIds, broken);
      checkImports(region, broken);
      checkDirectories(region, broken);
    }
    return broken;
  }

  /** A directory is well formed, in its own region, and listed under its owner. */
  private static void checkDirectories(RegionState region, List<String> broken) {
    String r = region.region();
    for (DirectoryEntry directory : region.directories()) {
      String id = directory.directoryId();
      if (!DirectoryEntry.ID.matcher(id).matches()) {
        broken.add(r + ": directory id '" + id + "' is not of the service model's form");
      }
      if (!directory.region().equals(r)) {
        broken.add(r + ": directory " + id + " says it is in " + directory.region());
      }
      if (region.directory(directory.ownerAccountId(), id) != directory) {
        broken.add(r + ": directory " + id + " is not listed under its owner");
      }
    }
  }

  /**
   * An import in flight holds its image's id and name: no image has either yet, and the index of names held is
   * exactly the imports in flight.
   */
  private static void checkImports(RegionState region, List<String> broken) {
    String r = region.region();
    Map<String, Map<String, CustomImageImportEntry>> expected = new HashMap<>();
    for (CustomImageImportEntry entry : region.imports()) {
      String id = entry.imageId();
      if (!IMAGE_ID.matcher(id).matches()) {
        broken.add(r + ": import id '" + id + "' is not of the form wsi-[0-9a-z]{9,63}");
      }
      if (!entry.inFlight()) {
        continue;
      }
      if (region.containsImage(id)) {
        broken.add(r + ": import " + id + " is in flight but its image already exists");
      }
      if (region.ownedImageNamed(entry.ownerAccountId(), entry.imageName()) != null) {
        broken.add(
            r + ": import " + id + " holds the name '" + entry.imageName() + "' an image has");
      }
      expected
          .computeIfAbsent(entry.ownerAccountId(), a -> new HashMap<>())
          .put(entry.imageName(), entry);
    }
    if (!expected.equals(region.importsInFlightIndex())) {
      broken.add(r + ": the index of names held by imports in flight differs from the imports");
    }
  }

  /** Throws {@link IllegalStateException} listing every broken invariant, naming what just ran. */
  public static void verify(ServiceState state, Instant now, String after) {
    List<String> broken = violations(state, now);
    if (!broken.isEmpty()) {
      throw new IllegalStateException(
          "wsmock state invariants broken after " + after + ":\n  " + String.join("\n  ", broken));
    }
  }

  private static void checkImages(
      RegionState region, Instant now, Map<String, String> regionOfImage, List<String> broken) {
    String r = region.region();
    for (ImageEntry image : region.images()) {
      String id = image.imageId();
      if (!IMAGE_ID.matcher(id).matches()) {
        broken.add(r + ": image id '" + id + "' is not of the form wsi-[0-9a-z]{9,63}");
      }
      String other = regionOfImage.put(id, r);
      if (other != null) {
        broken.add("image id " + id + " exists in both " + other + " and " + r);
      }
      if (!r.equals(image.region())) {
        broken.add(r + ": image " + id + " claims region " + image.region());
      }
      if (!AwsIdentifiers.isAccountId(image.ownerAccountId())) {
        broken.add(
            r
                + ": image "
                + id
                + " has owner '"
                + image.ownerAccountId()
                + "', not a 12-digit account");
      }
      List<String> shares = image.sharedAccountIds();
      if (shares.size() != image.shareCount()) {
        broken.add(
            r
                + ": image "
                + id
                + " has "
                + image.shareCount()
                + " shares by account but "
                + shares.size()
                + " in grant order");
      }
      if (new HashSet<>(shares).size() != shares.size()) {
        broken.add(r + ": image " + id + " is shared twice with one account: " + shares);
      }
      if (shares.contains(image.ownerAccountId())) {
        broken.add(r + ": image " + id + " is shared with its owner " + image.ownerAccountId());
      }
      if (!shares.isEmpty() && image.stateAt(now) == ImageState.PENDING) {
        broken.add(r + ": image " + id + " is PENDING but shared with " + shares);
      }
      for (String account : shares) {
        if (!AwsIdentifiers.isAccountId(account)) {
          broken.add(
              r + ": image " + id + " is shared with '" + account + "', not a 12-digit account");
        }
        if (!indexed(region.sharedIndex(), account, image)) {
          broken.add(
              r
                  + ": image "
                  + id
                  + " is shared with "
                  + account
                  + " but missing from its shared index");
        }
      }
      if (!indexed(region.ownedIndex(), image.ownerAccountId(), image)) {
        broken.add(
            r + ": image " + id + " is missing from the owned index of " + image.ownerAccountId());
      }
      if (region.ownedImageNamed(image.ownerAccountId(), image.name()) != image) {
        broken.add(
            r
                + ": image "
                + id
                + " is not what the name index gives for "
                + image.ownerAccountId()
                + "/'"
                + image.name()
                + "'");
      }
    }
  }

  /** Null-safe: an absent key reads as an empty set, whose {@code contains} would need a Comparable. */
  private static boolean indexed(
      Map<String, NavigableSet<ImageEntry>> index, String key, ImageEntry image) {
    NavigableSet<ImageEntry> set = index.get(key);
    return set != null && set.contains(image);
  }

  /** Every index entry points at a live entry that says the same thing; counts the quotas read agree. */
  private static void checkIndexes(RegionState region, List<String> broken) {
    String r = region.region();
    for (Map.Entry<String, NavigableSet<ImageEntry>> owned : region.ownedIndex().entrySet()) {
      long recount = region.images().stream().filter(i -> i.isOwnedBy(owned.getKey())).count();
      if (owned.getValue().size() != recount || region.ownedCount(owned.getKey()) != recount) {
        broken.add(
            r
                + ": owned index of "
                + owned.getKey()
                + " counts "
                + owned.getValue().size()
                + " images, entries "
                + recount);
      }
      for (ImageEntry image : owned.getValue()) {
        if (region.image(image.imageId()) != image || !image.isOwnedBy(owned.getKey())) {
          broken.add(
              r + ": owned index of " + owned.getKey() + " holds stale image " + image.imageId());
        }
      }
    }
    for (Map.Entry<String, NavigableSet<ImageEntry>> shared : region.sharedIndex().entrySet()) {
      for (ImageEntry image : shared.getValue()) {
        // a permission must belong to an existing image of this region that its owner still owns
        if (region.image(image.imageId()) != image || !image.isSharedWith(shared.getKey())) {
          broken.add(
              r
                  + ": shared index of "
                  + shared.getKey()
                  + " holds stale or revoked image "
                  + image.imageId());
        }
      }
    }
    for (Map.Entry<String, Map<String, ImageEntry>> names : region.nameIndex().entrySet()) {
      for (Map.Entry<String, ImageEntry> named : names.getValue().entrySet()) {
        ImageEntry image = named.getValue();
        if (region.image(image.imageId()) != image
            || !image.isOwnedBy(names.getKey())
            || !image.name().equals(named.getKey())) {
          broken.add(
              r
                  + ": name index "
                  + names.getKey()
                  + "/'"
                  + named.getKey()
                  + "' holds stale image "
                  + image.imageId());
        }
      }
    }
    for (Map.Entry<String, Set<String>> used : region.bundleIdsByImageIndex().entrySet()) {
      for (String bundleId : used.getValue()) {
        BundleEntry bundle = region.bundle(bundleId);
        if (bundle == null || !used.getKey().equals(bundle.imageId())) {
          broken.add(
              r
                  + ": bundle index says "
                  + bundleId
                  + " uses "
                  + used.getKey()
                  + ", the bundle disagrees");
        }
      }
    }
  }

  private static void checkBundles(RegionState region, Set<String> bundleIds, List<String> broken) {
    String r = region.region();
    for (BundleEntry bundle : region.bundles()) {
      String id = bundle.bundleId();
      if (!BUNDLE_ID.matcher(id).matches()) {
        broken.add(r + ": bundle id '" + id + "' is not of the form wsb-[0-9a-z]{8,63}");
      }
      if (!bundleIds.add(id)) {
        broken.add("bundle id " + id + " exists in more than one region");
      }
      if (!r.equals(bundle.region())) {
        broken.add(r + ": bundle " + id + " claims region " + bundle.region());
      }
      if (bundle.imageId() == null) {
        continue;
      }
      ImageEntry image = region.image(bundle.imageId());
      if (image == null) {
        broken.add(r + ": bundle " + id + " points to missing image " + bundle.imageId());
      } else if (!image.isOwnedBy(bundle.ownerAccountId())) {
        broken.add(
            r
                + ": bundle "
                + id
                + " of "
                + bundle.ownerAccountId()
                + " points to image "
                + image.imageId()
                + " owned by "
                + image.ownerAccountId());
      }
      if (!region.isUsedByBundle(bundle.imageId())) {
        broken.add(
            r
                + ": bundle "
                + id
                + " uses "
                + bundle.imageId()
                + " but the bundle index does not know it");
      }
    }
  }
}
