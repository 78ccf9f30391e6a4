package dev.wsmock.internal.model;

import dev.wsmock.AwsIdentifiers;
import dev.wsmock.ImageState;
import dev.wsmock.Seed;
import dev.wsmock.SeedException;
import dev.wsmock.Tag;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One seed checked against the state it joins, member by member, before {@link SeedLoader} adds anything. Each new
 * image and bundle is checked with {@link Limits} against the state plus the seed's earlier entries ({@link Planned}),
 * so the API and the seed share one rule.
 */
final class SeedCheck {
  private static final Pattern WORKSPACE = Pattern.compile("ws-[0-9a-z]{8,63}");
  private static final Pattern BUNDLE = Pattern.compile("wsb-[0-9a-z]{8,63}");

  /**
   * What a SigV4 credential scope can carry as its first element: printable ASCII without the scope's separators
   * {@code /} and {@code ,}; IAM's own keys are 16 to 128 word characters.
   */
  private static final Pattern ACCESS_KEY = Pattern.compile("[\\x21-\\x7e&&[^/,]]{1,128}");

  /** The times SDKs and ISO-8601 write without trouble: 1970 to the end of the year 9999. */
  private static final Instant EARLIEST = Instant.EPOCH;

  private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999Z");

  private final ServiceState state;
  private final Seed seed;
  private final String source;
  private final SeedRules rules;
  private final Map<String, Planned> planned = new HashMap<>();
  private final Set<String> imageIds = new HashSet<>();
  private final Set<String> workspaceIds = new HashSet<>();
  private final Set<String> bundleIds = new HashSet<>();
  private final Set<String> importIds = new HashSet<>();
  private final Set<String> directoryKeys = new HashSet<>();

  SeedCheck(ServiceState state, Seed seed, String source, SeedRules rules) {
    this.state = state;
    this.seed = seed;
    this.source = source;
    this.rules = rules;
  }

  void run() {
    if (seed.defaultAccountId() != null) {
      requireAccount(seed.defaultAccountId(), "$.DefaultAccountId");
    }
    accounts();
    secrets();
    for (int n = 0; n < seed.images().size(); n++) {
      image(seed.images().get(n), "$.Images[" + n + "]");
    }
    for (int n = 0; n < seed.workspaces().size(); n++) {
      workspace(seed.workspaces().get(n), "$.Workspaces[" + n + "]");
    }
    for (int n = 0; n < seed.bundles().size(); n++) {
      bundle(seed.bundles().get(n), "$.Bundles[" + n + "]");
    }
    for (int n = 0; n < seed.customImageImports().size(); n++) {
      customImageImport(seed.customImageImports().get(n), "$.CustomImageImports[" + n + "]");
    }
    for (int n = 0; n < seed.directories().size(); n++) {
      directory(seed.directories().get(n), "$.Directories[" + n + "]");
    }
  }

  private void accounts() {
    Set<String> declared = new HashSet<>();
    seed.accounts().forEach(a -> declared.add(a.accountId()));
    Set<String> seen = new HashSet<>();
    Map<String, String> accountOfKey = new HashMap<>();
    for (int n = 0; n < seed.accounts().size(); n++) {
      Seed.Account account = seed.accounts().get(n);
      String at = "$.Accounts[" + n + "]";
      requireAccount(account.accountId(), at + ".AccountId");
      if (!seen.add(account.accountId())) {
        fail(at + ".AccountId", "account " + account.accountId() + " is listed twice");
      }
      for (int k = 0; k < account.accessKeyIds().size(); k++) {
        String key = account.accessKeyIds().get(k);
        String path = at + ".AccessKeyIds[" + k + "]";
        requireAccessKey(key, path);
        if (AwsIdentifiers.isAccountId(key) && !key.equals(account.accountId())) {
          fail(
              path,
              "a 12-digit access key id is the account of that number and selects it; it cannot select"
                  + " account "
                  + account.accountId());
        }
        String other = accountOfKey.putIfAbsent(key, account.accountId());
        if (other != null && !other.equals(account.accountId())) {
          fail(path, "access key " + key + " already selects account " + other + " in this seed");
        }
        Optional<String> mapped = state.accountForAccessKey(key);
        if (mapped.isPresent()
            && !mapped.get().equals(account.accountId())
            && !declared.contains(mapped.get())) {
          fail(path, "access key " + key + " already selects account " + mapped.get());
        }
      }
    }
  }

