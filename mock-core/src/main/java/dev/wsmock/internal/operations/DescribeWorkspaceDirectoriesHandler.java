package dev.wsmock.internal.operations;

import dev.wsmock.Operation;
import dev.wsmock.internal.model.DirectoryEntry;
import dev.wsmock.internal.shapes.DirectoryShapes.DescribeWorkspaceDirectoriesRequest;
import dev.wsmock.internal.shapes.DirectoryShapes.DescribeWorkspaceDirectoriesResult;
import dev.wsmock.internal.shapes.DirectoryShapes.WorkspaceDirectory;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeSet;

/**
 * The caller's directories in its region, or those named by {@code DirectoryIds}, in id order; {@code Limit} (1 to
 * 25, the contract checks it) per page, 25 without one. Ids that are not registered are left out, not refused.
 */
final class DescribeWorkspaceDirectoriesHandler
    implements OperationHandler<
        DescribeWorkspaceDirectoriesRequest, DescribeWorkspaceDirectoriesResult> {
  static final int DEFAULT_PAGE_SIZE = 25;
  private final ModelContext context;

  DescribeWorkspaceDirectoriesHandler(ModelContext context) {
    this.context = context;
  }

  @Override
  public Operation operation() {
    return Operation.DESCRIBE_WORKSPACE_DIRECTORIES;
  }

  @Override
  public Class<DescribeWorkspaceDirectoriesRequest> inputType() {
    return DescribeWorkspaceDirectoriesRequest.class;
  }

  @Override
  public DescribeWorkspaceDirectoriesResult handle(
      Caller caller, DescribeWorkspaceDirectoriesRequest input) {
    Set<String> wanted = input.directoryIds() == null ? null : new TreeSet<>(input.directoryIds());
    String filter = wanted == null ? "*" : String.join(",", wanted);
    // Keyset cursor: the last id returned, so a directory deregistered between pages skips nothing.
    String after =
        input.nextToken() == null
            ? null
            : context.pageTokens().cursor(operation(), caller, filter, input.nextToken());
    int pageSize = input.limit() == null ? DEFAULT_PAGE_SIZE : input.limit();
    return context
        .state()
        .read(
            () -> {
              NavigableMap<String, DirectoryEntry> owned =
                  context.state().region(caller.region()).directoriesOf(caller.accountId());
              NavigableMap<String, DirectoryEntry> rest =
                  after == null ? owned : owned.tailMap(after, false);
              List<WorkspaceDirectory> page = new ArrayList<>();
              String last = null;
              boolean more = false;
              for (DirectoryEntry directory : rest.values()) {
                if (wanted != null && !wanted.contains(directory.directoryId())) {
                  continue;
                }
                if (page.size() == pageSize) {
                  more = true;
                  break;
                }
                page.add(DirectoryRules.toShape(directory, caller.now()));
                last = directory.directoryId();
              }
              String nextToken =
                  more ? context.pageTokens().issue(operation(), caller, filter, last) : null;
              return new DescribeWorkspaceDirectoriesResult(page, nextToken);
            });
  }
}
