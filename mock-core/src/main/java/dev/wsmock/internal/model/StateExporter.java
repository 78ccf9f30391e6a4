package dev.wsmock.internal.model;

import dev.wsmock.ImageState;
import dev.wsmock.Seed;
import dev.wsmock.Tag;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The whole state as a {@link Seed}, so that it round-trips through a seed file. */
public final class StateExporter {
  private StateExporter() {}

  /** Must be called under the state's read lock. */
  public static Seed export(ServiceState state, Instant now) {
    Seed.Builder seed = Seed.builder().defaultAccountId(state.defaultAccountId());
    state
        .accounts()
        .forEach(
            a ->
                seed.account(
                    a.accountId(),
                    b ->
                        b.accessKeyIds(a.accessKeyIds())
                            .byolEnabled(a.byolEnabled())
                            .organizationId(a.organizationId())));
    for (RegionState region : state.regions()) {
      region.images().stream()
          .sorted(ImageEntry.LISTING_ORDER)
          .forEach(
              image -> {
                List<Tag> tags = new ArrayList<>();
                image.tags().forEach((k, v) -> tags.add(new Tag(k, v)));
                ImageState imageState = image.stateAt(now);
                seed.image(
                    image.imageId(),
                    image.ownerAccountId(),
                    image.region(),
                    i ->
                        i.name(image.name())
                            .description(image.description())
                            .operatingSystem(image.operatingSystem())
                            .state(imageState)
                            .requiredTenancy(image.requiredTenancy())
                            .created(image.created())
                            .errorCode(image.errorCodeAt(now))
                            .errorMessage(image.errorMessageAt(now))
                            .errorDetails(image.errorDetailsAt(now))
                            .sharedWith(image.sharedAccountIds())
                            .tags(tags)
                            .updates(image.updatesAt(now)));
              });
      region
          .workspaces()
          .forEach(
              w ->
                  seed.workspace(
                      w.workspaceId(),
                      w.ownerAccountId(),
                      w.region(),
                      s ->
                          s.state(w.seededState())
                              .operatingSystem(w.operatingSystem())
                              .bundleId(w.bundleId())
                              .directoryId(w.directoryId())));
      region
          .bundles()
          .forEach(
              b ->
                  seed.bundle(
                      b.bundleId(),
                      b.ownerAccountId(),
                      b.region(),
                      s -> s.name(b.name()).description(b.description()).imageId(b.imageId())));
      region.imports().stream()
          .sorted(
              Comparator.comparing(CustomImageImportEntry::created)
                  .thenComparing(CustomImageImportEntry::imageId))
          .forEach(c -> seed.customImageImport(exported(c, now)));
      region
          .directories()
          .forEach(
              d ->
                  seed.directory(
                      d.directoryId(),
                      d.ownerAccountId(),
                      d.region(),
                      s ->
                          s.state(d.stateAt(now))
                              .registrationCode(d.registrationCode())
                              .subnetIds(d.subnetIds())
                              .enableSelfService(d.selfService() ? Boolean.TRUE : null)
                              .tenancy(d.tenancy())
                              .workspaceDirectoryName(d.name())
                              .workspaceDirectoryDescription(d.description())
                              .userIdentityType(d.userIdentityType())
                              .workspaceType(d.workspaceType())));
    }
    return seed.build();
  }

  /**
   * An import as it is now; one in flight keeps the details it will end in ERROR with, so a seed of the export ends
   * it the same way (its walk restarts when that seed is loaded).
   */
  private static Seed.CustomImageImport exported(CustomImageImportEntry c, Instant now) {
    List<Tag> tags = new ArrayList<>();
    c.tags().forEach((k, v) -> tags.add(new Tag(k, v)));
    CustomImageImportEntry.ImageSource source = c.imageSource();
    return Seed.CustomImageImport.builder(c.imageId(), c.ownerAccountId(), c.region())
        .imageName(c.imageName())
        .imageDescription(c.imageDescription())
        .infrastructureConfigurationArn(c.infrastructureConfigurationArn())
        .ec2ImageId(source == null ? null : source.ec2ImageId())
        .ec2ImportTaskId(source == null ? null : source.ec2ImportTaskId())
        .imageBuildVersionArn(source == null ? null : source.imageBuildVersionArn())
        .state(c.stateAt(now))
        .created(c.created())
        .lastUpdatedTime(c.lastUpdatedAt(now))
        .errorDetails(c.plannedErrorDetails())
        .tags(c.inFlight() ? tags : List.of())
        .build();
  }
}
