package com.example.goldenimage;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;
import software.amazon.awssdk.services.workspaces.model.DescribeWorkspaceImagePermissionsRequest;
import software.amazon.awssdk.services.workspaces.model.DescribeWorkspaceImagePermissionsResponse;
import software.amazon.awssdk.services.workspaces.model.ImagePermission;
import software.amazon.awssdk.services.workspaces.model.InvalidParameterValuesException;

/** Reads and changes an owned image's share permissions; shared by the distributor and the retirer. */
final class ImagePermissions {
  private final WorkSpacesClient workspaces;

  ImagePermissions(WorkSpacesClient workspaces) {
    this.workspaces = workspaces;
  }

  /** Every account the image is shared with, in grant order, across all pages. */
  List<String> sharedAccounts(String imageId) {
    // The SDK has no paginator for this operation: loop on NextToken ourselves.
    List<String> accounts = new ArrayList<>();
    String nextToken = null;
    do {
      DescribeWorkspaceImagePermissionsResponse page =
          workspaces.describeWorkspaceImagePermissions(
              DescribeWorkspaceImagePermissionsRequest.builder()
                  .imageId(imageId)
                  .nextToken(nextToken)
                  .build());
      page.imagePermissions().stream().map(ImagePermission::sharedAccountId).forEach(accounts::add);
      nextToken = page.nextToken();
    } while (nextToken != null && !nextToken.isEmpty());
    return accounts;
  }

  /** Shares the image with {@code accountId}; granting an existing share is a no-op in AWS, so retries are safe. */
  void grant(String imageId, String accountId) {
    workspaces.updateWorkspaceImagePermission(
        r -> r.imageId(imageId).sharedAccountId(accountId).allowCopyImage(true));
  }

  /** Unshares the image from {@code accountId}, tolerating a revoke that already happened. */
  void revoke(String imageId, String accountId) {
    try {
      workspaces.updateWorkspaceImagePermission(
          r -> r.imageId(imageId).sharedAccountId(accountId).allowCopyImage(false));
    } catch (InvalidParameterValuesException e) {
      // AWS refuses to revoke a share that does not exist. After a lost response the SDK's retry
      // lands exactly
      // there, so the refusal means "done" once a fresh read shows the account is gone.
      if (sharedAccounts(imageId).contains(accountId)) {
        throw e;
      }
    }
  }
}
