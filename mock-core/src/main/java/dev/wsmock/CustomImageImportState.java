package dev.wsmock;

/**
 * The {@code State} of an ImportCustomWorkspaceImage import, as DescribeCustomWorkspaceImageImport answers it: a new
 * import is {@code PENDING}, then {@code IN_PROGRESS}, then {@code COMPLETED} (its image is then in
 * DescribeWorkspaceImages) or {@code ERROR} (no image). AWS's finer in-progress steps are not modelled.
 */
public enum CustomImageImportState {
  PENDING,
  IN_PROGRESS,
  COMPLETED,
  ERROR;

  /** Whether the import has ended, so nothing more happens to it. */
  public boolean isFinal() {
    return this == COMPLETED || this == ERROR;
  }
}
