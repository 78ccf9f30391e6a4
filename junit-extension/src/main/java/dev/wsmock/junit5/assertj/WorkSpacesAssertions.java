package dev.wsmock.junit5.assertj;

import dev.wsmock.CallJournal;
import dev.wsmock.CustomImageImport;
import dev.wsmock.RecordedCall;
import dev.wsmock.WorkSpacesMock;
import dev.wsmock.WorkspaceImage;
import dev.wsmock.scenarios.cassettes.VerificationReport;
import org.assertj.core.api.Assertions;

/**
 * The one entry point to wsmock's AssertJ assertions: a mock, its journal (consumer checks included), a recorded
 * call, an image, and a cassette's verification report. It extends AssertJ's {@code Assertions}, so one static
 * import serves both ours and AssertJ's own.
 *
 * <pre>{@code
 * import static dev.wsmock.junit5.assertj.WorkSpacesAssertions.assertThat;
 *
 * assertThat(journal).calls(Operation.UPDATE_WORKSPACE_IMAGE_PERMISSION).hasSize(1)
 *     .first().hasRequestMember("SharedAccountId", RECIPIENT).succeeded();   // passes after one grant
 * assertThat(journal).hasNoCallsBy(RECIPIENT);                               // fails, quoting the recipient's calls
 * assertThat(mock).image("us-east-1", "wsi-golden0001").isAvailable().isSharedWith(RECIPIENT);
 * assertThat(journal).usingChecks(ConsumerChecks.defaults().with(Check.INVISIBLE_IMAGES, Severity.ERROR))
 *     .hasNoContractViolations();
 * assertThat(ContractVerifier.verify(cassette, seed)).isClean();
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

  public static CustomImageImportAssert assertThat(CustomImageImport customImageImport) {
    return new CustomImageImportAssert(customImageImport);
  }

  public static WorkSpacesMockAssert assertThat(WorkSpacesMock mock) {
    return new WorkSpacesMockAssert(mock);
  }

  public static VerificationReportAssert assertThat(VerificationReport report) {
    return new VerificationReportAssert(report);
  }
}
