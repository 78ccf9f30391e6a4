package dev.wsmock.junit5.assertj;

import static dev.wsmock.junit5.assertj.FailureWording.lines;
import static dev.wsmock.junit5.assertj.FailureWording.literal;

import dev.wsmock.ImageState;
import dev.wsmock.RecordedCall;
import dev.wsmock.WorkspaceImage;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on an image as the model holds it. Reached through {@code assertThat(mock).image(region, id)}, failures
 * also quote the calls that named the image.
 *
 * <pre>{@code
 * assertThat(mock).image("us-east-1", "wsi-golden0001").isAvailable().isOwnedBy(OWNER).isSharedWith(RECIPIENT);
 * }</pre>
 *
 * @since 0.1
 */
public class WorkspaceImageAssert extends AbstractAssert<WorkspaceImageAssert, WorkspaceImage> {
  private final List<RecordedCall> callsOnImage;

  protected WorkspaceImageAssert(WorkspaceImage actual) {
    this(actual, null);
  }

  WorkspaceImageAssert(WorkspaceImage actual, List<RecordedCall> callsOnImage) {
    super(actual, WorkspaceImageAssert.class);
    this.callsOnImage = callsOnImage;
  }

  public WorkspaceImageAssert isSharedWith(String accountId) {
    isNotNull();
    if (!actual.isSharedWith(accountId)) {
      fail("to be shared with " + accountId + " but it is " + shares());
    }
    return myself;
  }

  public WorkspaceImageAssert isNotSharedWith(String accountId) {
    isNotNull();
    if (actual.isSharedWith(accountId)) {
      fail("not to be shared with " + accountId + " but it is " + shares());
    }
    return myself;
  }

  public WorkspaceImageAssert isAvailable() {
    return hasState(ImageState.AVAILABLE);
  }

  public WorkspaceImageAssert hasState(ImageState state) {
    isNotNull();
    if (actual.state() != state) {
      fail(
          "to be "
              + state
              + " but it is "
              + actual.state()
              + (actual.errorCode() == null
                  ? ""
                  : " (" + actual.errorCode() + ": " + actual.errorMessage() + ")"));
    }
    return myself;
  }

  public WorkspaceImageAssert isOwnedBy(String accountId) {
    isNotNull();
    if (!accountId.equals(actual.ownerAccountId())) {
      fail("to be owned by " + accountId + " but it is owned by " + actual.ownerAccountId());
    }
    return myself;
  }

  /** {@code RequiredTenancy} DEDICATED. */
  public WorkspaceImageAssert isByol() {
    isNotNull();
    if (!actual.isByol()) {
      fail("to be BYOL (RequiredTenancy DEDICATED) but it is " + actual.requiredTenancy());
    }
    return myself;
  }

  /** Its {@code Updates} say an update is available ({@code UpdateAvailable} true). */
  public WorkspaceImageAssert hasUpdateAvailable() {
    isNotNull();
    if (!actual.hasUpdateAvailable()) {
      fail("to have an update available but it " + updates());
    }
    return myself;
  }

  /** No update is available: {@code Updates} absent, or {@code UpdateAvailable} not true. */
  public WorkspaceImageAssert isUpToDate() {
    isNotNull();
    if (actual.hasUpdateAvailable()) {
      fail("to be up to date but it " + updates());
    }
    return myself;
  }

  private String updates() {
    return actual.updates() == null
        ? "has no Updates"
        : "has Updates UpdateAvailable="
            + actual.updates().updateAvailable()
            + (actual.updates().description() == null
                ? ""
                : " (" + actual.updates().description() + ")");
  }

  private String shares() {
    return actual.sharedAccountIds().isEmpty()
        ? "shared with no account"
        : "shared with " + actual.sharedAccountIds();
  }

  private void fail(String expectation) {
    failWithMessage(
        literal(
            "Expecting image "
                + actual.imageId()
                + " ("
                + actual.region()
                + ") "
                + expectation
                + (callsOnImage == null
                    ? ""
                    : ". Calls on " + actual.imageId() + ":\n" + lines(callsOnImage))));
  }
}
