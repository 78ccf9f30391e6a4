package dev.wsmock.junit5.assertj;

import dev.wsmock.CallJournal;
import dev.wsmock.RecordedCall;
import dev.wsmock.WorkSpacesMock;
import dev.wsmock.WorkspaceImage;
import org.assertj.core.api.Assertions;

/**
 * The one entry point to the AssertJ assertions on a mock, its journal, a recorded call and an image. It extends
 * AssertJ's {@code Assertions}, so one static import serves both ours and AssertJ's own.
 *
 * <pre>{@code
 * import static dev.wsmock.junit5.assertj.WorkSpacesAssertions.assertThat;
 *
 * assertThat(journal).calls(Operation.UPDATE_WORKSPACE_IMAGE_PERMISSION).hasSize(1)
 *     .first().hasRequestMember("SharedAccountId", RECIPIENT).succeeded();   // passes after one grant
 * assertThat(journal).hasNoCallsBy(RECIPIENT);                               // fails, quoting the recipient's calls
 * assertThat(mock).image("us-east-1", "wsi-golden0001").isAvailable().isSharedWith(RECIPIENT);
 * }</pre>
 *
 * @since 0.1
 */
public class WorkSpacesAssertions extends Assertions {
  protected WorkSpacesAssertions() {}

  public static CallJournalAssert assertThat(CallJournal journal) {
    return new CallJournalAssert(journal);
  }

  public static RecordedCallAssert assertThat(RecordedCall call) {
    return new RecordedCallAssert(call);
  }

  public static WorkspaceImageAssert assertThat(WorkspaceImage image) {
    return new WorkspaceImageAssert(image);
  }

  public static WorkSpacesMockAssert assertThat(WorkSpacesMock mock) {
    return new WorkSpacesMockAssert(mock);
  }
}
