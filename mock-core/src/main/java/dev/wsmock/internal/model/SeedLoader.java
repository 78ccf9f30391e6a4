package dev.wsmock.internal.model;

import dev.wsmock.ImageState;
import dev.wsmock.OperatingSystemType;
import dev.wsmock.RequiredTenancy;
import dev.wsmock.Seed;
import dev.wsmock.SeedException;
import dev.wsmock.Tag;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Puts a {@link Seed} into the state, checking what the JSON shape cannot: id formats, duplicates, shares with the
 * owner, bundles on unknown images. Errors name the seed's source and the member's path. A seed is applied
 * all-or-nothing: it is checked completely before anything is added.
 */
public final class SeedLoader {
  private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");
  private static final Pattern IMAGE = Pattern.compile("wsi-[0-9a-z]{9,63}");
  private static final Pattern WORKSPACE = Pattern.compile("ws-[0-9a-z]{8,63}");
  private static final Pattern BUNDLE = Pattern.compile("wsb-[0-9a-z]{8,63}");
  private static final Pattern REGION = Pattern.compile("[-0-9a-z]{1,31}");

  private SeedLoader() {}

  /** Must be called under the state's write lock. */
  public static void apply(ServiceState state, Seed seed, String source, Instant now) {
    check(state, seed, source);
    if (seed.defaultAccountId() != null) {
      state.defaultAccountId(seed.defaultAccountId());
    }
    seed.secretAccessKeys().forEach(state::putSecretAccessKey);
    seed.accounts()
        .forEach(
            a ->
                state.putAccount(
                    new AccountSettings(
                        a.accountId(), a.accessKeyIds(), a.byolEnabled(), a.organizationId())));
    for (Seed.Image i : seed.images()) {
      ImageEntry image =
          new ImageEntry(
              i.imageId(),
              i.ownerAccountId(),
              i.region(),
              i.name() == null ? i.imageId() : i.name(),
              i.description(),
              i.operatingSystem() == null ? OperatingSystemType.WINDOWS : i.operatingSystem(),
              i.requiredTenancy() == null ? RequiredTenancy.DEFAULT : i.requiredTenancy(),
              i.created() == null ? now : i.created(),
              ImageState.AVAILABLE,
              null);
      ImageState imageState = i.state() == null ? ImageState.AVAILABLE : i.state();
      image.force(imageState, i.errorCode(), i.errorMessage(), i.errorDetails());
      for (Tag tag : i.tags()) {
        image.tags().put(tag.key(), tag.value());
      }
      state.addImage(image);
      i.sharedAccountIds().forEach(account -> state.grant(image, account));
    }
    for (Seed.Workspace w : seed.workspaces()) {
      state.addWorkspace(
          new WorkspaceEntry(
              w.workspaceId(),
              w.ownerAccountId(),
              w.region(),
              w.state(),
              w.operatingSystem(),
              w.bundleId()));
    }
    for (Seed.Bundle b : seed.bundles()) {
      state.addBundle(
          new BundleEntry(
              b.bundleId(),
              b.ownerAccountId(),
              b.region(),
              b.name() == null ? b.bundleId() : b.name(),
              b.description(),
              b.imageId(),
              "STANDARD",
              "80",
              "50",
              now));
    }
  }

  private static void check(ServiceState state, Seed seed, String source) {
    if (seed.defaultAccountId() != null) {
      require(
          ACCOUNT, seed.defaultAccountId(), source, "$.DefaultAccountId", "a 12-digit account id");
    }
    for (int n = 0; n < seed.accounts().size(); n++) {
      require(
          ACCOUNT,
          seed.accounts().get(n).accountId(),
          source,
          "$.Accounts[" + n + "].AccountId",
          "a 12-digit account id");
    }
    seed.secretAccessKeys()
        .forEach(
            (key, secret) -> {
              if (key == null || key.isBlank() || secret == null || secret.isEmpty()) {
                throw new SeedException(
                    source,
                    "$.SecretAccessKeys['" + key + "']",
                    "an access key id mapped to a non-empty secret access key");
              }
            });
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (int n = 0; n < seed.images().size(); n++) {
      Seed.Image i = seed.images().get(n);
      String at = "$.Images[" + n + "]";
      require(IMAGE, i.imageId(), source, at + ".ImageId", "an image id like wsi-a1b2c3d4e");
      require(ACCOUNT, i.ownerAccountId(), source, at + ".OwnerAccountId", "a 12-digit account id");
      require(REGION, i.region(), source, at + ".Region", "a region name like us-east-1");
      if (!seen.add(i.region() + "/" + i.imageId())
          || state.region(i.region()).containsImage(i.imageId())) {
        throw new SeedException(
            source,
            at + ".ImageId",
            "image " + i.imageId() + " is already defined in " + i.region());
      }
      for (int s = 0; s < i.sharedAccountIds().size(); s++) {
        String account = i.sharedAccountIds().get(s);
        String path = at + ".SharedAccountIds[" + s + "]";
        require(ACCOUNT, account, source, path, "a 12-digit account id");
        if (account.equals(i.ownerAccountId())) {
          throw new SeedException(
              source, path, "an image cannot be shared with its owner " + account);
        }
      }
      if (!i.sharedAccountIds().isEmpty()
          && i.state() != null
          && i.state() != ImageState.AVAILABLE) {
        throw new SeedException(
            source,
            at + ".SharedAccountIds",
            "only AVAILABLE images can be shared; this one is " + i.state());
      }
    }
    for (int n = 0; n < seed.workspaces().size(); n++) {
      Seed.Workspace w = seed.workspaces().get(n);
      String at = "$.Workspaces[" + n + "]";
      require(
          WORKSPACE,
          w.workspaceId(),
          source,
          at + ".WorkspaceId",
          "a WorkSpace id like ws-a1b2c3d4e");
      require(ACCOUNT, w.ownerAccountId(), source, at + ".OwnerAccountId", "a 12-digit account id");
      require(REGION, w.region(), source, at + ".Region", "a region name like us-east-1");
    }
    for (int n = 0; n < seed.bundles().size(); n++) {
      Seed.Bundle b = seed.bundles().get(n);
      String at = "$.Bundles[" + n + "]";
      require(BUNDLE, b.bundleId(), source, at + ".BundleId", "a bundle id like wsb-a1b2c3d4e");
      require(ACCOUNT, b.ownerAccountId(), source, at + ".OwnerAccountId", "a 12-digit account id");
      require(REGION, b.region(), source, at + ".Region", "a region name like us-east-1");
      if (b.imageId() != null
          && !imageDefined(state, seed.images(), b.region(), b.imageId(), b.ownerAccountId())) {
        throw new SeedException(
            source,
            at + ".ImageId",
            "bundle image "
                + b.imageId()
                + " must be an image of account "
                + b.ownerAccountId()
                + " in "
                + b.region());
      }
    }
  }

  private static boolean imageDefined(
      ServiceState state, List<Seed.Image> images, String region, String imageId, String owner) {
    ImageEntry existing = state.region(region).image(imageId);
    if (existing != null) {
      return existing.isOwnedBy(owner);
    }
    return images.stream()
        .anyMatch(
            i ->
                i.imageId().equals(imageId)
                    && i.region().equals(region)
                    && i.ownerAccountId().equals(owner));
  }

  private static void require(
      Pattern pattern, String value, String source, String path, String expected) {
    if (value == null || !pattern.matcher(value).matches()) {
      throw new SeedException(
          source,
          path,
          "expected " + expected + ", got " + (value == null ? "nothing" : "'" + value + "'"));
    }
  }
}
