package dev.wsmock;

/**
 * WireMock features that reach outside the mock: off on every mock unless {@link
 * WorkSpacesMock.Builder#enableWireMockFeatures} (or the standalone server's {@code --enable-wiremock}) turns them
 * on. While a feature is off, its admin routes answer 403 and the Java API refuses it with an {@link
 * IllegalStateException} that names the option.
 */
public enum WireMockFeature {
  /**
   * Outgoing connections: proxy stubs ({@code proxiedFrom}), webhooks, and recording (which proxies; without {@link
   * #FILES} a recording must say {@code "persist": false}, since saving it writes files). Off, WireMock connects
   * nowhere.
   */
  PROXYING,

  /**
   * Files: {@code /__admin/files}, {@code /__files/...}, {@code POST /__admin/mappings/save} and stubs marked
   * persistent. Off, WireMock writes and deletes no file; it still reads the stub files it finds at start
   * ({@code src/test/resources/mappings} and {@code __files}, WireMock's defaults) and body files of stubs.
   */
  FILES,

  /** {@code POST /__admin/shutdown}: stops the mock (and ends the standalone server's process). */
  SHUTDOWN
}
