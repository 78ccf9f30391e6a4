package dev.wsmock.internal.operations;

import dev.wsmock.Operation;
import dev.wsmock.internal.model.BundleEntry;
import dev.wsmock.internal.shapes.BundleShapes.DescribeWorkspaceBundlesRequest;
import dev.wsmock.internal.shapes.BundleShapes.DescribeWorkspaceBundlesResult;
import dev.wsmock.internal.shapes.BundleShapes.WorkspaceBundle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The caller's custom bundles, or those named by {@code BundleIds}; {@code Owner=AMAZON} lists Amazon's public
 * bundles, which wsmock does not model (an empty list). Filtering by both ids and owner is refused, as documented.
 */
final class DescribeWorkspaceBundlesHandler
    implements OperationHandler<DescribeWorkspaceBundlesRequest, DescribeWorkspaceBundlesResult> {
  private static final Comparator<BundleEntry> ORDER =
      Comparator.comparing(BundleEntry::creationTime).thenComparing(BundleEntry::bundleId);
  private final ModelContext context;

  DescribeWorkspaceBundlesHandler(ModelContext context) {
    this.context = context;
  }

  @Override
  public Operation operation() {
    return Operation.DESCRIBE_WORKSPACE_BUNDLES;
  }

  @Override
  public Class<DescribeWorkspaceBundlesRequest> inputType() {
    return DescribeWorkspaceBundlesRequest.class;
  }

  @Override
  public DescribeWorkspaceBundlesResult handle(Caller caller, DescribeWorkspaceBundlesRequest input) {
    if (input.bundleIds() != null && input.owner() != null) {
      throw Messages.bundleFilterConflict();
    }
    String filter = input.owner() + "|" + (input.bundleIds() == null ? "*" : String.join(",", new TreeSet<>(input.bundleIds())));
    String after = input.nextToken() == null
        ? null
        : context.pageTokens().cursor(operation(), caller, filter, input.nextToken());
    boolean amazonOwned = "AMAZON".equals(input.owner());
    Set<String> wanted = input.bundleIds() == null ? null : new HashSet<>(input.bundleIds());

    return context.state().read(() -> {
      List<BundleEntry> matching = new ArrayList<>();
      if (!amazonOwned) {
        for (BundleEntry bundle : context.state().region(caller.region()).bundles()) {
          if (bundle.ownerAccountId().equals(caller.accountId())
              && (wanted == null || wanted.contains(bundle.bundleId()))) {
            matching.add(bundle);
          }
        }
      }
      matching.sort(ORDER);
      int start = 0;
      if (after != null) {
        while (start < matching.size() && !matching.get(start).bundleId().equals(after)) {
          start++;
        }
        start++;
      }
      int end = Math.min(matching.size(), start + DescribeWorkspaceImagesHandler.DEFAULT_PAGE_SIZE);
      List<WorkspaceBundle> page = new ArrayList<>();
      for (int i = Math.min(start, end); i < end; i++) {
        page.add(BundleRules.toShape(matching.get(i)));
      }
      String nextToken = end < matching.size()
          ? context.pageTokens().issue(operation(), caller, filter, matching.get(end - 1).bundleId())
          : null;
      return new DescribeWorkspaceBundlesResult(page, nextToken);
    });
  }
}
