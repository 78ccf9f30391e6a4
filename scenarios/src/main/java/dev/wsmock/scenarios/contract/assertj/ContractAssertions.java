package dev.wsmock.scenarios.contract.assertj;

import dev.wsmock.CallJournal;
import dev.wsmock.scenarios.contract.VerificationReport;

/**
 * AssertJ entry point for contract checks (needs {@code assertj-core} on the test classpath).
 *
 * <pre>{@code
 * import static dev.wsmock.scenarios.contract.assertj.ContractAssertions.assertThat;
 *
 * assertThat(mock.journal()).hasNoContractViolations();
 * assertThat(ContractVerifier.verify(cassette, seed)).isClean();
 * }</pre>
 */
public final class ContractAssertions {
  private ContractAssertions() {}

  public static CallJournalContractAssert assertThat(CallJournal journal) {
    return new CallJournalContractAssert(journal);
  }

  public static VerificationReportAssert assertThat(VerificationReport report) {
    return new VerificationReportAssert(report);
  }
}
