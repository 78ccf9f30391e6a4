package dev.wsmock;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A snapshot of one image, with every member of the AWS {@code WorkspaceImage} shape plus the region it
 * lives in and the accounts it is shared with (which AWS only shows its owner, through
 * DescribeWorkspaceImagePermissions).
 *
 * <pre>{@code
 * WorkspaceImage image = mock.image("us-east-1", "wsi-golden001").orElseThrow();
 * assert image.state() == ImageState.AVAILABLE;
 * }</pre>
 *
 * @param errorCode {@code null} unless {@code state} is {@code ERROR}
 * @param errorMessage {@code null} unless {@code state} is {@code ERROR}
 * @param errorDetails empty unless {@code state} is {@code ERROR}
 * @param sharedAccountIds in grant order
 * @param tags in the order they were first set
 * @param updates {@code Updates}; {@code null} when the image has none (DescribeWorkspaceImages leaves them out)
 */
public record WorkspaceImage(
    String imageId,
    String ownerAccountId,
    String region,
    String name,
    String description,
    OperatingSystemType operatingSystem,
    ImageState state,
    RequiredTenancy requiredTenancy,
    Instant created,
    String errorCode,
    String errorMessage,
    List<ImageErrorDetail> errorDetails,
    List<String> sharedAccountIds,
    List<Tag> tags,
    ImageUpdates updates) {

  public WorkspaceImage {
    Objects.requireNonNull(imageId, "imageId");
    Objects.requireNonNull(ownerAccountId, "ownerAccountId");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(state, "state");
    errorDetails = List.copyOf(errorDetails);
    sharedAccountIds = List.copyOf(sharedAccountIds);
    tags = List.copyOf(tags);
  }

  /** Whether {@code accountId} holds a share permission on this image. */
  public boolean isSharedWith(String accountId) {
    return sharedAccountIds.contains(accountId);
  }

  /** Whether its {@code Updates} say an update is available (CreateUpdatedWorkspaceImage would accept it). */
  public boolean hasUpdateAvailable() {
    return updates != null && updates.hasUpdate();
  }

  /** {@code true} for a BYOL image ({@code RequiredTenancy} {@code DEDICATED}). */
  public boolean isByol() {
    return requiredTenancy == RequiredTenancy.DEDICATED;
  }
}
