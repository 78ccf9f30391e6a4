package dev.wsmock.junit5.assertj;

import dev.wsmock.CallJournal;
import dev.wsmock.CustomImageImport;
import dev.wsmock.RecordedCall;
import dev.wsmock.WorkSpacesMock;
import dev.wsmock.WorkspaceImage;
import dev.wsmock.scenarios.cassettes.VerificationReport;
import org.assertj.core.api.AbstractSoftAssertions;

/**
 * Soft versions of {@link WorkSpacesAssertions}: every failure is collected and reported together by
 * {@link #assertAll()} (or by AssertJ's {@code SoftAssertionsExtension} when injected).
 *
 * <pre>{@code
 * WorkSpacesSoftAssertions softly = new WorkSpacesSoftAssertions();
 * softly.assertThat(journal).hasCallCount(Operation.COPY_WORKSPACE_IMAGE, 1).hasNoCallsBy(RECIPIENT);
 * softly.assertThat(journal.last().orElseThrow()).succeeded();
 * softly.assertAll();
 * }</pre>
 *
 * <p>Assertions reached by navigation ({@code calls(...)}, {@code first()}, {@code image(...)}) are not soft; use
 * the top-level ones ({@code hasCallCount}, {@code hasNoCallsBy}, {@code assertThat(call)}) inside soft blocks.
 *
 * @since 0.1
 */
public class WorkSpacesSoftAssertions extends AbstractSoftAssertions {

  public CallJournalAssert assertThat(CallJournal journal) {
    return proxy(CallJournalAssert.class, CallJournal.class, journal);
  }

  public RecordedCallAssert assertThat(RecordedCall call) {
    return proxy(RecordedCallAssert.class, RecordedCall.class, call);
  }

  public WorkspaceImageAssert assertThat(WorkspaceImage image) {
    return proxy(WorkspaceImageAssert.class, WorkspaceImage.class, image);
  }

  public CustomImageImportAssert assertThat(CustomImageImport customImageImport) {
    return proxy(CustomImageImportAssert.class, CustomImageImport.class, customImageImport);
  }

  public WorkSpacesMockAssert assertThat(WorkSpacesMock mock) {
    return proxy(WorkSpacesMockAssert.class, WorkSpacesMock.class, mock);
  }

  public VerificationReportAssert assertThat(VerificationReport report) {
    return proxy(VerificationReportAssert.class, VerificationReport.class, report);
  }
}
