package dev.wsmock.internal.hardening;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A deliberately tiny model of the sharing rules of docs/behaviour.md (default behaviour, no BYOL, no bundles), written
 * apart from the mock so the two can disagree. Answers are error codes ({@code "ok"} on success).
 */
final class SharingReferenceModel {
  static final Duration READY_AFTER = Duration.ofSeconds(1);
  static final int QUOTA = 40;

  /** One image: owner, name, when it becomes AVAILABLE, and its shares in grant order. */
  static final class Image {
    final String owner;
    final String name;
    final Instant availableAt;
    final Set<String> shares = new LinkedHashSet<>();

    Image(String owner, String name, Instant availableAt) {
      this.owner = owner;
      this.name = name;
      this.availableAt = availableAt;
    }

    boolean available(Instant now) {
      return !now.isBefore(availableAt);
    }
  }

  /** Images by region, then id. */
  private final Map<String, Map<String, Image>> regions = new LinkedHashMap<>();

  void seed(String region, String imageId, String owner, String name, String... shares) {
    Image image = new Image(owner, name, Instant.MIN);
    image.shares.addAll(List.of(shares));
    regions.computeIfAbsent(region, r -> new LinkedHashMap<>()).put(imageId, image);
  }

  private Image image(String region, String imageId) {
    return regions.getOrDefault(region, Map.of()).get(imageId);
  }

  String share(
      String caller, String region, String imageId, String target, boolean grant, Instant now) {
    Image image = image(region, imageId);
    if (image == null || !image.owner.equals(caller)) {
      return "ResourceNotFoundException";
    }
    if (!image.available(now)) {
      return "ResourceUnavailableException";
    }
    if (target.equals(caller)) {
      return "InvalidParameterValuesException";
    }
    if (grant) {
      image.shares.add(target);
    } else if (!image.shares.remove(target)) {
      return "InvalidParameterValuesException";
    }
    return "ok";
  }

  /** The shared accounts in grant order, or the error code. */
  Object permissions(String caller, String region, String imageId) {
    Image image = image(region, imageId);
    if (image == null || !image.owner.equals(caller)) {
      return "ResourceNotFoundException";
    }
    return new ArrayList<>(image.shares);
  }

  String delete(String caller, String region, String imageId, Instant now) {
    Image image = image(region, imageId);
    if (image == null || !image.owner.equals(caller)) {
      return "ok";
    }
    if (!image.available(now)) {
      return "InvalidResourceStateException";
    }
    if (!image.shares.isEmpty()) {
      return "ResourceAssociatedException";
    }
    regions.get(region).remove(imageId);
    return "ok";
  }

  /** The error code, or empty when the copy succeeds; the caller then {@link #copied}s the mock's new id. */
  Optional<String> copy(
      String caller,
      String region,
      String sourceRegion,
      String sourceId,
      String name,
      Instant now) {
    Image source = image(sourceRegion, sourceId);
    if (source == null || !(source.owner.equals(caller) || source.shares.contains(caller))) {
      return Optional.of("ResourceNotFoundException");
    }
    if (!source.available(now)) {
      return Optional.of("ResourceUnavailableException");
    }
    Map<String, Image> destination = regions.getOrDefault(region, Map.of());
    if (destination.values().stream()
        .anyMatch(i -> i.owner.equals(caller) && i.name.equals(name))) {
      return Optional.of("ResourceAlreadyExistsException");
    }
    if (destination.values().stream().filter(i -> i.owner.equals(caller)).count() >= QUOTA) {
      return Optional.of("ResourceLimitExceededException");
    }
    return Optional.empty();
  }

  void copied(String caller, String region, String newId, String name, Instant now) {
    regions
        .computeIfAbsent(region, r -> new LinkedHashMap<>())
        .put(newId, new Image(caller, name, now.plus(READY_AFTER)));
  }

  /** Ids DescribeWorkspaceImages lists for {@code caller}: {@code OWNED}, {@code SHARED} or both ({@code null}). */
  Set<String> visible(String caller, String region, String imageType) {
    Set<String> ids = new TreeSet<>();
    regions
        .getOrDefault(region, Map.of())
        .forEach(
            (id, image) -> {
              boolean owned = image.owner.equals(caller);
              boolean shared = image.shares.contains(caller);
              if ((owned && !"SHARED".equals(imageType))
                  || (shared && !"OWNED".equals(imageType))) {
                ids.add(id);
              }
            });
    return ids;
  }

  /** Every image id the model knows in {@code region}, for choosing targets. */
  List<String> ids(String region) {
    return new ArrayList<>(regions.getOrDefault(region, Map.of()).keySet());
  }
}
