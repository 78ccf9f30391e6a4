package com.example.goldenimage;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;
import software.amazon.awssdk.services.workspaces.model.ResourceAssociatedException;
import software.amazon.awssdk.services.workspaces.model.ResourceNotFoundException;
import software.amazon.awssdk.services.workspaces.model.WorkspaceBundle;

/**
 * Retires an owned image: unshares it from every account, then deletes it. An image that bundles still use is
 * reported with those bundles instead, and keeps its shares (recipients lose nothing for an image that stays).
 *
 * <pre>{@code
 * RetireResult result = new ImageRetirer(ownerClient).retire("wsi-golden001");
 * }</pre>
 */
public final class ImageRetirer {
  private final WorkSpacesClient workspaces;
  private final ImagePermissions permissions;
  private final OwnedBundles bundles;

  public ImageRetirer(WorkSpacesClient owner) {
    this.workspaces = owner;
    this.permissions = new ImagePermissions(owner);
    this.bundles = new OwnedBundles(owner);
  }

  public RetireResult retire(String imageId) {
    List<String> bundles = bundlesUsing(imageId);
    if (!bundles.isEmpty()) {
      return new RetireResult.StillInUse(imageId, bundles, List.of());
    }
    List<String> shared;
    try {
      shared = permissions.sharedAccounts(imageId);
    } catch (ResourceNotFoundException e) {
      return new RetireResult.AlreadyGone(imageId);
    }
    List<String> unshared = new ArrayList<>();
    for (String account : shared) {
      permissions.revoke(imageId, account);
      unshared.add(account);
    }
    try {
      workspaces.deleteWorkspaceImage(r -> r.imageId(imageId));
    } catch (ResourceAssociatedException e) {
      // A bundle was created on the image since we looked (AWS: "One or more bundles are associated
      // with the
      // Image..."). Name the bundles rather than surfacing the bare error.
      List<String> late = bundlesUsing(imageId);
      if (late.isEmpty()) {
        throw e;
      }
      return new RetireResult.StillInUse(imageId, late, unshared);
    }
    return new RetireResult.Retired(imageId, unshared);
  }

  private List<String> bundlesUsing(String imageId) {
    return bundles.using(imageId).stream().map(WorkspaceBundle::bundleId).toList();
  }
}
