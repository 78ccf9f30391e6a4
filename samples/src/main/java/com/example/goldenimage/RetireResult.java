package com.example.goldenimage;

import java.util.List;

/**
 * What {@link ImageRetirer#retire} did.
 *
 * <pre>{@code
 * if (retirer.retire("wsi-golden001") instanceof RetireResult.StillInUse inUse) {
 *   ticket("move bundles " + inUse.bundleIds() + " to the new image first");
 * }
 * }</pre>
 */
public sealed interface RetireResult {
  String imageId();

  /** Unshared from {@code unsharedAccounts} and deleted. */
  record Retired(String imageId, List<String> unsharedAccounts) implements RetireResult {
    public Retired {
      unsharedAccounts = List.copyOf(unsharedAccounts);
    }
  }

  /**
   * Not deleted: the bundles {@code bundleIds} still launch WorkSpaces from it. {@code unsharedAccounts} is empty
   * unless a bundle appeared while the image was being retired.
   */
  record StillInUse(String imageId, List<String> bundleIds, List<String> unsharedAccounts)
      implements RetireResult {
    public StillInUse {
      bundleIds = List.copyOf(bundleIds);
      unsharedAccounts = List.copyOf(unsharedAccounts);
    }
  }

  /** The image does not exist (any more) for this account: nothing to do. */
  record AlreadyGone(String imageId) implements RetireResult {}
}
