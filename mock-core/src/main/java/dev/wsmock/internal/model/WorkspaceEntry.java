package dev.wsmock.internal.model;

import dev.wsmock.OperatingSystemType;

/**
 * A seeded WorkSpace, the source of CreateWorkspaceImage. While an image is being created from it, AWS suspends
 * it; the model records that image so the WorkSpace reads SUSPENDED until the image leaves PENDING.
 */
public final class WorkspaceEntry {
  private final String workspaceId;
  private final String ownerAccountId;
  private final String region;
  private final String state;
  private final OperatingSystemType operatingSystem;
  private final String bundleId;
  private final String directoryId;
  private String imageInProgress;

  public WorkspaceEntry(
      String workspaceId,
      String ownerAccountId,
      String region,
      String state,
      OperatingSystemType operatingSystem,
      String bundleId,
      String directoryId) {
    this.workspaceId = workspaceId;
    this.ownerAccountId = ownerAccountId;
    this.region = region;
    this.state = state;
    this.operatingSystem = operatingSystem;
    this.bundleId = bundleId;
    this.directoryId = directoryId;
  }

  public String workspaceId() {
    return workspaceId;
  }

  public String ownerAccountId() {
    return ownerAccountId;
  }

  public String region() {
    return region;
  }

  /** The seeded state, as AWS names it (AVAILABLE, STOPPED, ...). */
  public String seededState() {
    return state;
  }

  public OperatingSystemType operatingSystem() {
    return operatingSystem;
  }

  public String bundleId() {
    return bundleId;
  }

  /** The seeded directory, or {@code null}; it need not be registered. */
  public String directoryId() {
    return directoryId;
  }

  public String imageInProgress() {
    return imageInProgress;
  }

  public void imageInProgress(String imageId) {
    this.imageInProgress = imageId;
  }
}
