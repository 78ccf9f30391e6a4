package dev.wsmock.internal.model;

import dev.wsmock.DirectoryState;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A directory registered with WorkSpaces by one account in one region. There is no Directory Service behind it:
 * the mock keeps what RegisterWorkspaceDirectory was given and walks REGISTERING to REGISTERED on the mock's
 * clock, read lazily from {@code registeredAt} like an image's PENDING (no timer).
 */
public final class DirectoryEntry {
  /** The service model's DirectoryId. */
  static final Pattern ID = Pattern.compile("d-[0-9a-f]{8,63}|wsd-[0-9a-z]{8,63}");

  private final String directoryId;
  private final String ownerAccountId;
  private final String region;
  private final String registrationCode;
  private final Instant registeredAt;
  private final List<String> subnetIds;
  private final boolean selfService;
  private final String tenancy;
  private final String name;
  private final String description;
  private final String userIdentityType;
  private final String workspaceType;

  /**
   * @param registeredAt when it reads REGISTERED; a directory registered now with the image-ready delay passes
   *     {@code now + delay}
   */
  public DirectoryEntry(
      String directoryId,
      String ownerAccountId,
      String region,
      String registrationCode,
      Instant registeredAt,
      List<String> subnetIds,
      boolean selfService,
      String tenancy,
      String name,
      String description,
      String userIdentityType,
      String workspaceType) {
    this.directoryId = directoryId;
    this.ownerAccountId = ownerAccountId;
    this.region = region;
    this.registrationCode = registrationCode;
    this.registeredAt = registeredAt;
    this.subnetIds = subnetIds == null ? List.of() : List.copyOf(subnetIds);
    this.selfService = selfService;
    this.tenancy = tenancy;
    this.name = name;
    this.description = description;
    // A Directory Service directory (d-) serves personal WorkSpaces unless told otherwise; a wsd-
    // one's identity
    // type depends on how it was made, so it has none by default.
    this.userIdentityType =
        userIdentityType == null && directoryId.startsWith("d-")
            ? "AWS_DIRECTORY_SERVICE"
            : userIdentityType;
    this.workspaceType = workspaceType == null ? "PERSONAL" : workspaceType;
  }

  public DirectoryState stateAt(Instant now) {
    return now.isBefore(registeredAt) ? DirectoryState.REGISTERING : DirectoryState.REGISTERED;
  }

  public String directoryId() {
    return directoryId;
  }

  public String ownerAccountId() {
    return ownerAccountId;
  }

  public String region() {
    return region;
  }

  public String registrationCode() {
    return registrationCode;
  }

  public List<String> subnetIds() {
    return subnetIds;
  }

  public boolean selfService() {
    return selfService;
  }

  public String tenancy() {
    return tenancy;
  }

  public String name() {
    return name;
  }

  public String description() {
    return description;
  }

  public String userIdentityType() {
    return userIdentityType;
  }

  public String workspaceType() {
    return workspaceType;
  }
}
