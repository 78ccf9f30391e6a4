package com.example.goldenimage;

import dev.wsmock.CallJournal;
import dev.wsmock.junit5.assertj.WorkSpacesAssertions;
import dev.wsmock.scenarios.checks.ConsumerChecks;
import dev.wsmock.scenarios.checks.ConsumerChecks.Check;
import dev.wsmock.scenarios.checks.ConsumerChecks.Severity;
import org.junit.jupiter.api.AfterEach;

/**
 * Contract checks for every test class that implements this: after each test, the calls the app made must be ones
 * AWS accepts (no malformed requests), every listing must have been read to its last page, and the mock's own answers
 * must have kept to the service contract.
 *
 * <p>One check is relaxed, on purpose: the app lets the SDK retry non-idempotent calls (grant, revoke, copy, delete)
 * because each of them is safe to repeat at the app's level, which the lost-response tests prove. So a retry after a
 * committed attempt is a warning here, not an error.
 */
interface KeepsToTheServiceContract {
  /** The checks this suite runs; a test class may tighten or relax them, saying why. */
  default ConsumerChecks contractChecks() {
    return ConsumerChecks.defaults().with(Check.UNSAFE_RETRIES, Severity.WARNING);
  }

  @AfterEach
  default void calls_keep_to_the_service_contract(CallJournal journal) {
    WorkSpacesAssertions.assertThat(journal)
        .usingChecks(contractChecks())
        .hasNoContractViolations();
  }
}
