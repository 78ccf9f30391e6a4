/**
 * Contract verification: {@link dev.wsmock.scenarios.contract.ConsumerChecks} finds client behaviour AWS would
 * punish in a mock's journal; {@link dev.wsmock.scenarios.contract.CassetteRecorder} (SDK v2 interceptor) and
 * {@link dev.wsmock.scenarios.contract.RecordingProxy} record traffic into a
 * {@link dev.wsmock.scenarios.contract.Cassette}; {@link dev.wsmock.scenarios.contract.ContractVerifier} replays it
 * against the mock.
 *
 * <pre>{@code
 * assertThat(mock.journal()).hasNoContractViolations();            // ContractAssertions
 * assertThat(ContractVerifier.verify(Cassette.read(file), seed)).isClean();
 * }</pre>
 */
package dev.wsmock.scenarios.contract;
