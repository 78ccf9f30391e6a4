package dev.wsmock.internal.wiremock;

import dev.wsmock.WireMockFeature;

/**
 * WireMock was asked for a {@link WireMockFeature} that is off. Thrown to a Java caller (a stub added through
 * {@code mock.wireMock()}); over HTTP the admin API answers it as a 403 in its JSON format.
 */
final class WireMockFeatureRefused extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  WireMockFeatureRefused(WireMockFeature feature, String what) {
    super(what + " is off in wsmock: " + howToEnable(feature));
  }

  /** The options that turn a feature on, in the Java builder and on the standalone command line. */
  static String howToEnable(WireMockFeature feature) {
    return "enable it with WorkSpacesMock.builder().enableWireMockFeatures(WireMockFeature."
        + feature
        + ") or the standalone server's --enable-wiremock="
        + feature;
  }
}