  private void secrets() {
    if (!seed.secretAccessKeys().isEmpty() && !rules.strictAuth()) {
      fail(
          "$.SecretAccessKeys",
          "secret access keys are only used to verify signatures, and strict auth is off: turn it on"
              + " (WorkSpacesMock.Builder.strictAuth(true), or --strict-auth for the standalone server)"
              + " or leave the secrets out");
    }
    seed.secretAccessKeys()
        .forEach(
            (key, secret) -> {
              String path = "$.SecretAccessKeys[" + shown(String.valueOf(key)) + "]";
              requireAccessKey(key, path);
              if (secret == null || secret.isEmpty()) {
                fail(path, "expected a non-empty secret access key");
              }
            });
  }

  private void image(Seed.Image i, String at) {
    // Id and owner formats are the contract's (SeedShapeCheck, run first); the region is the mock's
    // rule.
    requireRegion(i.region(), at + ".Region");
    String existing =
        regionHolding(
            i.imageId(),
            (r, id) ->
                r.containsImage(id) || (r.containsImport(id) && r.imageImport(id).inFlight()));
    if (!imageIds.add(i.imageId()) || existing != null) {
      fail(
          at + ".ImageId",
          "image "
              + i.imageId()
              + " is already defined"
              + (existing == null ? " in this seed" : " in " + existing)
              + "; image ids are unique in every region");
    }
    requireTime(i.created(), at + ".Created");
    String name = i.name() == null ? i.imageId() : i.name();
    Planned region = planned(i.region());
    Limits.newImage(region, i.ownerAccountId(), name, rules.behaviour().imageQuotaPerRegion())
        .ifPresent(
            breach ->
                fail(
                    i.name() == null ? at + ".ImageId" : at + ".Name",
                    breach.rule() == Limits.Rule.IMAGE_NAME_TAKEN
                        ? "account "
                            + i.ownerAccountId()
                            + " already has an image named '"
                            + name
                            + "' in "
                            + i.region()
                        : "account "
                            + i.ownerAccountId()
                            + " already owns "
                            + breach.detail()
                            + " images in "
                            + i.region()
                            + ", the image quota per account and region"));
    for (int s = 0; s < i.sharedAccountIds().size(); s++) {
      String account = i.sharedAccountIds().get(s);
      String path = at + ".SharedAccountIds[" + s + "]";
      requireAccount(account, path);
      if (account.equals(i.ownerAccountId())) {
        fail(path, "an image cannot be shared with its owner " + account);
      }
    }
    if (!i.sharedAccountIds().isEmpty() && i.state() != null && i.state() != ImageState.AVAILABLE) {
      fail(
          at + ".SharedAccountIds",
          "only AVAILABLE images can be shared; this one is " + i.state());
    }
    tags(i.tags(), at);
    region.imageNames.computeIfAbsent(i.ownerAccountId(), a -> new HashSet<>()).add(name);
  }

  private void tags(List<Tag> tags, String at) {
    int limit = rules.behaviour().tagsPerResource();
    Limits.tags(tags.stream().map(Tag::key).toList(), List.of(), limit)
        .ifPresent(
            breach -> {
              if (breach.rule() == Limits.Rule.TAG_KEY_RESERVED) {
                int index = tags.stream().map(Tag::key).toList().indexOf(breach.detail());
                fail(at + ".Tags[" + index + "].Key", "tag keys starting with aws: are reserved");
              }
              fail(at + ".Tags", "more than " + limit + " tags, the limit per resource");
            });
  }

  private void workspace(Seed.Workspace w, String at) {
    require(WORKSPACE, w.workspaceId(), at + ".WorkspaceId", "a WorkSpace id like ws-a1b2c3d4e");
    requireAccount(w.ownerAccountId(), at + ".OwnerAccountId");
    requireRegion(w.region(), at + ".Region");
    String existing = regionHolding(w.workspaceId(), (r, id) -> r.workspace(id) != null);
    if (!workspaceIds.add(w.workspaceId()) || existing != null) {
      fail(
          at + ".WorkspaceId",
          "WorkSpace "
              + w.workspaceId()
              + " is already defined"
              + (existing == null ? " in this seed" : " in " + existing)
              + "; WorkSpace ids are unique in every region");
    }
    if (w.bundleId() != null) {
      require(BUNDLE, w.bundleId(), at + ".BundleId", "a bundle id like wsb-a1b2c3d4e");
    }
    if (w.directoryId() != null) {
      require(
          DirectoryEntry.ID,
          w.directoryId(),
          at + ".DirectoryId",
          "a directory id like d-1234567890");
    }
  }

