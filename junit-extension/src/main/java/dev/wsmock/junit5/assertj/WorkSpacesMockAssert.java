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
    WorkspaceImage image = present(actual.image(region, imageId), "image", region, imageId);
    return new WorkspaceImageAssert(image, actual.journal().callsOnImage(imageId));
  }

  /**
   * The ImportCustomWorkspaceImage import {@code imageId} in {@code region}, which must exist, as it is now on the
   * mock's clock; its failures quote the calls that named it.
   */
  public CustomImageImportAssert customImageImport(String region, String imageId) {
    isNotNull();
    CustomImageImport found =
        present(actual.customImageImport(region, imageId), "custom image import", region, imageId);
    return new CustomImageImportAssert(found, actual.journal().callsOnImage(imageId));
  }

  /** The value, or a failure saying there is no such {@code what}, quoting the calls that named the id. */
  private <T> T present(Optional<T> value, String what, String region, String imageId) {
    if (value.isEmpty()) {
      failWithMessage(
          literal(
              "Expecting "
                  + what
                  + " "
                  + imageId
                  + " in "
                  + region
                  + " but there is none. Calls on "
                  + imageId
                  + ":\n"
                  + lines(actual.journal().callsOnImage(imageId))));
    }
    return value.get();
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
