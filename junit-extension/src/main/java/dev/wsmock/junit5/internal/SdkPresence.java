package dev.wsmock.junit5.internal;

import java.util.Optional;

/** Checks, without loading any SDK class, that the AWS SDK's WorkSpaces module can be loaded. */
final class SdkPresence {
  static final String WORKSPACES_CLIENT =
      "software.amazon.awssdk.services.workspaces.WorkSpacesClient";

  private SdkPresence() {}

  /** A fix-it message if {@code loader} cannot see the SDK, else empty. */
  static Optional<String> problem(ClassLoader loader, String requested) {
    try {
      Class.forName(WORKSPACES_CLIENT, false, loader);
      return Optional.empty();
    } catch (ClassNotFoundException | LinkageError e) {
      return Optional.of(
          "Injecting a "
              + requested
              + " needs the AWS SDK v2 on the test classpath, and wsmock-junit5"
              + " declares it optional: add software.amazon.awssdk:workspaces as a test dependency (it brings the"
              + " SDK's default HTTP clients).");
    }
  }
}
