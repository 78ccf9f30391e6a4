package dev.wsmock.internal.seedfile;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.wsmock.CustomImageImportState;
import dev.wsmock.DirectoryState;
import dev.wsmock.ImageErrorDetail;
import dev.wsmock.ImageState;
import dev.wsmock.ImageUpdates;
import dev.wsmock.OperatingSystemType;
import dev.wsmock.RequiredTenancy;
import dev.wsmock.Seed;
import dev.wsmock.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The seed-file format, one record per kind, mapped by {@code Json.aws()} (PascalCase members, absent instead of
 * {@code null}); each converts to and from the public {@link Seed} value it stands for. The format is a contract:
 * a new member is a component here and one line in each conversion of its kind.
 */
record SeedDocument(
    String defaultAccountId,
    List<AccountEntry> accounts,
    List<ImageEntry> images,
    List<WorkspaceEntry> workspaces,
    List<BundleEntry> bundles,
    List<ImportEntry> customImageImports,
    List<DirectoryEntry> directories,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> secretAccessKeys) {

  SeedDocument {
    noNullElements(accounts, images, workspaces, bundles, customImageImports, directories);
  }

  static SeedDocument of(Seed seed) {
    return new SeedDocument(
        seed.defaultAccountId(),
        seed.accounts().stream().map(AccountEntry::of).toList(),
        seed.images().stream().map(ImageEntry::of).toList(),
        seed.workspaces().stream().map(WorkspaceEntry::of).toList(),
        seed.bundles().stream().map(BundleEntry::of).toList(),
        seed.customImageImports().stream().map(ImportEntry::of).toList(),
        seed.directories().stream().map(DirectoryEntry::of).toList(),
        seed.secretAccessKeys());
  }

  Seed toSeed() {
    Seed.Builder seed = Seed.builder().defaultAccountId(defaultAccountId);
    listOrEmpty(accounts).forEach(a -> seed.account(a.toAccount()));
    listOrEmpty(images).forEach(i -> seed.image(i.toImage()));
    listOrEmpty(workspaces).forEach(w -> seed.workspace(w.toWorkspace()));
    listOrEmpty(bundles).forEach(b -> seed.bundle(b.toBundle()));
    listOrEmpty(customImageImports).forEach(c -> seed.customImageImport(c.toImport()));
    listOrEmpty(directories).forEach(d -> seed.directory(d.toDirectory()));
    if (secretAccessKeys != null) {
      secretAccessKeys.forEach(seed::secretAccessKey);
    }
    return seed.build();
  }

  record AccountEntry(
      String accountId, List<String> accessKeyIds, Boolean byolEnabled, String organizationId) {
    AccountEntry {
      Objects.requireNonNull(accountId, "AccountId");
      noNullElements(accessKeyIds);
    }

    static AccountEntry of(Seed.Account a) {
      return new AccountEntry(a.accountId(), a.accessKeyIds(), a.byolEnabled(), a.organizationId());
    }

    Seed.Account toAccount() {
      return Seed.Account.builder(accountId)
          .accessKeyIds(listOrEmpty(accessKeyIds))
          .byolEnabled(byolEnabled)
          .organizationId(organizationId)
          .build();
    }
  }

  /** {@code OperatingSystem} as the API writes it: {@code {"Type": "WINDOWS"}}. */
  record OperatingSystem(OperatingSystemType type) {
    static OperatingSystem of(OperatingSystemType type) {
      return type == null ? null : new OperatingSystem(type);
    }

    static OperatingSystemType typeOf(OperatingSystem os) {
      return os == null ? null : os.type();
    }
  }

  record ImageEntry(
      String imageId,
      String ownerAccountId,
      String region,
      String name,
      String description,
      OperatingSystem operatingSystem,
      ImageState state,
      RequiredTenancy requiredTenancy,
      Instant created,
      String errorCode,
      String errorMessage,
      List<ImageErrorDetail> errorDetails,
      List<String> sharedAccountIds,
      List<Tag> tags,
      ImageUpdates updates) {
    ImageEntry {
      Objects.requireNonNull(imageId, "ImageId");
      Objects.requireNonNull(ownerAccountId, "OwnerAccountId");
      Objects.requireNonNull(region, "Region");
      noNullElements(errorDetails, sharedAccountIds, tags);
    }

    static ImageEntry of(Seed.Image i) {
      return new ImageEntry(
          i.imageId(),
          i.ownerAccountId(),
          i.region(),
          i.name(),
          i.description(),
          OperatingSystem.of(i.operatingSystem()),
          i.state(),
          i.requiredTenancy(),
          i.created(),
          i.errorCode(),
          i.errorMessage(),
          i.errorDetails(),
          i.sharedAccountIds(),
          i.tags(),
          i.updates());
    }

    Seed.Image toImage() {
      return Seed.Image.builder(imageId, ownerAccountId, region)
          .name(name)
          .description(description)
          .operatingSystem(OperatingSystem.typeOf(operatingSystem))
          .state(state)
          .requiredTenancy(requiredTenancy)
          .created(created)
          .errorCode(errorCode)
          .errorMessage(errorMessage)
          .errorDetails(listOrEmpty(errorDetails))
          .sharedWith(listOrEmpty(sharedAccountIds))
          .tags(listOrEmpty(tags))
          .updates(updates)
          .build();
    }
  }

  record WorkspaceEntry(
      String workspaceId,
      String ownerAccountId,
      String region,
      String state,
      OperatingSystem operatingSystem,
      String bundleId,
      String directoryId) {
    WorkspaceEntry {
      Objects.requireNonNull(workspaceId, "WorkspaceId");
      Objects.requireNonNull(ownerAccountId, "OwnerAccountId");
      Objects.requireNonNull(region, "Region");
    }

    static WorkspaceEntry of(Seed.Workspace w) {
      return new WorkspaceEntry(
          w.workspaceId(),
          w.ownerAccountId(),
          w.region(),
          w.state(),
          OperatingSystem.of(w.operatingSystem()),
          w.bundleId(),
          w.directoryId());
    }

    Seed.Workspace toWorkspace() {
      return Seed.Workspace.builder(workspaceId, ownerAccountId, region)
          .state(state)
          .operatingSystem(OperatingSystem.typeOf(operatingSystem))
          .bundleId(bundleId)
          .directoryId(directoryId)
          .build();
    }
  }

  record BundleEntry(
      String bundleId,
      String ownerAccountId,
      String region,
      String name,
      String description,
      String imageId) {
    BundleEntry {
      Objects.requireNonNull(bundleId, "BundleId");
      Objects.requireNonNull(ownerAccountId, "OwnerAccountId");
      Objects.requireNonNull(region, "Region");
    }

    static BundleEntry of(Seed.Bundle b) {
      return new BundleEntry(
          b.bundleId(), b.ownerAccountId(), b.region(), b.name(), b.description(), b.imageId());
    }

    Seed.Bundle toBundle() {
      return Seed.Bundle.builder(bundleId, ownerAccountId, region)
          .name(name)
          .description(description)
          .imageId(imageId)
          .build();
    }
  }

  /** {@code ImageSource} as the API writes it: one of its members. */
  record ImageSource(String ec2ImageId, String ec2ImportTaskId, String imageBuildVersionArn) {
    static ImageSource of(Seed.CustomImageImport c) {
      return c.ec2ImageId() == null
              && c.ec2ImportTaskId() == null
              && c.imageBuildVersionArn() == null
          ? null
          : new ImageSource(c.ec2ImageId(), c.ec2ImportTaskId(), c.imageBuildVersionArn());
    }
  }

  record ImportEntry(
      String imageId,
      String ownerAccountId,
      String region,
      String imageName,
      String imageDescription,
      String infrastructureConfigurationArn,
      ImageSource imageSource,
      CustomImageImportState state,
      Instant created,
      Instant lastUpdatedTime,
      List<ImageErrorDetail> errorDetails,
      List<Tag> tags) {
    ImportEntry {
      Objects.requireNonNull(imageId, "ImageId");
      Objects.requireNonNull(ownerAccountId, "OwnerAccountId");
      Objects.requireNonNull(region, "Region");
      noNullElements(errorDetails, tags);
    }

    static ImportEntry of(Seed.CustomImageImport c) {
      return new ImportEntry(
          c.imageId(),
          c.ownerAccountId(),
          c.region(),
          c.imageName(),
          c.imageDescription(),
          c.infrastructureConfigurationArn(),
          ImageSource.of(c),
          c.state(),
          c.created(),
          c.lastUpdatedTime(),
          c.errorDetails(),
          c.tags());
    }

    Seed.CustomImageImport toImport() {
      return Seed.CustomImageImport.builder(imageId, ownerAccountId, region)
          .imageName(imageName)
          .imageDescription(imageDescription)
          .infrastructureConfigurationArn(infrastructureConfigurationArn)
          .ec2ImageId(imageSource == null ? null : imageSource.ec2ImageId())
          .ec2ImportTaskId(imageSource == null ? null : imageSource.ec2ImportTaskId())
          .imageBuildVersionArn(imageSource == null ? null : imageSource.imageBuildVersionArn())
          .state(state)
          .created(created)
          .lastUpdatedTime(lastUpdatedTime)
          .errorDetails(listOrEmpty(errorDetails))
          .tags(listOrEmpty(tags))
          .build();
    }
  }

  record DirectoryEntry(
      String directoryId,
      String ownerAccountId,
      String region,
      DirectoryState state,
      String registrationCode,
      List<String> subnetIds,
      Boolean enableSelfService,
      String tenancy,
      String workspaceDirectoryName,
      String workspaceDirectoryDescription,
      String userIdentityType,
      String workspaceType) {
    DirectoryEntry {
      Objects.requireNonNull(directoryId, "DirectoryId");
      Objects.requireNonNull(ownerAccountId, "OwnerAccountId");
      Objects.requireNonNull(region, "Region");
      noNullElements(subnetIds);
    }

    static DirectoryEntry of(Seed.Directory d) {
      return new DirectoryEntry(
          d.directoryId(),
          d.ownerAccountId(),
          d.region(),
          d.state(),
          d.registrationCode(),
          d.subnetIds().isEmpty() ? null : d.subnetIds(),
          d.enableSelfService(),
          d.tenancy(),
          d.workspaceDirectoryName(),
          d.workspaceDirectoryDescription(),
          d.userIdentityType(),
          d.workspaceType());
    }

    Seed.Directory toDirectory() {
      return Seed.Directory.builder(directoryId, ownerAccountId, region)
          .state(state)
          .registrationCode(registrationCode)
          .subnetIds(listOrEmpty(subnetIds))
          .enableSelfService(enableSelfService)
          .tenancy(tenancy)
          .workspaceDirectoryName(workspaceDirectoryName)
          .workspaceDirectoryDescription(workspaceDirectoryDescription)
          .userIdentityType(userIdentityType)
          .workspaceType(workspaceType)
          .build();
    }
  }

  /** A {@code null} in a list is refused where Jackson binds the record, so the error names its path. */
  private static void noNullElements(List<?>... lists) {
    for (List<?> list : lists) {
      if (list != null && list.stream().anyMatch(Objects::isNull)) {
        throw new IllegalArgumentException("a list holds null; expected values");
      }
    }
  }

  private static <T> List<T> listOrEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
