package dev.wsmock.junit5.assertj;

import static dev.wsmock.junit5.assertj.FailureWording.lines;
import static dev.wsmock.junit5.assertj.FailureWording.literal;

import dev.wsmock.CustomImageImport;
import dev.wsmock.CustomImageImportState;
import dev.wsmock.ImageErrorDetail;
import dev.wsmock.RecordedCall;
import java.util.List;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on an ImportCustomWorkspaceImage import as the model holds it now. Reached through
 * {@code assertThat(mock).customImageImport(region, id)}, failures also quote the calls that named the import.
 *
 * <pre>{@code
 * assertThat(mock).customImageImport("us-east-1", importId).isInError().hasErrorCodes("WorkspacesBYOLAccountNotFound");
 * }</pre>
 *
 * @since 0.1
 */
public class CustomImageImportAssert
    extends AbstractAssert<CustomImageImportAssert, CustomImageImport> {
  private final List<RecordedCall> callsOnImport;

  protected CustomImageImportAssert(CustomImageImport actual) {
    this(actual, null);
  }

  CustomImageImportAssert(CustomImageImport actual, List<RecordedCall> callsOnImport) {
    super(actual, CustomImageImportAssert.class);
    this.callsOnImport = callsOnImport;
  }

  public CustomImageImportAssert hasState(CustomImageImportState state) {
    isNotNull();
    if (actual.state() != state) {
      fail("to be " + state + " but it is " + actual.state() + describedProgress());
    }
    return myself;
  }

  /** COMPLETED: its image is in the state. */
  public CustomImageImportAssert isCompleted() {
    return hasState(CustomImageImportState.COMPLETED);
  }

  /** ERROR: it made no image. */
  public CustomImageImportAssert isInError() {
    return hasState(CustomImageImportState.ERROR);
  }

  /** Its {@code ErrorDetails} codes, exactly and in order. */
  public CustomImageImportAssert hasErrorCodes(String... codes) {
    isNotNull();
    List<String> actualCodes =
        actual.errorDetails().stream().map(ImageErrorDetail::errorCode).toList();
    if (!actualCodes.equals(List.of(codes))) {
      fail("to report ErrorDetails " + List.of(codes) + " but it reports " + actualCodes);
    }
    return myself;
  }

  public CustomImageImportAssert hasProgressPercentage(int percentage) {
    isNotNull();
    if (!Objects.equals(actual.progressPercentage(), percentage)) {
      fail(
          "to be "
              + percentage
              + " % done but it is "
              + (actual.progressPercentage() == null
                  ? "in " + actual.state() + " with no progress"
                  : actual.progressPercentage() + " % done"));
    }
    return myself;
  }

  private String describedProgress() {
    return actual.progressPercentage() == null ? "" : " (" + actual.progressPercentage() + " %)";
  }

  private void fail(String expectation) {
    failWithMessage(
        literal(
            "Expecting custom image import "
                + actual.imageId()
                + " ("
                + actual.region()
                + ") "
                + expectation
                + (callsOnImport == null
                    ? ""
                    : ". Calls on " + actual.imageId() + ":\n" + lines(callsOnImport))));
  }
}
