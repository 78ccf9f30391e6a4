package dev.wsmock.standalone.internal;

import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the version the shaded jar's manifest carries. */
public final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = VersionProvider.class.getPackage().getImplementationVersion();
    return new String[] {
      "wsmock-standalone " + (version == null ? "(development build)" : version)
    };
  }
}
