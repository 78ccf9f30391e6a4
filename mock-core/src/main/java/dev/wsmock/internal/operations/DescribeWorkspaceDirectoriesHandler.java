package dev.wsmock.internal.operations;

import dev.wsmock.Operation;
import dev.wsmock.internal.model.DirectoryEntry;
import dev.wsmock.internal.shapes.DirectoryShapes.DescribeWorkspaceDirectoriesRequest;
import dev.wsmock.internal.shapes.DirectoryShapes.DescribeWorkspaceDirectoriesResult;
import dev.wsmock.internal.shapes.DirectoryShapes.DirectoriesFilter;
import dev.wsmock.internal.shapes.DirectoryShapes.WorkspaceDirectory;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeSet;

/**
 * The caller's directories in its region that match every criterion given ({@code DirectoryIds},
 * {@code WorkspaceDirectoryNames}, each of {@code Filters}), in id order; {@code Limit} (1 to 25, the contract checks
 * it) per page, 25 without one. Ids that are not registered are left out, not refused.
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
    Criteria criteria = Criteria.of(input);
    String filter = criteria.key();
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
                if (!criteria.matches(directory)) {
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

  /** What a directory must match; {@code null} members ask nothing. Sorted, so the token binds the same filter. */
  private record Criteria(
      Set<String> ids, Set<String> names, Set<String> identityTypes, Set<String> workspaceTypes) {
    static Criteria of(DescribeWorkspaceDirectoriesRequest input) {
      Set<String> identityTypes = null;
      Set<String> workspaceTypes = null;
      if (input.filters() != null) {
        for (DirectoriesFilter f : input.filters()) {
          Set<String> values = new TreeSet<>(f.values() == null ? List.of() : f.values());
          if ("USER_IDENTITY_TYPE".equals(f.name())) {
            identityTypes = both(identityTypes, values);
          } else {
            workspaceTypes = both(workspaceTypes, values);
          }
        }
      }
      return new Criteria(
          sorted(input.directoryIds()),
          sorted(input.workspaceDirectoryNames()),
          identityTypes,
          workspaceTypes);
    }

    /** Two filters of one name must both hold: a value in either only matches nothing more. */
    private static Set<String> both(Set<String> earlier, Set<String> values) {
      if (earlier == null) {
        return values;
      }
      earlier.retainAll(values);
      return earlier;
    }

    private static Set<String> sorted(List<String> values) {
      return values == null ? null : new TreeSet<>(values);
    }

    boolean matches(DirectoryEntry d) {
      return within(ids, d.directoryId())
          && within(names, d.name())
          && within(identityTypes, d.userIdentityType())
          && within(workspaceTypes, d.workspaceType());
    }

    private static boolean within(Set<String> allowed, String value) {
      return allowed == null || (value != null && allowed.contains(value));
    }

    String key() {
      return ids + "|" + names + "|" + identityTypes + "|" + workspaceTypes;
    }
  }
}
