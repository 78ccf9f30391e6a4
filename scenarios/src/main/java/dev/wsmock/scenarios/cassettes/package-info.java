/**
 * Cassettes: recorded traffic and its replay. {@link dev.wsmock.scenarios.cassettes.CassetteRecorder} (an SDK v2
 * interceptor) and {@link dev.wsmock.scenarios.cassettes.RecordingProxy} record traffic into a {@link
 * dev.wsmock.scenarios.cassettes.Cassette}; {@link dev.wsmock.scenarios.cassettes.ContractVerifier} replays it
 * against the mock and reports, per exchange, whether the mock answered as recorded.
 *
 * <pre>{@code
 * assertThat(ContractVerifier.verify(Cassette.read(file), seed)).isClean();   // WorkSpacesAssertions
 * }</pre>
 */
package dev.wsmock.scenarios.cassettes;