  /** A directory is registered once per account and region; other accounts may register the same id. */
  private void directory(Seed.Directory d, String at) {
    requireAccount(d.ownerAccountId(), at + ".OwnerAccountId");
    requireRegion(d.region(), at + ".Region");
    String key = d.ownerAccountId() + "/" + d.region() + "/" + d.directoryId();
    boolean inState =
        state.region(d.region()).directory(d.ownerAccountId(), d.directoryId()) != null;
    if (!directoryKeys.add(key) || inState) {
      fail(
          at + ".DirectoryId",
          "directory "
              + d.directoryId()
              + " is already registered by account "
              + d.ownerAccountId()
              + " in "
              + d.region()
              + (inState ? "" : " in this seed"));
    }
  }

  private void bundle(Seed.Bundle b, String at) {
    // The id format is the contract's (SeedShapeCheck, run first); the bundle's Owner is free text
    // there.
    requireAccount(b.ownerAccountId(), at + ".OwnerAccountId");
    requireRegion(b.region(), at + ".Region");
    String existing = regionHolding(b.bundleId(), (r, id) -> r.bundle(id) != null);
    if (!bundleIds.add(b.bundleId()) || existing != null) {
      fail(
          at + ".BundleId",
          "bundle "
              + b.bundleId()
              + " is already defined"
              + (existing == null ? " in this seed" : " in " + existing)
              + "; bundle ids are unique in every region");
    }
    String name = b.name() == null ? b.bundleId() : b.name();
    Planned region = planned(b.region());
    Limits.newBundle(region, b.ownerAccountId(), name, rules.behaviour().bundleQuotaPerRegion())
        .ifPresent(
            breach ->
                fail(
                    b.name() == null ? at + ".BundleId" : at + ".Name",
                    breach.rule() == Limits.Rule.BUNDLE_NAME_TAKEN
                        ? "account "
                            + b.ownerAccountId()
                            + " already has a bundle named '"
                            + name
                            + "' in "
                            + b.region()
                        : "account "
                            + b.ownerAccountId()
                            + " already owns "
                            + breach.detail()
                            + " bundles in "
                            + b.region()
                            + ", the bundle quota per account and region"));
    if (b.imageId() != null && !imageDefined(b.region(), b.imageId(), b.ownerAccountId())) {
      fail(
          at + ".ImageId",
          "bundle image "
              + b.imageId()
              + " must be an image of account "
              + b.ownerAccountId()
              + " in "
              + b.region());
    }
    region.bundleNames.computeIfAbsent(b.ownerAccountId(), a -> new HashSet<>()).add(name);
  }

  private void customImageImport(Seed.CustomImageImport c, String at) {
    // Id, ARN and name formats are the contract's (SeedShapeCheck, run first).
    requireAccount(c.ownerAccountId(), at + ".OwnerAccountId");
    requireRegion(c.region(), at + ".Region");
    String existing = regionHolding(c.imageId(), RegionState::containsImport);
    if (!importIds.add(c.imageId()) || existing != null) {
      fail(
          at + ".ImageId",
          "import "
              + c.imageId()
              + " is already defined"
              + (existing == null ? " in this seed" : " in " + existing)
              + "; image ids are unique in every region");
    }
    requireTime(c.created(), at + ".Created");
    requireTime(c.lastUpdatedTime(), at + ".LastUpdatedTime");
    boolean inFlight = c.state() == null || !c.state().isFinal();
    if (!inFlight) {
      return;
    }
    // An import in flight will add its image: the id, name and quota place must be free for it, as
    // for any image.
    if (imageIds.contains(c.imageId())
        || regionHolding(c.imageId(), RegionState::containsImage) != null) {
      fail(
          at + ".ImageId",
          "image "
              + c.imageId()
              + " is already defined; an import in flight makes the image of its id (seed a completed"
              + " import as COMPLETED)");
    }
    imageIds.add(c.imageId());
    String name = c.imageName() == null ? c.imageId() : c.imageName();
    Planned region = planned(c.region());
    Limits.newImage(region, c.ownerAccountId(), name, rules.behaviour().imageQuotaPerRegion())
        .ifPresent(
            breach ->
                fail(
                    c.imageName() == null ? at + ".ImageId" : at + ".ImageName",
                    breach.rule() == Limits.Rule.IMAGE_NAME_TAKEN
                        ? "account "
                            + c.ownerAccountId()
                            + " already has an image named '"
                            + name
                            + "' in "
                            + c.region()
                        : "account "
                            + c.ownerAccountId()
                            + " already owns "
                            + breach.detail()
                            + " images in "
                            + c.region()
                            + ", the image quota per account and region"));
    tags(c.tags(), at);
    region.imageNames.computeIfAbsent(c.ownerAccountId(), a -> new HashSet<>()).add(name);
  }

