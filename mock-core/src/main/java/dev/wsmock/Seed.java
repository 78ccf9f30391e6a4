package dev.wsmock;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
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
 * State to load into a mock: the Java form of a seed file. Members reuse the API's own names, plus the few
 * the API has no place for ({@code Region}, {@code SharedAccountIds}, {@code Tags}, {@code AccessKeyIds},
 * {@code ByolEnabled}, {@code OrganizationId}, and {@code SecretAccessKeys} for strict auth).
 *
 * <pre>{@code
 * Seed seed = Seed.builder()
 *     .account("111111111111", a -> a.accessKeyIds("AKIAOWNEREXAMPLE0001").byolEnabled(true))
 *     .image("wsi-golden001", "111111111111", "us-east-1", i -> i.name("golden-win11").sharedWith("222222222222"))
 *     .build();
 * WorkSpacesMock mock = WorkSpacesMock.builder().seed(seed).start();
 * }</pre>
 *
 * <p>The same structure is read from and written to JSON seed files ({@link WorkSpacesMock#loadSeed(java.nio.file.Path)},
 * {@link WorkSpacesMock#exportStateJson()}).
 *
 * @param defaultAccountId the account of callers whose access key maps to no account; {@code null} keeps the mock's
 * @param secretAccessKeys secret access key by access key id, for strict auth
 *     ({@link WorkSpacesMock.Builder#strictAuth(boolean)}): a strict mock verifies each SigV4 signature with the
 *     secret of its access key and refuses keys that have none. Ignored when strict auth is off; never exported.
 */
public record Seed(
    String defaultAccountId,
    List<Account> accounts,
    List<Image> images,
    List<Workspace> workspaces,
    List<Bundle> bundles,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> secretAccessKeys) {

  @JsonCreator
  public Seed {
    accounts = copy(accounts);
    images = copy(images);
    workspaces = copy(workspaces);
    bundles = copy(bundles);
    secretAccessKeys =
        secretAccessKeys == null
            ? Map.of()
            : Collections.unmodifiableMap(new LinkedHashMap<>(secretAccessKeys));
  }

  /** A seed without secret access keys. */
  public Seed(
      String defaultAccountId,
      List<Account> accounts,
      List<Image> images,
      List<Workspace> workspaces,
      List<Bundle> bundles) {
    this(defaultAccountId, accounts, images, workspaces, bundles, Map.of());
  }

  /** A seed with nothing in it. */
  public static Seed empty() {
    return new Seed(null, List.of(), List.of(), List.of(), List.of());
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads seed-file JSON; {@code source} names it in errors. Unknown members are a {@link SeedException} naming the
   * member's path.
   */
  public static Seed fromJson(byte[] json, String source) {
    return new dev.wsmock.internal.protocol.SeedFiles(dev.wsmock.internal.protocol.AwsJson.shared())
        .read(json, source);
  }

  /** This seed followed by {@code other}: lists are concatenated, {@code other}'s default account wins if set. */
  public Seed plus(Seed other) {
    return new Seed(
        other.defaultAccountId != null ? other.defaultAccountId : defaultAccountId,
        concat(accounts, other.accounts),
        concat(images, other.images),
        concat(workspaces, other.workspaces),
        concat(bundles, other.bundles),
        merge(secretAccessKeys, other.secretAccessKeys));
  }

  /**
   * An account the configuration knows about.
   *
   * @param accessKeyIds access key ids whose SigV4 credential selects this account
   * @param byolEnabled {@code false} makes BYOL shares to this account fail; {@code null} is permissive
   * @param organizationId BYOL images can only be shared inside one organization; {@code null} is permissive
   */
  public record Account(
      String accountId, List<String> accessKeyIds, Boolean byolEnabled, String organizationId) {
    public Account {
      Objects.requireNonNull(accountId, "AccountId");
      accessKeyIds = copy(accessKeyIds);
    }
  }

  /** {@code OperatingSystem} as the API writes it: {@code {"Type": "WINDOWS"}}. */
  public record OperatingSystem(OperatingSystemType type) {}

  /**
   * An image. Only {@code imageId}, {@code ownerAccountId} and {@code region} are required; the rest default to
   * {@code Name} = the id, {@code OperatingSystem} WINDOWS, {@code State} AVAILABLE, {@code RequiredTenancy}
   * DEFAULT, {@code Created} = the time of seeding. A seeded {@code PENDING} image stays pending until a test
   * forces its state.
   */
  public record Image(
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
      List<Tag> tags) {
    public Image {
      Objects.requireNonNull(imageId, "ImageId");
      Objects.requireNonNull(ownerAccountId, "OwnerAccountId");
      Objects.requireNonNull(region, "Region");
      errorDetails = copy(errorDetails);
      sharedAccountIds = copy(sharedAccountIds);
      tags = copy(tags);
    }
  }

  /** A WorkSpace, the source of CreateWorkspaceImage. {@code State} defaults to AVAILABLE. */
  public record Workspace(
      String workspaceId,
      String ownerAccountId,
      String region,
      String state,
      OperatingSystem operatingSystem,
      String bundleId) {
    public Workspace {
      Objects.requireNonNull(workspaceId, "WorkspaceId");
      Objects.requireNonNull(ownerAccountId, "OwnerAccountId");
      Objects.requireNonNull(region, "Region");
    }
  }

  /** A custom bundle; its {@code ImageId} associates it with an image, which then cannot be deleted. */
  public record Bundle(
      String bundleId,
      String ownerAccountId,
      String region,
      String name,
      String description,
      String imageId) {
    public Bundle {
      Objects.requireNonNull(bundleId, "BundleId");
      Objects.requireNonNull(ownerAccountId, "OwnerAccountId");
      Objects.requireNonNull(region, "Region");
    }
  }

  /** Collects a seed fluently; see {@link Seed}. */
  public static final class Builder {
    private String defaultAccountId;
    private final List<Account> accounts = new ArrayList<>();
    private final List<Image> images = new ArrayList<>();
    private final List<Workspace> workspaces = new ArrayList<>();
    private final List<Bundle> bundles = new ArrayList<>();
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
      AccountBuilder builder = new AccountBuilder(accountId);
      spec.accept(builder);
      accounts.add(builder.build());
      return this;
    }

    public Builder image(String imageId, String ownerAccountId, String region) {
      return image(imageId, ownerAccountId, region, i -> {});
    }

    public Builder image(
        String imageId, String ownerAccountId, String region, Consumer<ImageBuilder> spec) {
      ImageBuilder builder = new ImageBuilder(imageId, ownerAccountId, region);
      spec.accept(builder);
      images.add(builder.build());
      return this;
    }

    public Builder image(Image image) {
      images.add(image);
      return this;
    }

    public Builder workspace(String workspaceId, String ownerAccountId, String region) {
      workspaces.add(new Workspace(workspaceId, ownerAccountId, region, null, null, null));
      return this;
    }

    public Builder workspace(Workspace workspace) {
      workspaces.add(workspace);
      return this;
    }

    public Builder bundle(String bundleId, String ownerAccountId, String region, String imageId) {
      bundles.add(new Bundle(bundleId, ownerAccountId, region, null, null, imageId));
      return this;
    }

    public Builder bundle(Bundle bundle) {
      bundles.add(bundle);
      return this;
    }

    public Seed build() {
      return new Seed(defaultAccountId, accounts, images, workspaces, bundles, secretAccessKeys);
    }
  }

  /** See {@link Builder#account(String, Consumer)}. */
  public static final class AccountBuilder {
    private final String accountId;
    private final List<String> accessKeyIds = new ArrayList<>();
    private Boolean byolEnabled;
    private String organizationId;

    private AccountBuilder(String accountId) {
      this.accountId = accountId;
    }

    public AccountBuilder accessKeyIds(String... ids) {
      accessKeyIds.addAll(Arrays.asList(ids));
      return this;
    }

    public AccountBuilder byolEnabled(boolean enabled) {
      this.byolEnabled = enabled;
      return this;
    }

    public AccountBuilder organizationId(String organizationId) {
      this.organizationId = organizationId;
      return this;
    }

    Account build() {
      return new Account(accountId, accessKeyIds, byolEnabled, organizationId);
    }
  }

  /** See {@link Builder#image(String, String, String, Consumer)}. */
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
      this.errorDetails.addAll(Arrays.asList(details));
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
      sharedAccountIds.addAll(Arrays.asList(accountIds));
      return this;
    }

    public ImageBuilder tag(String key, String value) {
      tags.add(new Tag(key, value));
      return this;
    }

    Image build() {
      return new Image(
          imageId,
          ownerAccountId,
          region,
          name,
          description,
          operatingSystem == null ? null : new OperatingSystem(operatingSystem),
          state,
          requiredTenancy,
          created,
          errorCode,
          errorMessage,
          errorDetails,
          sharedAccountIds,
          tags);
    }
  }

  private static Map<String, String> merge(Map<String, String> a, Map<String, String> b) {
    Map<String, String> merged = new LinkedHashMap<>(a);
    merged.putAll(b);
    return merged;
  }

  private static <T> List<T> copy(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
