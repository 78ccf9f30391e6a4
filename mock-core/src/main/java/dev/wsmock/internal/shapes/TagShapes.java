package dev.wsmock.internal.shapes;

import dev.wsmock.internal.shapes.Common.Tag;
import java.util.List;

/** Shapes of CreateTags, DescribeTags and DeleteTags. */
public final class TagShapes {
  private TagShapes() {}

  public record CreateTagsRequest(String resourceId, List<Tag> tags) {}

  public record DescribeTagsRequest(String resourceId) {}

  public record DescribeTagsResult(List<Tag> tagList) {}

  public record DeleteTagsRequest(String resourceId, List<String> tagKeys) {}
}
