/**
 * Consumer checks: {@link dev.wsmock.scenarios.checks.ConsumerChecks} finds, in a mock's journal, client behaviour
 * AWS would punish or that hides bugs (malformed requests, unfinished listings, calls on invisible images, refused
 * retries of calls that had taken effect), each a {@link dev.wsmock.scenarios.checks.ContractViolation}. Strict mode
 * of the JUnit extension and {@code WorkSpacesAssertions.assertThat(journal).hasNoContractViolations()} run them.
 */
package dev.wsmock.scenarios.checks;
