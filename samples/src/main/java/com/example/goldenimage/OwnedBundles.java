package com.example.goldenimage;

import java.util.List;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;
import software.amazon.awssdk.services.workspaces.model.WorkspaceBundle;

/** The caller's own bundles; shared by the retirer and the updater. */
final class OwnedBundles {
  private final WorkSpacesClient workspaces;

  OwnedBundles(WorkSpacesClient workspaces) {
    this.workspaces = workspaces;
  }

  /** The caller's own bundles built on {@code imageId}, across all pages. */
  List<WorkspaceBundle> using(String imageId) {
    return workspaces.describeWorkspaceBundlesPaginator(r -> {}).bundles().stream()
        .filter(b -> imageId.equals(b.imageId()))
        .toList();
  }
}
