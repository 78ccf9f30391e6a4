package dev.wsmock;

/**
 * The {@code State} of a registered directory, as DescribeWorkspaceDirectories answers it: a new one is {@code
 * REGISTERING} for the mock's image-ready delay, then {@code REGISTERED}. DeregisterWorkspaceDirectory removes one
 * at once, so the mock never shows {@code DEREGISTERING} or {@code DEREGISTERED}; {@code ERROR} is not modelled.
 */
public enum DirectoryState {
  REGISTERING,
  REGISTERED
}
