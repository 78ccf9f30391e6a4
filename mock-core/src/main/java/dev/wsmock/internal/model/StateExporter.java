package dev.wsmock.internal.model;

import dev.wsmock.ImageState;
import dev.wsmock.Seed;
import dev.wsmock.Tag;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The whole state as a {@link Seed}, so that it round-trips through a seed file. */
public final class StateExporter {
  private StateExporter() {}

  /** Must be called under the state's read lock. */
  public static Seed export(ServiceState state, Instant now) {
    List<Seed.Account> accounts =
        state.accounts().stream()
            .map(
                a ->
                    new Seed.Account(
                        a.accountId(), a.accessKeyIds(), a.byolEnabled(), a.organizationId()))
            .toList();
    List<Seed.Image> images = new ArrayList<>();
    List<Seed.Workspace> workspaces = new ArrayList<>();
    List<Seed.Bundle> bundles = new ArrayList<>();
    for (RegionState region : state.regions()) {
      region.images().stream()
          .sorted(ImageEntry.LISTING_ORDER)
          .forEach(
              image -> {
                List<Tag> tags = new ArrayList<>();
                image.tags().forEach((k, v) -> tags.add(new Tag(k, v)));
                ImageState imageState = image.stateAt(now);
                images.add(
                    new Seed.Image(
                        image.imageId(),
                        image.ownerAccountId(),
                        image.region(),
                        image.name(),
                        image.description(),
                        new Seed.OperatingSystem(image.operatingSystem()),
                        imageState,
                        image.requiredTenancy(),
                        image.created(),
                        image.errorCodeAt(now),
                        image.errorMessageAt(now),
                        image.errorDetailsAt(now),
                        image.sharedAccountIds(),
                        tags));
              });
      region
          .workspaces()
          .forEach(
              w ->
                  workspaces.add(
                      new Seed.Workspace(
                          w.workspaceId(),
                          w.ownerAccountId(),
                          w.region(),
                          w.seededState(),
                          w.operatingSystem() == null
                              ? null
                              : new Seed.OperatingSystem(w.operatingSystem()),
                          w.bundleId())));
      region
          .bundles()
          .forEach(
              b ->
                  bundles.add(
                      new Seed.Bundle(
                          b.bundleId(),
                          b.ownerAccountId(),
                          b.region(),
                          b.name(),
                          b.description(),
                          b.imageId())));
    }
    return new Seed(state.defaultAccountId(), accounts, images, workspaces, bundles);
  }
}
