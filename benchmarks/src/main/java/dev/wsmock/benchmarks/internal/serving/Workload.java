package dev.wsmock.benchmarks.internal.serving;

import dev.wsmock.benchmarks.internal.Seeds;
import dev.wsmock.benchmarks.internal.wire.WireRequest;
import java.util.List;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;

/**
 * The three operations measured side by side, against {@link Seeds#realistic()}. Each has a raw form (request
 * bytes) and an SDK form that send the same body. The permission update toggles a share of one image with an
 * account per thread (grant, revoke, grant, ...), so every call on the mock is a real mutation and threads never
 * race for the same grant.
 */
enum Workload {
  /** Polling one image by id: what a test waiting for AVAILABLE sends. */
  DESCRIBE_IMAGES("DescribeWorkspaceImages"),
  /** The permissions of an image shared with 5 accounts. */
  DESCRIBE_PERMISSIONS("DescribeWorkspaceImagePermissions"),
  /** Share / unshare an image with the thread's own account. */
  UPDATE_PERMISSION("UpdateWorkspaceImagePermission");

  private final String operation;

  Workload(String operation) {
    this.operation = operation;
  }

  String operation() {
    return operation;
  }

  private static String togglingAccount(int thread) {
    return Seeds.recipient(100 + thread);
  }

  /** The requests thread {@code thread} sends, in turn, to the seeded mock. */
  List<WireRequest> wireRequests(int thread) {
    return wireRequests(MeasuredImages.SEEDED, thread);
  }

  /** The requests thread {@code thread} sends, in turn, about {@code images}. */
  List<WireRequest> wireRequests(MeasuredImages images, int thread) {
    return switch (this) {
      case DESCRIBE_IMAGES -> {
        var members = WireRequest.members();
        members.putArray("ImageIds").add(images.sharedImage());
        yield List.of(request(images, members));
      }
      case DESCRIBE_PERMISSIONS ->
          List.of(request(images, WireRequest.members().put("ImageId", images.sharedImage())));
      case UPDATE_PERMISSION ->
          List.of(toggle(images, thread, true), toggle(images, thread, false));
    };
  }

  private WireRequest toggle(MeasuredImages images, int thread, boolean allow) {
    return request(
        images,
        WireRequest.members()
            .put("ImageId", images.toggledImage())
            .put("AllowCopyImage", allow)
            .put("SharedAccountId", togglingAccount(thread)));
  }

  private WireRequest request(
      MeasuredImages images, com.fasterxml.jackson.databind.node.ObjectNode members) {
    return WireRequest.of(operation, images.accountId(), Seeds.REGION, members);
  }

  /** Call {@code n} of thread {@code thread}, through the SDK; the same bodies as {@link #wireRequests}. */
  void callSdk(WorkSpacesClient client, int thread, long n) {
    switch (this) {
      case DESCRIBE_IMAGES -> client.describeWorkspaceImages(r -> r.imageIds(Seeds.SHARED_IMAGE));
      case DESCRIBE_PERMISSIONS ->
          client.describeWorkspaceImagePermissions(r -> r.imageId(Seeds.SHARED_IMAGE));
      case UPDATE_PERMISSION ->
          client.updateWorkspaceImagePermission(
              r ->
                  r.imageId(MeasuredImages.SEEDED.toggledImage())
                      .allowCopyImage(n % 2 == 0)
                      .sharedAccountId(togglingAccount(thread)));
    }
  }
}