  private boolean imageDefined(String region, String imageId, String owner) {
    ImageEntry existing = state.region(region).image(imageId);
    if (existing != null) {
      return existing.isOwnedBy(owner);
    }
    return seed.images().stream()
        .anyMatch(
            i ->
                i.imageId().equals(imageId)
                    && i.region().equals(region)
                    && i.ownerAccountId().equals(owner));
  }

  private interface Lookup {
    boolean holds(RegionState region, String id);
  }

  /** The region of the state that already holds {@code id}, or null. */
  private String regionHolding(String id, Lookup lookup) {
    for (RegionState region : state.regions()) {
      if (lookup.holds(region, id)) {
        return region.region();
      }
    }
    return null;
  }

  private Planned planned(String region) {
    return planned.computeIfAbsent(region, r -> new Planned(state.region(r)));
  }

  /** A region of the state plus what the seed adds to it before the current entry. */
  private static final class Planned implements OwnedResources {
    private final RegionState existing;
    private final Map<String, Set<String>> imageNames = new HashMap<>();
    private final Map<String, Set<String>> bundleNames = new HashMap<>();

    Planned(RegionState existing) {
      this.existing = existing;
    }

    @Override
    public boolean hasImageNamed(String accountId, String name) {
      return existing.hasImageNamed(accountId, name)
          || imageNames.getOrDefault(accountId, Set.of()).contains(name);
    }

    @Override
    public int ownedImageCount(String accountId) {
      // Names are unique per account, so the planned names count the planned images.
      return existing.ownedImageCount(accountId)
          + imageNames.getOrDefault(accountId, Set.of()).size();
    }

    @Override
    public boolean hasBundleNamed(String accountId, String name) {
      return existing.hasBundleNamed(accountId, name)
          || bundleNames.getOrDefault(accountId, Set.of()).contains(name);
    }

    @Override
    public long ownedBundleCount(String accountId) {
      return existing.ownedBundleCount(accountId)
          + bundleNames.getOrDefault(accountId, Set.of()).size();
    }
  }

  private void requireTime(Instant time, String path) {
    if (time != null && (time.isBefore(EARLIEST) || time.isAfter(LATEST))) {
      fail(path, "expected a time between " + EARLIEST + " and " + LATEST);
    }
  }

  private void requireRegion(String region, String path) {
    if (!rules.regions().accepts(region)) {
      fail(path, "expected " + rules.regions().describe() + ", got " + shown(region));
    }
  }

  private void requireAccessKey(String key, String path) {
    if (key == null || !ACCESS_KEY.matcher(key).matches()) {
      fail(
          path,
          "expected an access key id: 1 to 128 printable ASCII characters without '/', ',' or"
              + " spaces, such as AKIAOWNEREXAMPLE0001");
    }
  }

  private void requireAccount(String value, String path) {
    if (!AwsIdentifiers.isAccountId(value)) {
      fail(path, "expected a 12-digit account id, got " + shown(value));
    }
  }

  private void require(Pattern pattern, String value, String path, String expected) {
    if (!pattern.matcher(value).matches()) {
      fail(path, "expected " + expected + ", got " + shown(value));
    }
  }

  /** A value for a message: quoted, control characters escaped, long ones cut, so no message dumps a file. */
  static String shown(String value) {
    StringBuilder shown = new StringBuilder("'");
    int limit = Math.min(value.length(), 64);
    for (int i = 0; i < limit; i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        shown.append(String.format("\\u%04x", (int) c));
      } else {
        shown.append(c);
      }
    }
    return shown.append(value.length() > limit ? "...'" : "'").toString();
  }

  private void fail(String path, String problem) {
    throw new SeedException(source, path, problem);
  }
}
