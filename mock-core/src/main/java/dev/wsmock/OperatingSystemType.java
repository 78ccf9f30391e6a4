package dev.wsmock;

/** {@code OperatingSystem.Type} of an image. */
public enum OperatingSystemType {
  WINDOWS,
  LINUX
}
