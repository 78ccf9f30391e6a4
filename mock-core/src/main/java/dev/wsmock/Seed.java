package dev.wsmock;

import dev.wsmock.internal.seedfile.SeedFiles;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * State to load into a mock: the Java form of a seed file. Members reuse the API's own names, plus the few the API
 * has no place for ({@code Region}, {@code SharedAccountIds}, {@code Tags}, {@code AccessKeyIds}, {@code
 * ByolEnabled}, {@code OrganizationId}, and {@code SecretAccessKeys} for strict auth). Immutable; every kind (account,
 * image, WorkSpace, bundle) has one builder, used inline through {@link Builder} or on its own.
 *
 * <pre>{@code
 * Seed seed = Seed.builder()
 *     .account("111111111111", a -> a.accessKeyIds("AKIAOWNEREXAMPLE0001").byolEnabled(true))
 *     .image("wsi-golden001", "111111111111", "us-east-1", i -> i.name("golden-win11").sharedWith("222222222222"))
 *     .workspace("ws-abcd12345", "111111111111", "us-east-1", w -> w.bundleId("wsb-golden001"))
 *     .bundle("wsb-golden001", "111111111111", "us-east-1", b -> b.imageId("wsi-golden001"))
 *     .build();
 * WorkSpacesMock mock = WorkSpacesMock.builder().seed(seed).start();
 * }</pre>
 *
 * <p>The same structure is read from and written to JSON seed files ({@link
 * WorkSpacesMock#loadSeed(java.nio.file.Path)}, {@link WorkSpacesMock#exportStateJson()}, {@link #fromJson}).
 */
public final class Seed {
  private static final Seed EMPTY = new Builder().build();

  private final String defaultAccountId;
  private final List<Account> accounts;
  private final List<Image> images;
  private final List<Workspace> workspaces;
  private final List<Bundle> bundles;
  private final List<CustomImageImport> customImageImports;
  private final List<Directory> directories;
  private final Map<String, String> secretAccessKeys;

  private Seed(Builder b) {
    this.defaultAccountId = b.defaultAccountId;
    this.accounts = List.copyOf(b.accounts);
    this.images = List.copyOf(b.images);
    this.workspaces = List.copyOf(b.workspaces);
    this.bundles = List.copyOf(b.bundles);
    this.customImageImports = List.copyOf(b.customImageImports);
    this.directories = List.copyOf(b.directories);
    this.secretAccessKeys = Collections.unmodifiableMap(new LinkedHashMap<>(b.secretAccessKeys));
  }

  /** A seed with nothing in it. */
  public static Seed empty() {
    return EMPTY;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding everything in this seed, to add to. */
  public Builder toBuilder() {
    return new Builder().plus(this);
  }

  /**
   * Reads seed-file JSON; {@code source} names it in errors. Unknown members are a {@link SeedException} naming the
   * member's path.
   */
  public static Seed fromJson(byte[] json, String source) {
    return SeedFiles.shared().read(json, source);
  }

  /** This seed followed by {@code other}: lists are concatenated, {@code other}'s default account wins if set. */
  public Seed plus(Seed other) {
    return toBuilder().plus(other).build();
  }

  /** The account of callers whose access key maps to no account; {@code null} keeps the mock's. */
  public String defaultAccountId() {
    return defaultAccountId;
  }

  public List<Account> accounts() {
    return accounts;
  }

  public List<Image> images() {
    return images;
  }

  public List<Workspace> workspaces() {
    return workspaces;
  }

  public List<Bundle> bundles() {
    return bundles;
  }

  /** ImportCustomWorkspaceImage imports; see {@link CustomImageImport}. */
  public List<CustomImageImport> customImageImports() {
    return customImageImports;
  }

  /** Registered directories; see {@link Directory}. */
  public List<Directory> directories() {
    return directories;
  }

  /**
   * Secret access key by access key id, for strict auth ({@link WorkSpacesMock.Builder#strictAuth(boolean)}): a
   * strict mock verifies each SigV4 signature with the secret of its access key and refuses keys that have none.
   * Ignored when strict auth is off; never exported.
   */
  public Map<String, String> secretAccessKeys() {
    return secretAccessKeys;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Seed s
        && Objects.equals(defaultAccountId, s.defaultAccountId)
        && accounts.equals(s.accounts)
        && images.equals(s.images)
        && workspaces.equals(s.workspaces)
        && bundles.equals(s.bundles)
        && customImageImports.equals(s.customImageImports)
        && directories.equals(s.directories)
        && secretAccessKeys.equals(s.secretAccessKeys);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        defaultAccountId, accounts, images, workspaces, bundles, customImageImports, directories);
  }

  @Override
  public String toString() {
    return "Seed[defaultAccountId="
        + defaultAccountId
        + ", accounts="
        + accounts
        + ", images="
        + images
        + ", workspaces="
        + workspaces
        + ", bundles="
        + bundles
        + ", customImageImports="
        + customImageImports
        + ", directories="
        + directories
        + ", secretAccessKeys="
        + secretAccessKeys.keySet()
        + "]";
  }

  /** An account the configuration knows about. Build one with {@link #builder(String)}. */
  public static final class Account {
    private final String accountId;
    private final List<String> accessKeyIds;
    private final Boolean byolEnabled;
    private final String organizationId;

    private Account(AccountBuilder b) {
      this.accountId = Objects.requireNonNull(b.accountId, "AccountId");
      this.accessKeyIds = List.copyOf(b.accessKeyIds);
      this.byolEnabled = b.byolEnabled;
      this.organizationId = b.organizationId;
    }

    public static AccountBuilder builder(String accountId) {
      return new AccountBuilder(accountId);
    }

    public String accountId() {
      return accountId;
    }

    /** Access key ids whose SigV4 credential selects this account. */
    public List<String> accessKeyIds() {
      return accessKeyIds;
    }

    /** {@code false} makes BYOL shares to this account fail; {@code null} is permissive. */
    public Boolean byolEnabled() {
      return byolEnabled;
    }

    /** BYOL images can only be shared inside one organization; {@code null} is permissive. */
    public String organizationId() {
      return organizationId;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Account a
          && accountId.equals(a.accountId)
          && accessKeyIds.equals(a.accessKeyIds)
          && Objects.equals(byolEnabled, a.byolEnabled)
          && Objects.equals(organizationId, a.organizationId);
    }

    @Override
    public int hashCode() {
      return accountId.hashCode();
    }

    @Override
    public String toString() {
      return "Account[" + accountId + ", accessKeyIds=" + accessKeyIds + "]";
    }
  }

  /**
   * An image. Only {@code imageId}, {@code ownerAccountId} and {@code region} are required; the rest default to
   * {@code Name} = the id, {@code OperatingSystem} WINDOWS, {@code State} AVAILABLE, {@code RequiredTenancy} DEFAULT,
   * {@code Created} = the time of seeding. A seeded {@code PENDING} image stays pending until a test forces its
   * state. Build one with {@link #builder(String, String, String)}.
   */
  public static final class Image {
    private final String imageId;
    private final String ownerAccountId;
    private final String region;
    private final String name;
    private final String description;
    private final OperatingSystemType operatingSystem;
    private final ImageState state;
    private final RequiredTenancy requiredTenancy;
    private final Instant created;
    private final String errorCode;
    private final String errorMessage;
    private final List<ImageErrorDetail> errorDetails;
    private final List<String> sharedAccountIds;
    private final List<Tag> tags;
    private final ImageUpdates updates;

    private Image(ImageBuilder b) {
      this.imageId = Objects.requireNonNull(b.imageId, "ImageId");
      this.ownerAccountId = Objects.requireNonNull(b.ownerAccountId, "OwnerAccountId");
      this.region = Objects.requireNonNull(b.region, "Region");
      this.name = b.name;
      this.description = b.description;
      this.operatingSystem = b.operatingSystem;
      this.state = b.state;
      this.requiredTenancy = b.requiredTenancy;
      this.created = b.created;
      this.errorCode = b.errorCode;
      this.errorMessage = b.errorMessage;
      this.errorDetails = List.copyOf(b.errorDetails);
      this.sharedAccountIds = List.copyOf(b.sharedAccountIds);
      this.tags = List.copyOf(b.tags);
      this.updates = b.updates;
    }

    public static ImageBuilder builder(String imageId, String ownerAccountId, String region) {
      return new ImageBuilder(imageId, ownerAccountId, region);
    }

    public String imageId() {
      return imageId;
    }

    public String ownerAccountId() {
      return ownerAccountId;
    }

    public String region() {
      return region;
    }

    /** {@code null}: the image id. */
    public String name() {
      return name;
    }

    public String description() {
      return description;
    }

    /** {@code OperatingSystem.Type}; {@code null}: WINDOWS. */
    public OperatingSystemType operatingSystem() {
      return operatingSystem;
    }

    /** {@code null}: AVAILABLE. */
    public ImageState state() {
      return state;
    }

    /** {@code null}: DEFAULT. */
    public RequiredTenancy requiredTenancy() {
      return requiredTenancy;
    }

    /** {@code null}: the time of seeding. */
    public Instant created() {
      return created;
    }

    public String errorCode() {
      return errorCode;
    }

    public String errorMessage() {
      return errorMessage;
    }

    public List<ImageErrorDetail> errorDetails() {
      return errorDetails;
    }

    public List<String> sharedAccountIds() {
      return sharedAccountIds;
    }

    public List<Tag> tags() {
      return tags;
    }

    /** {@code Updates}; {@code null}: the member is left out, as AWS leaves it out for most images. */
    public ImageUpdates updates() {
      return updates;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Image i
          && imageId.equals(i.imageId)
          && ownerAccountId.equals(i.ownerAccountId)
          && region.equals(i.region)
          && Objects.equals(name, i.name)
          && Objects.equals(description, i.description)
          && operatingSystem == i.operatingSystem
          && state == i.state
          && requiredTenancy == i.requiredTenancy
          && Objects.equals(created, i.created)
          && Objects.equals(errorCode, i.errorCode)
          && Objects.equals(errorMessage, i.errorMessage)
          && errorDetails.equals(i.errorDetails)
          && sharedAccountIds.equals(i.sharedAccountIds)
          && tags.equals(i.tags)
          && Objects.equals(updates, i.updates);
    }

    @Override
    public int hashCode() {
      return Objects.hash(imageId, ownerAccountId, region);
    }

    @Override
    public String toString() {
      return "Image[" + imageId + ", owner " + ownerAccountId + ", " + region + "]";
    }
  }

  /** A WorkSpace, the source of CreateWorkspaceImage. Build one with {@link #builder(String, String, String)}. */
  public static final class Workspace {
    private final String workspaceId;
    private final String ownerAccountId;
    private final String region;
    private final String state;
    private final OperatingSystemType operatingSystem;
    private final String bundleId;
    private final String directoryId;

    private Workspace(WorkspaceBuilder b) {
      this.workspaceId = Objects.requireNonNull(b.workspaceId, "WorkspaceId");
      this.ownerAccountId = Objects.requireNonNull(b.ownerAccountId, "OwnerAccountId");
      this.region = Objects.requireNonNull(b.region, "Region");
      this.state = b.state;
      this.operatingSystem = b.operatingSystem;
      this.bundleId = b.bundleId;
      this.directoryId = b.directoryId;
    }

    public static WorkspaceBuilder builder(
        String workspaceId, String ownerAccountId, String region) {
      return new WorkspaceBuilder(workspaceId, ownerAccountId, region);
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

    /** The WorkSpace's state as AWS writes it; {@code null}: AVAILABLE. */
    public String state() {
      return state;
    }

    /** {@code OperatingSystem.Type}; {@code null}: that of its bundle's image, else WINDOWS. */
    public OperatingSystemType operatingSystem() {
      return operatingSystem;
    }

    public String bundleId() {
      return bundleId;
    }

    /**
     * The directory the WorkSpace is in, which DeregisterWorkspaceDirectory then refuses to deregister; {@code null}
     * (the default): none. It need not be a registered directory.
     */
    public String directoryId() {
      return directoryId;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Workspace w
          && workspaceId.equals(w.workspaceId)
          && ownerAccountId.equals(w.ownerAccountId)
          && region.equals(w.region)
          && Objects.equals(state, w.state)
          && operatingSystem == w.operatingSystem
          && Objects.equals(bundleId, w.bundleId)
          && Objects.equals(directoryId, w.directoryId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(workspaceId, ownerAccountId, region);
    }

    @Override
    public String toString() {
      return "Workspace[" + workspaceId + ", owner " + ownerAccountId + ", " + region + "]";
    }
  }

  /**
   * A custom bundle; its {@code ImageId} associates it with an image, which then cannot be deleted. Build one with
   * {@link #builder(String, String, String)}.
   */
  public static final class Bundle {
    private final String bundleId;
    private final String ownerAccountId;
    private final String region;
    private final String name;
    private final String description;
    private final String imageId;

    private Bundle(BundleBuilder b) {
      this.bundleId = Objects.requireNonNull(b.bundleId, "BundleId");
      this.ownerAccountId = Objects.requireNonNull(b.ownerAccountId, "OwnerAccountId");
      this.region = Objects.requireNonNull(b.region, "Region");
      this.name = b.name;
      this.description = b.description;
      this.imageId = b.imageId;
    }

    public static BundleBuilder builder(String bundleId, String ownerAccountId, String region) {
      return new BundleBuilder(bundleId, ownerAccountId, region);
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

    @Override
    public boolean equals(Object o) {
      return o instanceof Bundle b
          && bundleId.equals(b.bundleId)
          && ownerAccountId.equals(b.ownerAccountId)
          && region.equals(b.region)
          && Objects.equals(name, b.name)
          && Objects.equals(description, b.description)
          && Objects.equals(imageId, b.imageId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(bundleId, ownerAccountId, region);
    }

    @Override
    public String toString() {
      return "Bundle[" + bundleId + ", owner " + ownerAccountId + ", " + region + "]";
    }
  }

  /**
   * An ImportCustomWorkspaceImage import, its id the id of the image it makes. One that is {@code PENDING} (the
   * default) or {@code IN_PROGRESS} is in flight: from the moment the seed is loaded it walks on as an import the API
   * started then would, and ends in {@code ERROR} with its {@code ErrorDetails} if it has any, else in {@code
   * COMPLETED}, when its image ({@code ImageName}, {@code ImageDescription}, {@code Tags}) appears. One that is
   * {@code COMPLETED} or {@code ERROR} stays so; a completed import's image is seeded under {@code Images}, as an export
   * writes it. Build one with {@link #builder(String, String, String)}.
   */
  public static final class CustomImageImport {
    private final String imageId;
    private final String ownerAccountId;
    private final String region;
    private final String imageName;
    private final String imageDescription;
    private final String infrastructureConfigurationArn;
    private final String ec2ImageId;
    private final String ec2ImportTaskId;
    private final String imageBuildVersionArn;
    private final CustomImageImportState state;
    private final Instant created;
    private final Instant lastUpdatedTime;
    private final List<ImageErrorDetail> errorDetails;
    private final List<Tag> tags;

    private CustomImageImport(CustomImageImportBuilder b) {
      this.imageId = Objects.requireNonNull(b.imageId, "ImageId");
      this.ownerAccountId = Objects.requireNonNull(b.ownerAccountId, "OwnerAccountId");
      this.region = Objects.requireNonNull(b.region, "Region");
      this.imageName = b.imageName;
      this.imageDescription = b.imageDescription;
      this.infrastructureConfigurationArn = b.infrastructureConfigurationArn;
      this.ec2ImageId = b.ec2ImageId;
      this.ec2ImportTaskId = b.ec2ImportTaskId;
      this.imageBuildVersionArn = b.imageBuildVersionArn;
      this.state = b.state;
      this.created = b.created;
      this.lastUpdatedTime = b.lastUpdatedTime;
      this.errorDetails = List.copyOf(b.errorDetails);
      this.tags = List.copyOf(b.tags);
    }

    public static CustomImageImportBuilder builder(
        String imageId, String ownerAccountId, String region) {
      return new CustomImageImportBuilder(imageId, ownerAccountId, region);
    }

    public String imageId() {
      return imageId;
    }

    public String ownerAccountId() {
      return ownerAccountId;
    }

    public String region() {
      return region;
    }

    /** The name of the image it makes; {@code null} means the image id. */
    public String imageName() {
      return imageName;
    }

    public String imageDescription() {
      return imageDescription;
    }

    public String infrastructureConfigurationArn() {
      return infrastructureConfigurationArn;
    }

    /** {@code ImageSource}: at most one of the three is set. */
    public String ec2ImageId() {
      return ec2ImageId;
    }

    public String ec2ImportTaskId() {
      return ec2ImportTaskId;
    }

    public String imageBuildVersionArn() {
      return imageBuildVersionArn;
    }

    /** {@code null} means {@code PENDING}. */
    public CustomImageImportState state() {
      return state;
    }

    /** {@code null} means the time the seed is loaded. */
    public Instant created() {
      return created;
    }

    /** {@code null} means {@link #created()}. */
    public Instant lastUpdatedTime() {
      return lastUpdatedTime;
    }

    /** What an import in {@code ERROR} reports, or the details an import in flight will end in ERROR with. */
    public List<ImageErrorDetail> errorDetails() {
      return errorDetails;
    }

    /** The tags of the image a completing import makes. */
    public List<Tag> tags() {
      return tags;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof CustomImageImport c
          && imageId.equals(c.imageId)
          && ownerAccountId.equals(c.ownerAccountId)
          && region.equals(c.region)
          && Objects.equals(imageName, c.imageName)
          && Objects.equals(imageDescription, c.imageDescription)
          && Objects.equals(infrastructureConfigurationArn, c.infrastructureConfigurationArn)
          && Objects.equals(ec2ImageId, c.ec2ImageId)
          && Objects.equals(ec2ImportTaskId, c.ec2ImportTaskId)
          && Objects.equals(imageBuildVersionArn, c.imageBuildVersionArn)
          && state == c.state
          && Objects.equals(created, c.created)
          && Objects.equals(lastUpdatedTime, c.lastUpdatedTime)
          && errorDetails.equals(c.errorDetails)
          && tags.equals(c.tags);
    }

    @Override
    public int hashCode() {
      return Objects.hash(imageId, ownerAccountId, region);
    }

    @Override
    public String toString() {
      return "CustomImageImport["
          + imageId
          + ", owner "
          + ownerAccountId
          + ", "
          + region
          + ", "
          + (state == null ? CustomImageImportState.PENDING : state)
          + "]";
    }
  }

  /**
   * A directory registered with WorkSpaces, as RegisterWorkspaceDirectory would leave it. The mock has no Directory
   * Service: the id need only be well formed. One seeded {@code REGISTERING} becomes {@code REGISTERED} the
   * image-ready delay after the seed is loaded. Build one with {@link #builder(String, String, String)}.
   */
  public static final class Directory {
    private final String directoryId;
    private final String ownerAccountId;
    private final String region;
    private final DirectoryState state;
    private final String registrationCode;
    private final List<String> subnetIds;
    private final Boolean enableSelfService;
    private final String tenancy;
    private final String workspaceDirectoryName;
    private final String workspaceDirectoryDescription;
    private final String userIdentityType;
    private final String workspaceType;

    private Directory(DirectoryBuilder b) {
      this.directoryId = Objects.requireNonNull(b.directoryId, "DirectoryId");
      this.ownerAccountId = Objects.requireNonNull(b.ownerAccountId, "OwnerAccountId");
      this.region = Objects.requireNonNull(b.region, "Region");
      this.state = b.state;
      this.registrationCode = b.registrationCode;
      this.subnetIds = List.copyOf(b.subnetIds);
      this.enableSelfService = b.enableSelfService;
      this.tenancy = b.tenancy;
      this.workspaceDirectoryName = b.workspaceDirectoryName;
      this.workspaceDirectoryDescription = b.workspaceDirectoryDescription;
      this.userIdentityType = b.userIdentityType;
      this.workspaceType = b.workspaceType;
    }

    public static DirectoryBuilder builder(
        String directoryId, String ownerAccountId, String region) {
      return new DirectoryBuilder(directoryId, ownerAccountId, region);
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

    /** {@code null}: REGISTERED. */
    public DirectoryState state() {
      return state;
    }

    /** {@code null}: the mock generates one when the seed is loaded. */
    public String registrationCode() {
      return registrationCode;
    }

    public List<String> subnetIds() {
      return subnetIds;
    }

    /** {@code null}: false. */
    public Boolean enableSelfService() {
      return enableSelfService;
    }

    /** {@code DEDICATED} or {@code SHARED}; {@code null}: SHARED. */
    public String tenancy() {
      return tenancy;
    }

    public String workspaceDirectoryName() {
      return workspaceDirectoryName;
    }

    public String workspaceDirectoryDescription() {
      return workspaceDirectoryDescription;
    }

    public String userIdentityType() {
      return userIdentityType;
    }

    public String workspaceType() {
      return workspaceType;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Directory d
          && directoryId.equals(d.directoryId)
          && ownerAccountId.equals(d.ownerAccountId)
          && region.equals(d.region)
          && state == d.state
          && Objects.equals(registrationCode, d.registrationCode)
          && subnetIds.equals(d.subnetIds)
          && Objects.equals(enableSelfService, d.enableSelfService)
          && Objects.equals(tenancy, d.tenancy)
          && Objects.equals(workspaceDirectoryName, d.workspaceDirectoryName)
          && Objects.equals(workspaceDirectoryDescription, d.workspaceDirectoryDescription)
          && Objects.equals(userIdentityType, d.userIdentityType)
          && Objects.equals(workspaceType, d.workspaceType);
    }

    @Override
    public int hashCode() {
      return Objects.hash(directoryId, ownerAccountId, region);
    }

    @Override
    public String toString() {
      return "Directory["
          + directoryId
          + ", owner "
          + ownerAccountId
          + ", "
          + region
          + ", "
          + (state == null ? DirectoryState.REGISTERED : state)
          + "]";
    }
  }

  /** Builds a {@link Directory}; see {@link Builder#directory(String, String, String, Consumer)}. */
  public static final class DirectoryBuilder {
    private final String directoryId;
    private final String ownerAccountId;
    private final String region;
    private DirectoryState state;
    private String registrationCode;
    private final List<String> subnetIds = new ArrayList<>();
    private Boolean enableSelfService;
    private String tenancy;
    private String workspaceDirectoryName;
    private String workspaceDirectoryDescription;
    private String userIdentityType;
    private String workspaceType;

    private DirectoryBuilder(String directoryId, String ownerAccountId, String region) {
      this.directoryId = directoryId;
      this.ownerAccountId = ownerAccountId;
      this.region = region;
    }

    public DirectoryBuilder state(DirectoryState state) {
      this.state = state;
      return this;
    }

    public DirectoryBuilder registrationCode(String registrationCode) {
      this.registrationCode = registrationCode;
      return this;
    }

    public DirectoryBuilder subnetIds(List<String> subnetIds) {
      this.subnetIds.addAll(subnetIds);
      return this;
    }

    public DirectoryBuilder enableSelfService(Boolean enableSelfService) {
      this.enableSelfService = enableSelfService;
      return this;
    }

    public DirectoryBuilder tenancy(String tenancy) {
      this.tenancy = tenancy;
      return this;
    }

    public DirectoryBuilder workspaceDirectoryName(String name) {
      this.workspaceDirectoryName = name;
      return this;
    }

    public DirectoryBuilder workspaceDirectoryDescription(String description) {
      this.workspaceDirectoryDescription = description;
      return this;
    }

    public DirectoryBuilder userIdentityType(String userIdentityType) {
      this.userIdentityType = userIdentityType;
      return this;
    }

    public DirectoryBuilder workspaceType(String workspaceType) {
      this.workspaceType = workspaceType;
      return this;
    }

    public Directory build() {
      return new Directory(this);
    }
  }

  /** Collects a seed fluently; see {@link Seed}. */
  public static final class Builder {
    private String defaultAccountId;
    private final List<Account> accounts = new ArrayList<>();
    private final List<Image> images = new ArrayList<>();
    private final List<Workspace> workspaces = new ArrayList<>();
    private final List<Bundle> bundles = new ArrayList<>();
    private final List<CustomImageImport> customImageImports = new ArrayList<>();
    private final List<Directory> directories = new ArrayList<>();
    private final Map<String, String> secretAccessKeys = new LinkedHashMap<>();

    private Builder() {}

    /** The secret of {@code accessKeyId}, checked by a strict-auth mock. */
    public Builder secretAccessKey(String accessKeyId, String secretAccessKey) {
      secretAccessKeys.put(accessKeyId, secretAccessKey);
      return this;
    }

    public Builder defaultAccountId(String accountId) {
      this.defaultAccountId = accountId;
      return this;
    }

    public Builder account(String accountId) {
      return account(accountId, a -> {});
    }

    public Builder account(String accountId, Consumer<AccountBuilder> spec) {
      AccountBuilder builder = Account.builder(accountId);
      spec.accept(builder);
      return account(builder.build());
    }

    public Builder account(Account account) {
      accounts.add(Objects.requireNonNull(account, "account"));
      return this;
    }

    public Builder image(String imageId, String ownerAccountId, String region) {
      return image(imageId, ownerAccountId, region, i -> {});
    }

    public Builder image(
        String imageId, String ownerAccountId, String region, Consumer<ImageBuilder> spec) {
      ImageBuilder builder = Image.builder(imageId, ownerAccountId, region);
      spec.accept(builder);
      return image(builder.build());
    }

    public Builder image(Image image) {
      images.add(Objects.requireNonNull(image, "image"));
      return this;
    }

    public Builder workspace(String workspaceId, String ownerAccountId, String region) {
      return workspace(workspaceId, ownerAccountId, region, w -> {});
    }

    public Builder workspace(
        String workspaceId, String ownerAccountId, String region, Consumer<WorkspaceBuilder> spec) {
      WorkspaceBuilder builder = Workspace.builder(workspaceId, ownerAccountId, region);
      spec.accept(builder);
      return workspace(builder.build());
    }

    public Builder workspace(Workspace workspace) {
      workspaces.add(Objects.requireNonNull(workspace, "workspace"));
      return this;
    }

    /** A bundle of {@code imageId}. */
    public Builder bundle(String bundleId, String ownerAccountId, String region, String imageId) {
      return bundle(bundleId, ownerAccountId, region, b -> b.imageId(imageId));
    }

    public Builder bundle(
        String bundleId, String ownerAccountId, String region, Consumer<BundleBuilder> spec) {
      BundleBuilder builder = Bundle.builder(bundleId, ownerAccountId, region);
      spec.accept(builder);
      return bundle(builder.build());
    }

    public Builder bundle(Bundle bundle) {
      bundles.add(Objects.requireNonNull(bundle, "bundle"));
      return this;
    }

    /** A {@code PENDING} import, in flight from the moment the seed is loaded; see {@link CustomImageImport}. */
    public Builder customImageImport(String imageId, String ownerAccountId, String region) {
      return customImageImport(imageId, ownerAccountId, region, c -> {});
    }

    public Builder customImageImport(
        String imageId,
        String ownerAccountId,
        String region,
        Consumer<CustomImageImportBuilder> spec) {
      CustomImageImportBuilder builder = CustomImageImport.builder(imageId, ownerAccountId, region);
      spec.accept(builder);
      return customImageImport(builder.build());
    }

    public Builder customImageImport(CustomImageImport customImageImport) {
      customImageImports.add(Objects.requireNonNull(customImageImport, "customImageImport"));
      return this;
    }

    /** A REGISTERED directory; see {@link Directory}. */
    public Builder directory(String directoryId, String ownerAccountId, String region) {
      return directory(directoryId, ownerAccountId, region, d -> {});
    }

    public Builder directory(
        String directoryId, String ownerAccountId, String region, Consumer<DirectoryBuilder> spec) {
      DirectoryBuilder builder = Directory.builder(directoryId, ownerAccountId, region);
      spec.accept(builder);
      return directory(builder.build());
    }

    public Builder directory(Directory directory) {
      directories.add(Objects.requireNonNull(directory, "directory"));
      return this;
    }

    /** Everything in {@code seed} after what this builder holds; its default account wins if set. */
    public Builder plus(Seed seed) {
      if (seed.defaultAccountId != null) {
        defaultAccountId = seed.defaultAccountId;
      }
      accounts.addAll(seed.accounts);
      images.addAll(seed.images);
      workspaces.addAll(seed.workspaces);
      bundles.addAll(seed.bundles);
      customImageImports.addAll(seed.customImageImports);
      directories.addAll(seed.directories);
      secretAccessKeys.putAll(seed.secretAccessKeys);
      return this;
    }

    public Seed build() {
      return new Seed(this);
    }
  }

  /** Builds an {@link Account}; see {@link Builder#account(String, Consumer)}. */
  public static final class AccountBuilder {
    private final String accountId;
    private final List<String> accessKeyIds = new ArrayList<>();
    private Boolean byolEnabled;
    private String organizationId;

    private AccountBuilder(String accountId) {
      this.accountId = accountId;
    }

    public AccountBuilder accessKeyIds(String... ids) {
      return accessKeyIds(Arrays.asList(ids));
    }

    public AccountBuilder accessKeyIds(List<String> ids) {
      accessKeyIds.addAll(ids);
      return this;
    }

    /** {@code null} (the default) is permissive. */
    public AccountBuilder byolEnabled(Boolean enabled) {
      this.byolEnabled = enabled;
      return this;
    }

    public AccountBuilder organizationId(String organizationId) {
      this.organizationId = organizationId;
      return this;
    }

    public Account build() {
      return new Account(this);
    }
  }

  /** Builds an {@link Image}; see {@link Builder#image(String, String, String, Consumer)}. */
  public static final class ImageBuilder {
    private final String imageId;
    private final String ownerAccountId;
    private final String region;
    private String name;
    private String description;
    private OperatingSystemType operatingSystem;
    private ImageState state;
    private RequiredTenancy requiredTenancy;
    private Instant created;
    private String errorCode;
    private String errorMessage;
    private final List<ImageErrorDetail> errorDetails = new ArrayList<>();
    private final List<String> sharedAccountIds = new ArrayList<>();
    private final List<Tag> tags = new ArrayList<>();
    private ImageUpdates updates;

    private ImageBuilder(String imageId, String ownerAccountId, String region) {
      this.imageId = imageId;
      this.ownerAccountId = ownerAccountId;
      this.region = region;
    }

    public ImageBuilder name(String name) {
      this.name = name;
      return this;
    }

    public ImageBuilder description(String description) {
      this.description = description;
      return this;
    }

    public ImageBuilder operatingSystem(OperatingSystemType type) {
      this.operatingSystem = type;
      return this;
    }

    public ImageBuilder state(ImageState state) {
      this.state = state;
      return this;
    }

    /** {@code ERROR} with the given code and message. */
    public ImageBuilder error(String code, String message, ImageErrorDetail... details) {
      this.state = ImageState.ERROR;
      this.errorCode = code;
      this.errorMessage = message;
      return errorDetails(Arrays.asList(details));
    }

    /** {@code ErrorCode} alone, whatever the state (a seed file may say so). */
    public ImageBuilder errorCode(String code) {
      this.errorCode = code;
      return this;
    }

    /** {@code ErrorMessage} alone, whatever the state. */
    public ImageBuilder errorMessage(String message) {
      this.errorMessage = message;
      return this;
    }

    public ImageBuilder errorDetails(List<ImageErrorDetail> details) {
      errorDetails.addAll(details);
      return this;
    }

    /** {@code RequiredTenancy} {@code DEDICATED}: a BYOL image. */
    public ImageBuilder byol() {
      this.requiredTenancy = RequiredTenancy.DEDICATED;
      return this;
    }

    public ImageBuilder requiredTenancy(RequiredTenancy tenancy) {
      this.requiredTenancy = tenancy;
      return this;
    }

    public ImageBuilder created(Instant created) {
      this.created = created;
      return this;
    }

    public ImageBuilder sharedWith(String... accountIds) {
      return sharedWith(Arrays.asList(accountIds));
    }

    public ImageBuilder sharedWith(List<String> accountIds) {
      sharedAccountIds.addAll(accountIds);
      return this;
    }

    public ImageBuilder tag(String key, String value) {
      return tags(List.of(new Tag(key, value)));
    }

    public ImageBuilder tags(List<Tag> more) {
      tags.addAll(more);
      return this;
    }

    /** {@code Updates}, as DescribeWorkspaceImages shows them; {@code null} (the default) leaves them out. */
    public ImageBuilder updates(ImageUpdates updates) {
      this.updates = updates;
      return this;
    }

    public Image build() {
      return new Image(this);
    }
  }

  /** Builds a {@link Workspace}; see {@link Builder#workspace(String, String, String, Consumer)}. */
  public static final class WorkspaceBuilder {
    private final String workspaceId;
    private final String ownerAccountId;
    private final String region;
    private String state;
    private OperatingSystemType operatingSystem;
    private String bundleId;
    private String directoryId;

    private WorkspaceBuilder(String workspaceId, String ownerAccountId, String region) {
      this.workspaceId = workspaceId;
      this.ownerAccountId = ownerAccountId;
      this.region = region;
    }

    /** The state as AWS writes it, e.g. {@code "STOPPED"}; AVAILABLE by default. */
    public WorkspaceBuilder state(String state) {
      this.state = state;
      return this;
    }

    public WorkspaceBuilder operatingSystem(OperatingSystemType type) {
      this.operatingSystem = type;
      return this;
    }

    public WorkspaceBuilder bundleId(String bundleId) {
      this.bundleId = bundleId;
      return this;
    }

    /** See {@link Workspace#directoryId()}. */
    public WorkspaceBuilder directoryId(String directoryId) {
      this.directoryId = directoryId;
      return this;
    }

    public Workspace build() {
      return new Workspace(this);
    }
  }

  /** Builds a {@link Bundle}; see {@link Builder#bundle(String, String, String, Consumer)}. */
  public static final class BundleBuilder {
    private final String bundleId;
    private final String ownerAccountId;
    private final String region;
    private String name;
    private String description;
    private String imageId;

    private BundleBuilder(String bundleId, String ownerAccountId, String region) {
      this.bundleId = bundleId;
      this.ownerAccountId = ownerAccountId;
      this.region = region;
    }

    public BundleBuilder name(String name) {
      this.name = name;
      return this;
    }

    public BundleBuilder description(String description) {
      this.description = description;
      return this;
    }

    /** The image the bundle is built from; it cannot be deleted while the bundle uses it. */
    public BundleBuilder imageId(String imageId) {
      this.imageId = imageId;
      return this;
    }

    public Bundle build() {
      return new Bundle(this);
    }
  }

  /** Builds a {@link CustomImageImport}; see {@link Builder#customImageImport(String, String, String, Consumer)}. */
  public static final class CustomImageImportBuilder {
    private final String imageId;
    private final String ownerAccountId;
    private final String region;
    private String imageName;
    private String imageDescription;
    private String infrastructureConfigurationArn;
    private String ec2ImageId;
    private String ec2ImportTaskId;
    private String imageBuildVersionArn;
    private CustomImageImportState state;
    private Instant created;
    private Instant lastUpdatedTime;
    private List<ImageErrorDetail> errorDetails = List.of();
    private final List<Tag> tags = new ArrayList<>();

    private CustomImageImportBuilder(String imageId, String ownerAccountId, String region) {
      this.imageId = imageId;
      this.ownerAccountId = ownerAccountId;
      this.region = region;
    }

    public CustomImageImportBuilder imageName(String imageName) {
      this.imageName = imageName;
      return this;
    }

    public CustomImageImportBuilder imageDescription(String imageDescription) {
      this.imageDescription = imageDescription;
      return this;
    }

    public CustomImageImportBuilder infrastructureConfigurationArn(String arn) {
      this.infrastructureConfigurationArn = arn;
      return this;
    }

    public CustomImageImportBuilder ec2ImageId(String ec2ImageId) {
      this.ec2ImageId = ec2ImageId;
      return this;
    }

    public CustomImageImportBuilder ec2ImportTaskId(String ec2ImportTaskId) {
      this.ec2ImportTaskId = ec2ImportTaskId;
      return this;
    }

    public CustomImageImportBuilder imageBuildVersionArn(String imageBuildVersionArn) {
      this.imageBuildVersionArn = imageBuildVersionArn;
      return this;
    }

    public CustomImageImportBuilder state(CustomImageImportState state) {
      this.state = state;
      return this;
    }

    /** Ends in (or, when the state says so, is in) {@code ERROR} with these details. */
    public CustomImageImportBuilder error(ImageErrorDetail... details) {
      return errorDetails(Arrays.asList(details));
    }

    public CustomImageImportBuilder errorDetails(List<ImageErrorDetail> details) {
      this.errorDetails = List.copyOf(details);
      return this;
    }

    public CustomImageImportBuilder created(Instant created) {
      this.created = created;
      return this;
    }

    public CustomImageImportBuilder lastUpdatedTime(Instant lastUpdatedTime) {
      this.lastUpdatedTime = lastUpdatedTime;
      return this;
    }

    public CustomImageImportBuilder tag(String key, String value) {
      tags.add(new Tag(key, value));
      return this;
    }

    public CustomImageImportBuilder tags(List<Tag> more) {
      tags.addAll(more);
      return this;
    }

    public CustomImageImport build() {
      return new CustomImageImport(this);
    }
  }
}
