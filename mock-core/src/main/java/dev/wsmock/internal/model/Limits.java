package dev.wsmock.internal.model;

import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The rules every new image, bundle and tag set must keep, in one place for the API and for seeds: names unique per
 * account and region, the image and bundle quotas per account and region, reserved {@code aws:} tag keys and the
 * tags per resource. The handlers turn a {@link Breach} into the AWS error, the seed loader into a
 * {@code SeedException} naming the member.
 */
public final class Limits {
  private Limits() {}

  /** A broken rule; {@code detail} is the limit or the reserved key. */
  public record Breach(Rule rule, String detail) {}

  /** The rules. */
  public enum Rule {
    IMAGE_NAME_TAKEN,
    IMAGE_QUOTA_REACHED,
    BUNDLE_NAME_TAKEN,
    BUNDLE_QUOTA_REACHED,
    TAG_KEY_RESERVED,
    TAG_LIMIT_EXCEEDED
  }

  /** What one more image named {@code name}, owned by {@code accountId} in {@code region}, would break. */
  public static Optional<Breach> newImage(
      OwnedResources region, String accountId, String name, int quota) {
    if (region.hasImageNamed(accountId, name)) {
      return Optional.of(new Breach(Rule.IMAGE_NAME_TAKEN, name));
    }
    if (region.ownedImageCount(accountId) >= quota) {
      return Optional.of(new Breach(Rule.IMAGE_QUOTA_REACHED, Integer.toString(quota)));
    }
    return Optional.empty();
  }

  /** What one more bundle named {@code name}, owned by {@code accountId} in {@code region}, would break. */
  public static Optional<Breach> newBundle(
      OwnedResources region, String accountId, String name, int quota) {
    if (region.hasBundleNamed(accountId, name)) {
      return Optional.of(new Breach(Rule.BUNDLE_NAME_TAKEN, name));
    }
    if (region.ownedBundleCount(accountId) >= quota) {
      return Optional.of(new Breach(Rule.BUNDLE_QUOTA_REACHED, Integer.toString(quota)));
    }
    return Optional.empty();
  }

  /**
   * What setting tags with {@code keys} on a resource that has {@code existingKeys} would break: an {@code aws:} key
   * (in any case), or more than {@code limit} distinct keys afterwards.
   */
  public static Optional<Breach> tags(
      Collection<String> keys, Collection<String> existingKeys, int limit) {
    for (String key : keys) {
      if (key.regionMatches(true, 0, "aws:", 0, 4)) {
        return Optional.of(new Breach(Rule.TAG_KEY_RESERVED, key));
      }
    }
    Set<String> after = new HashSet<>(existingKeys);
    after.addAll(keys);
    if (after.size() > limit) {
      return Optional.of(new Breach(Rule.TAG_LIMIT_EXCEEDED, Integer.toString(limit)));
    }
    return Optional.empty();
  }
}
