/**
 * AssertJ assertions for contract checks; needs {@code assertj-core} on the test classpath (an optional dependency).
 * Entry point: {@link dev.wsmock.scenarios.contract.assertj.ContractAssertions}.
 */
package dev.wsmock.scenarios.contract.assertj;
