package dev.wsmock.internal.model;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** A custom bundle. Mutable under {@link ServiceState}'s lock: UpdateWorkspaceBundle re-points its image. */
public final class BundleEntry {
  private final String bundleId;
  private final String ownerAccountId;
  private final String region;
  private final String name;
  private final String description;
  private final String computeType;
  private final String rootStorageCapacity;
  private final String userStorageCapacity;
  private final Instant creationTime;
  private String imageId;
  private Instant lastUpdatedTime;
  private final Map<String, String> tags = new LinkedHashMap<>();

  public BundleEntry(
      String bundleId,
      String ownerAccountId,
      String region,
      String name,
      String description,
      String imageId,
      String computeType,
      String rootStorageCapacity,
      String userStorageCapacity,
      Instant creationTime) {
    this.bundleId = bundleId;
    this.ownerAccountId = ownerAccountId;
    this.region = region;
    this.name = name;
    this.description = description;
    this.imageId = imageId;
    this.computeType = computeType;
    this.rootStorageCapacity = rootStorageCapacity;
    this.userStorageCapacity = userStorageCapacity;
    this.creationTime = creationTime;
    this.lastUpdatedTime = creationTime;
  }

  public String bundleId() {
    return bundleId;
  }

  public String ownerAccountId() {
    return ownerAccountId;
  }

  public String region() {
    return region;
  }

  public String name() {
    return name;
  }

  public String description() {
    return description;
  }

  public String imageId() {
    return imageId;
  }

  public String computeType() {
    return computeType;
  }

  public String rootStorageCapacity() {
    return rootStorageCapacity;
  }

  public String userStorageCapacity() {
    return userStorageCapacity;
  }

  public Instant creationTime() {
    return creationTime;
  }

  public Instant lastUpdatedTime() {
    return lastUpdatedTime;
  }

  public Map<String, String> tags() {
    return tags;
  }

  void repoint(String imageId, Instant at) {
    this.imageId = imageId;
    this.lastUpdatedTime = at;
  }
}
