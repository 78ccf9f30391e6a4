package dev.wsmock.internal.operations;

import dev.wsmock.Operation;
import dev.wsmock.internal.model.ImageEntry;
import dev.wsmock.internal.model.RegionState;
import dev.wsmock.internal.shapes.ImageShapes.DescribeWorkspaceImagesRequest;
import dev.wsmock.internal.shapes.ImageShapes.DescribeWorkspaceImagesResult;
import dev.wsmock.internal.shapes.ImageShapes.WorkspaceImage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * Owned images and images shared with the caller, in {@code Created} then {@code ImageId} order. {@code ImageType}
 * and {@code ImageIds} combine with AND; ids the caller cannot see are silently left out, as AWS does.
 */
final class DescribeWorkspaceImagesHandler
    implements OperationHandler<DescribeWorkspaceImagesRequest, DescribeWorkspaceImagesResult> {
  static final int DEFAULT_PAGE_SIZE = 25;
  private final ModelContext context;

  DescribeWorkspaceImagesHandler(ModelContext context) {
    this.context = context;
  }

  @Override
  public Operation operation() {
    return Operation.DESCRIBE_WORKSPACE_IMAGES;
  }

  @Override
  public Class<DescribeWorkspaceImagesRequest> inputType() {
    return DescribeWorkspaceImagesRequest.class;
  }

  @Override
  public DescribeWorkspaceImagesResult handle(Caller caller, DescribeWorkspaceImagesRequest input) {
    boolean owned = !"SHARED".equals(input.imageType());
    boolean shared = !"OWNED".equals(input.imageType());
    String filter = filterOf(input);
    ImageCursor cursor =
        input.nextToken() == null
            ? null
            : ImageCursor.decode(
                context.pageTokens().cursor(operation(), caller, filter, input.nextToken()));
    int pageSize = input.maxResults() == null ? DEFAULT_PAGE_SIZE : input.maxResults();

    return context
        .state()
        .read(
            () -> {
              RegionState region = context.state().region(caller.region());
              Iterator<ImageEntry> candidates =
                  input.imageIds() == null
                      ? merged(
                          tail(owned ? region.ownedBy(caller.accountId()) : null, cursor),
                          seenBy(
                              caller,
                              tail(shared ? region.sharedWith(caller.accountId()) : null, cursor)))
                      : requested(region, caller, input.imageIds(), owned, shared, cursor);
              List<WorkspaceImage> page = new ArrayList<>(Math.min(pageSize, 32));
              ImageEntry last = null;
              while (candidates.hasNext() && page.size() < pageSize) {
                last = candidates.next();
                page.add(ImageRules.toDescribedShape(last, caller.now()));
              }
              String nextToken =
                  candidates.hasNext()
                      ? context
                          .pageTokens()
                          .issue(operation(), caller, filter, ImageCursor.after(last).encode())
                      : null;
              return new DescribeWorkspaceImagesResult(page, nextToken);
            });
  }

  private static String filterOf(DescribeWorkspaceImagesRequest input) {
    String ids = input.imageIds() == null ? "*" : String.join(",", new TreeSet<>(input.imageIds()));
    return input.imageType() + "|" + ids;
  }

  private static Iterator<ImageEntry> tail(NavigableSet<ImageEntry> set, ImageCursor cursor) {
    if (set == null) { // this half of the listing is filtered out by ImageType
      return Collections.emptyIterator();
    }
    return (cursor == null ? set : set.tailSet(cursor.probe(), false)).iterator();
  }

  private static Iterator<ImageEntry> requested(
      RegionState region,
      Caller caller,
      List<String> ids,
      boolean owned,
      boolean shared,
      ImageCursor cursor) {
    String accountId = caller.accountId();
    TreeSet<ImageEntry> found = new TreeSet<>(ImageEntry.LISTING_ORDER);
    for (String id : ids) {
      ImageEntry image = region.image(id);
      if (image != null
          && (cursor == null || cursor.isBefore(image))
          && ((owned && image.isOwnedBy(accountId))
              || (shared
                  && image.isSharedWith(accountId)
                  && image.shareSeenBy(accountId, caller.now())))) {
        found.add(image);
      }
    }
    return found.iterator();
  }

  /** The shared images whose grant the caller's describes already see (opt-in eventual consistency). */
  private static Iterator<ImageEntry> seenBy(Caller caller, Iterator<ImageEntry> shared) {
    return new Iterator<>() {
      private ImageEntry next = advance();

      private ImageEntry advance() {
        while (shared.hasNext()) {
          ImageEntry candidate = shared.next();
          if (candidate.shareSeenBy(caller.accountId(), caller.now())) {
            return candidate;
          }
        }
        return null;
      }

      @Override
      public boolean hasNext() {
        return next != null;
      }

      @Override
      public ImageEntry next() {
        if (next == null) {
          throw new java.util.NoSuchElementException();
        }
        ImageEntry result = next;
        next = advance();
        return result;
      }
    };
  }

  /** Merges two iterators that are each in listing order. */
  private static Iterator<ImageEntry> merged(Iterator<ImageEntry> a, Iterator<ImageEntry> b) {
    return new Iterator<>() {
      private ImageEntry nextA = a.hasNext() ? a.next() : null;
      private ImageEntry nextB = b.hasNext() ? b.next() : null;

      @Override
      public boolean hasNext() {
        return nextA != null || nextB != null;
      }

      @Override
      public ImageEntry next() {
        ImageEntry result;
        if (nextB == null
            || (nextA != null && ImageEntry.LISTING_ORDER.compare(nextA, nextB) <= 0)) {
          result = nextA;
          nextA = a.hasNext() ? a.next() : null;
        } else {
          result = nextB;
          nextB = b.hasNext() ? b.next() : null;
        }
        return result;
      }
    };
  }
}
