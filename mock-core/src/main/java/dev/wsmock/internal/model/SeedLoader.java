package dev.wsmock.internal.model;

import dev.wsmock.CustomImageImportState;
import dev.wsmock.DirectoryState;
import dev.wsmock.ImageState;
import dev.wsmock.OperatingSystemType;
import dev.wsmock.RequiredTenancy;
import dev.wsmock.Seed;
import dev.wsmock.Tag;
import java.time.Instant;

/**
 * Puts a {@link Seed} into the state, checking what the JSON shape cannot, with the API's own rules
 * ({@link Limits}: one name per account and region, the image and bundle quotas, the tags per resource and reserved
 * keys): id formats, ids unique in every region (AWS ids are global), region names the mock accepts, shares with the
 * owner, bundles on unknown images, access keys that select one account only, times SDKs can read, secrets only for
 * a strict-auth mock. Errors name the seed's source and the member's path. A seed is applied all-or-nothing: it is
 * checked completely, against the state plus everything before it in the seed, before anything is added.
 */
public final class SeedLoader {
  private SeedLoader() {}

  /** As {@link #apply(ServiceState, Seed, String, Instant, SeedRules)} with {@link SeedRules#defaults()}. */
  public static void apply(ServiceState state, Seed seed, String source, Instant now) {
    apply(state, seed, source, now, SeedRules.defaults());
  }

  /** Must be called under the state's write lock. */
  public static void apply(
      ServiceState state, Seed seed, String source, Instant now, SeedRules rules) {
    new SeedCheck(state, seed, source, rules).run();
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
      image.updates(i.updates());
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
              w.bundleId(),
              w.directoryId()));
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
    for (Seed.CustomImageImport c : seed.customImageImports()) {
      state.addImport(importEntry(c, now, rules), now);
    }
    for (Seed.Directory d : seed.directories()) {
      state.addDirectory(
          new DirectoryEntry(
              d.directoryId(),
              d.ownerAccountId(),
              d.region(),
              d.registrationCode() == null ? state.newRegistrationCode() : d.registrationCode(),
              // One seeded REGISTERING walks on from now as one registered through the API now
              // would.
              d.state() == DirectoryState.REGISTERING ? now.plus(rules.imageReadyAfter()) : now,
              d.subnetIds(),
              Boolean.TRUE.equals(d.enableSelfService()),
              d.tenancy() == null ? "SHARED" : d.tenancy(),
              d.workspaceDirectoryName(),
              d.workspaceDirectoryDescription(),
              d.userIdentityType(),
              d.workspaceType()));
    }
  }

  /** A seeded import; one in flight walks on from {@code now} as an import the API started now would. */
  private static CustomImageImportEntry importEntry(
      Seed.CustomImageImport c, Instant now, SeedRules rules) {
    CustomImageImportState start = c.state() == null ? CustomImageImportState.PENDING : c.state();
    Instant created = c.created() == null ? now : c.created();
    CustomImageImportEntry entry =
        new CustomImageImportEntry(
            c.imageId(),
            c.ownerAccountId(),
            c.region(),
            c.imageName() == null ? c.imageId() : c.imageName(),
            c.imageDescription(),
            c.infrastructureConfigurationArn(),
            c.ec2ImageId() == null
                    && c.ec2ImportTaskId() == null
                    && c.imageBuildVersionArn() == null
                ? null
                : new CustomImageImportEntry.ImageSource(
                    c.ec2ImportTaskId(), c.imageBuildVersionArn(), c.ec2ImageId()),
            created,
            start,
            c.lastUpdatedTime() == null ? created : c.lastUpdatedTime(),
            start.isFinal()
                ? null
                : CustomImageImportEntry.Walk.from(
                    now,
                    rules.imageReadyAfter(),
                    c.errorDetails().isEmpty()
                        ? CustomImageImportState.COMPLETED
                        : CustomImageImportState.ERROR),
            c.errorDetails());
    c.tags().forEach(t -> entry.tags().put(t.key(), t.value()));
    return entry;
  }
}
