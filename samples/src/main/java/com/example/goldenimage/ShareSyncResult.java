package com.example.goldenimage;

import java.util.List;

/**
 * What {@link ImageDistributor#syncShares} did.
 *
 * <pre>{@code
 * switch (distributor.syncShares("wsi-golden001", accounts)) {
 *   case ShareSyncResult.Synced s -> log.info("granted {} revoked {}", s.granted(), s.revoked());
 *   case ShareSyncResult.SharingRefused r -> alert("cannot share " + r.imageId() + ": " + r.reason());
 * }
 * }</pre>
 */
public sealed interface ShareSyncResult {
  String imageId();

  /** Accounts newly granted, in the order granted. */
  List<String> granted();

  /** Accounts whose share was removed, in the order revoked. */
  List<String> revoked();

  /** The shares now match the desired accounts. {@code unchanged} were already shared and left alone. */
  record Synced(String imageId, List<String> granted, List<String> revoked, List<String> unchanged)
      implements ShareSyncResult {
    public Synced {
      granted = List.copyOf(granted);
      revoked = List.copyOf(revoked);
      unchanged = List.copyOf(unchanged);
    }
  }

  /**
   * AWS refuses to share this image at all in its region (BYOL images in GovCloud). Revokes were still applied;
   * {@code notGranted} lists the accounts that could not be given the image.
   */
  record SharingRefused(
      String imageId,
      List<String> granted,
      List<String> revoked,
      List<String> notGranted,
      String reason)
      implements ShareSyncResult {
    public SharingRefused {
      granted = List.copyOf(granted);
      revoked = List.copyOf(revoked);
      notGranted = List.copyOf(notGranted);
    }
  }
}
