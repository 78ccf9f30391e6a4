package dev.wsmock.junit5.assertj;

import static dev.wsmock.junit5.assertj.FailureWording.lines;
import static dev.wsmock.junit5.assertj.FailureWording.literal;

import dev.wsmock.CustomImageImport;
import dev.wsmock.WorkSpacesMock;
import dev.wsmock.WorkspaceImage;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a mock's current state.
 *
 * <pre>{@code
 * assertThat(mock).image("us-west-2", copyId).isAvailable();
 * assertThat(mock).hasNoImage("us-east-1", "wsi-deleted001");
 * }</pre>
 *
 * @since 0.1
 */
public class WorkSpacesMockAssert extends AbstractAssert<WorkSpacesMockAssert, WorkSpacesMock> {

  protected WorkSpacesMockAssert(WorkSpacesMock actual) {
    super(actual, WorkSpacesMockAssert.class);
  }

  /** The image {@code imageId} in {@code region}, which must exist; its failures quote the calls that named it. */
  public WorkspaceImageAssert image(String region, String imageId) {
    isNotNull();
    Optional<WorkspaceImage> image = actual.image(region, imageId);
    if (image.isEmpty()) {
      failWithMessage(
          literal(
              "Expecting image "
                  + imageId
                  + " in "
                  + region
                  + " but there is none. Calls on "
                  + imageId
                  + ":\n"
                  + lines(actual.journal().callsOnImage(imageId))));
    }
    return new WorkspaceImageAssert(image.get(), actual.journal().callsOnImage(imageId));
  }

  /**
   * The ImportCustomWorkspaceImage import {@code imageId} in {@code region}, which must exist, as it is now on the
   * mock's clock; its failures quote the calls that named it.
   */
  public CustomImageImportAssert customImageImport(String region, String imageId) {
    isNotNull();
    Optional<CustomImageImport> found = actual.customImageImport(region, imageId);
    if (found.isEmpty()) {
      failWithMessage(
          literal(
              "Expecting custom image import "
                  + imageId
                  + " in "
                  + region
                  + " but there is none. Calls on "
                  + imageId
                  + ":\n"
                  + lines(actual.journal().callsOnImage(imageId))));
    }
    return new CustomImageImportAssert(found.get(), actual.journal().callsOnImage(imageId));
  }

  public WorkSpacesMockAssert hasNoImage(String region, String imageId) {
    isNotNull();
    if (actual.image(region, imageId).isPresent()) {
      failWithMessage(
          literal(
              "Expecting no image "
                  + imageId
                  + " in "
                  + region
                  + " but there is one. Calls on "
                  + imageId
                  + ":\n"
                  + lines(actual.journal().callsOnImage(imageId))));
    }
    return myself;
  }
}
