package dev.wsmock.internal.operations;

import dev.wsmock.Operation;
import dev.wsmock.internal.model.BundleEntry;
import dev.wsmock.internal.shapes.BundleShapes.DescribeWorkspaceBundlesRequest;
import dev.wsmock.internal.shapes.BundleShapes.DescribeWorkspaceBundlesResult;
import dev.wsmock.internal.shapes.BundleShapes.WorkspaceBundle;
import java.time.Instant;
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
  public DescribeWorkspaceBundlesResult handle(
      Caller caller, DescribeWorkspaceBundlesRequest input) {
    if (input.bundleIds() != null && input.owner() != null) {
      throw ErrorTexts.bundleFilterConflict();
    }
    String filter =
        input.owner()
            + "|"
            + (input.bundleIds() == null
                ? "*"
                : String.join(",", new TreeSet<>(input.bundleIds())));
    String after =
        input.nextToken() == null
            ? null
            : context.pageTokens().cursor(operation(), caller, filter, input.nextToken());
    boolean amazonOwned = "AMAZON".equals(input.owner());
    Set<String> wanted = input.bundleIds() == null ? null : new HashSet<>(input.bundleIds());

    return context
        .state()
        .read(
            () -> {
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
              // Keyset cursor: the first bundle after the last one returned, even if that one was
              // deleted meanwhile.
              int start = 0;
              if (after != null) {
                BundleCursor cursor = BundleCursor.decode(after);
                while (start < matching.size() && !cursor.isBefore(matching.get(start))) {
                  start++;
                }
              }
              int end =
                  Math.min(
                      matching.size(), start + DescribeWorkspaceImagesHandler.DEFAULT_PAGE_SIZE);
              List<WorkspaceBundle> page = new ArrayList<>();
              for (int i = Math.min(start, end); i < end; i++) {
                page.add(BundleRules.toShape(matching.get(i)));
              }
              String nextToken =
                  end < matching.size()
                      ? context
                          .pageTokens()
                          .issue(
                              operation(),
                              caller,
                              filter,
                              BundleCursor.after(matching.get(end - 1)).encode())
                      : null;
              return new DescribeWorkspaceBundlesResult(page, nextToken);
            });
  }

  /** The position after the last bundle of a page, in {@link #ORDER}. */
  private record BundleCursor(Instant created, String bundleId) {
    static BundleCursor after(BundleEntry bundle) {
      return new BundleCursor(bundle.creationTime(), bundle.bundleId());
    }

    String encode() {
      return created.getEpochSecond() + ":" + created.getNano() + ":" + bundleId;
    }

    static BundleCursor decode(String text) {
      String[] parts = text.split(":", 3);
      try {
        return new BundleCursor(
            Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1])), parts[2]);
      } catch (RuntimeException e) {
        throw ErrorTexts.invalidToken();
      }
    }

    boolean isBefore(BundleEntry bundle) {
      int byTime = created.compareTo(bundle.creationTime());
      return byTime < 0 || (byTime == 0 && bundleId.compareTo(bundle.bundleId()) < 0);
    }
  }
}
