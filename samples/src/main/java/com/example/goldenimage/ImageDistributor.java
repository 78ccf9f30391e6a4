package com.example.goldenimage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;
import software.amazon.awssdk.services.workspaces.model.OperationNotSupportedException;

/**
 * Keeps the accounts an image is shared with equal to a desired set: grants the missing ones, revokes the extra
 * ones, touches nothing else. Safe to run again after any failure; a rerun finishes the job.
 *
 * <pre>{@code
 * ImageDistributor distributor = new ImageDistributor(ownerClient);
 * ShareSyncResult result = distributor.syncShares("wsi-golden001", List.of("222222222222", "333333333333"));
 * }</pre>
 */
public final class ImageDistributor {
  private final ImagePermissions permissions;

  public ImageDistributor(WorkSpacesClient owner) {
    this.permissions = new ImagePermissions(owner);
  }

  /**
   * Makes {@code desiredAccounts} exactly the accounts {@code imageId} is shared with (in the client's region).
   * Revokes come first, so an account that should lose the image never keeps it longer than needed.
   */
  public ShareSyncResult syncShares(String imageId, Collection<String> desiredAccounts) {
    Set<String> desired = new LinkedHashSet<>(desiredAccounts);
    List<String> current = permissions.sharedAccounts(imageId);

    List<String> unchanged = current.stream().filter(desired::contains).toList();
    List<String> toRevoke = current.stream().filter(a -> !desired.contains(a)).toList();
    List<String> toGrant = desired.stream().filter(a -> !current.contains(a)).toList();

    List<String> revoked = new ArrayList<>();
    for (String account : toRevoke) {
      permissions.revoke(imageId, account);
      revoked.add(account);
    }
    List<String> granted = new ArrayList<>();
    for (String account : toGrant) {
      try {
        permissions.grant(imageId, account);
      } catch (OperationNotSupportedException e) {
        // GovCloud refuses to share BYOL images across accounts. Not a fault to retry or page
        // someone about at 3am:
        // a fact about this image, reported as such.
        return new ShareSyncResult.SharingRefused(
            imageId,
            granted,
            revoked,
            toGrant.subList(granted.size(), toGrant.size()),
            e.awsErrorDetails().errorMessage());
      }
      granted.add(account);
    }
    return new ShareSyncResult.Synced(imageId, granted, revoked, unchanged);
  }
}
