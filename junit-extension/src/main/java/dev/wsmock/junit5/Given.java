package dev.wsmock.junit5;

import dev.wsmock.CustomImageImportState;
import dev.wsmock.DirectoryState;
import dev.wsmock.ImageErrorDetail;
import dev.wsmock.ImageState;
import dev.wsmock.ImageUpdates;
import dev.wsmock.OperatingSystemType;
import dev.wsmock.RequiredTenancy;
import dev.wsmock.Seed;
import dev.wsmock.WorkSpacesMock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * States what exists before a test acts, in Java, in its first lines: accounts, images, WorkSpaces, bundles, custom
 * image imports and registered directories.
 * Each statement is added to the mock at once (a reset forgets it); what a statement leaves out defaults to the
 * test's default account and region. Inject it as a test parameter or {@link InjectMock} field.
 *
 * <pre>{@code
 * given.account(RECIPIENT, a -> a.byolEnabled(true))
 *      .image("wsi-golden0001", i -> i.ownedBy(OWNER).sharedWith(RECIPIENT))
 *      .image("wsi-byolimg01", i -> i.ownedBy(OWNER).byol().pending())
 *      .image("wsi-outdated01", i -> i.ownedBy(OWNER).updateAvailable("New drivers are available"))
 *      .bundle("wsb-golden001", b -> b.ownedBy(OWNER).image("wsi-golden0001"));
 * }</pre>
 *
 * @since 0.1
 */
public final class Given {
  private final WorkSpacesMock mock;
  private final String account;
  private final String region;

  private Given(WorkSpacesMock mock, String account, String region) {
    this.mock = Objects.requireNonNull(mock, "mock");
    this.account = account;
    this.region = region;
  }

  /** Statements for {@code mock}, defaulting to its default account and {@code us-east-1}. */
  public static Given on(WorkSpacesMock mock) {
    return new Given(mock, WorkSpacesMock.DEFAULT_ACCOUNT_ID, "us-east-1");
  }

  /** The same, with resources owned by {@code accountId} unless a statement says otherwise. */
  public Given as(String accountId) {
    return new Given(mock, accountId, region);
  }

  /** The same, with resources in {@code region} unless a statement says otherwise. */
  public Given inRegion(String region) {
    return new Given(mock, account, region);
  }

  /** An account the mock knows about (needed only for BYOL settings, organizations or access-key mapping). */
  public Given account(String accountId, Consumer<Seed.AccountBuilder> spec) {
    return apply(Seed.builder().account(accountId, spec));
  }

  /** An AVAILABLE Windows image owned by the default account in the default region. */
  public Given image(String imageId) {
    return image(imageId, i -> {});
  }

  /** An image, e.g. {@code image("wsi-golden0001", i -> i.ownedBy(OWNER).sharedWith(RECIPIENT).pending())}. */
  public Given image(String imageId, Consumer<ImageSpec> spec) {
    ImageSpec image = new ImageSpec(account, region);
    spec.accept(image);
    return apply(
        Seed.builder()
            .image(imageId, image.owner, image.region, b -> image.steps.forEach(s -> s.accept(b))));
  }

  /** An AVAILABLE WorkSpace, the source of CreateWorkspaceImage. */
  public Given workspace(String workspaceId, Consumer<WorkspaceSpec> spec) {
    WorkspaceSpec w = new WorkspaceSpec(account, region);
    spec.accept(w);
    return apply(
        Seed.builder()
            .workspace(
                workspaceId,
                w.owner,
                w.region,
                s ->
                    s.state(w.state)
                        .operatingSystem(w.operatingSystem)
                        .bundleId(w.bundleId)
                        .directoryId(w.directoryId)));
  }

  /** A custom bundle; {@link BundleSpec#image(String)} associates it with an image. */
  public Given bundle(String bundleId, Consumer<BundleSpec> spec) {
    BundleSpec b = new BundleSpec(account, region);
    spec.accept(b);
    return apply(
        Seed.builder()
            .bundle(
                bundleId,
                b.owner,
                b.region,
                s -> s.name(b.name).description(b.description).imageId(b.imageId)));
  }

  /**
   * An ImportCustomWorkspaceImage import in flight (or ended), e.g. {@code customImageImport("wsi-import0001", c ->
   * c.ownedBy(OWNER).error(new ImageErrorDetail("ImageValidationFailed", "...")))}: it walks on from now as an import
   * the API started now would, and ends in ERROR (no image) when given error details, else COMPLETED with its image.
   */
  public Given customImageImport(String imageId, Consumer<CustomImageImportSpec> spec) {
    CustomImageImportSpec c = new CustomImageImportSpec(account, region);
    spec.accept(c);
    return apply(
        Seed.builder()
            .customImageImport(
                imageId, c.owner, c.region, b -> c.steps.forEach(step -> step.accept(b))));
  }

  /**
   * A directory registered with WorkSpaces, REGISTERED unless {@link DirectorySpec#registering()} says it is still
   * registering (it then becomes REGISTERED the image-ready delay from now), e.g. {@code directory("d-1234567890", d
   * -> d.ownedBy(OWNER))}.
   */
  public Given directory(String directoryId, Consumer<DirectorySpec> spec) {
    DirectorySpec d = new DirectorySpec(account, region);
    spec.accept(d);
    return apply(
        Seed.builder()
            .directory(
                directoryId, d.owner, d.region, b -> d.steps.forEach(step -> step.accept(b))));
  }

  /** A whole {@link Seed} built elsewhere. */
  public Given seed(Seed seed) {
    mock.seed(seed);
    return this;
  }

  private Given apply(Seed.Builder builder) {
    mock.seed(builder.build());
    return this;
  }

  /** An image statement; see {@link Given#image(String, Consumer)}. Unset members get the seed defaults. */
  public static final class ImageSpec {
    private String owner;
    private String region;
    private final List<Consumer<Seed.ImageBuilder>> steps = new ArrayList<>();

    private ImageSpec(String owner, String region) {
      this.owner = owner;
      this.region = region;
    }

    public ImageSpec ownedBy(String accountId) {
      this.owner = accountId;
      return this;
    }

    public ImageSpec inRegion(String region) {
      this.region = region;
      return this;
    }

    public ImageSpec sharedWith(String... accountIds) {
      steps.add(b -> b.sharedWith(accountIds));
      return this;
    }

    public ImageSpec state(ImageState state) {
      steps.add(b -> b.state(state));
      return this;
    }

    /** PENDING until the test forces it ({@code mock.forceAvailable}): seeded images do not ripen on their own. */
    public ImageSpec pending() {
      return state(ImageState.PENDING);
    }

    public ImageSpec error(String errorCode, String errorMessage, ImageErrorDetail... details) {
      steps.add(b -> b.error(errorCode, errorMessage, details));
      return this;
    }

    /** {@code RequiredTenancy} DEDICATED: a BYOL image. */
    public ImageSpec byol() {
      return tenancy(RequiredTenancy.DEDICATED);
    }

    public ImageSpec tenancy(RequiredTenancy tenancy) {
      steps.add(b -> b.requiredTenancy(tenancy));
      return this;
    }

    public ImageSpec name(String name) {
      steps.add(b -> b.name(name));
      return this;
    }

    public ImageSpec description(String description) {
      steps.add(b -> b.description(description));
      return this;
    }

    public ImageSpec operatingSystem(OperatingSystemType type) {
      steps.add(b -> b.operatingSystem(type));
      return this;
    }

    public ImageSpec tag(String key, String value) {
      steps.add(b -> b.tag(key, value));
      return this;
    }

    /** {@code Updates}, as DescribeWorkspaceImages shows them to the owner and to recipients. */
    public ImageSpec updates(ImageUpdates updates) {
      steps.add(b -> b.updates(updates));
      return this;
    }

    /** {@code Updates} with {@code UpdateAvailable} true: CreateUpdatedWorkspaceImage accepts it as a source. */
    public ImageSpec updateAvailable(String description) {
      return updates(ImageUpdates.available(description));
    }
  }

  /**
   * An import statement; see {@link Given#customImageImport(String, Consumer)}. Unset members get the seed defaults.
   */
  public static final class CustomImageImportSpec {
    private String owner;
    private String region;
    private final List<Consumer<Seed.CustomImageImportBuilder>> steps = new ArrayList<>();

    private CustomImageImportSpec(String owner, String region) {
      this.owner = owner;
      this.region = region;
    }

    public CustomImageImportSpec ownedBy(String accountId) {
      this.owner = accountId;
      return this;
    }

    public CustomImageImportSpec inRegion(String region) {
      this.region = region;
      return this;
    }

    /** The name of the image it makes. */
    public CustomImageImportSpec imageName(String name) {
      steps.add(b -> b.imageName(name));
      return this;
    }

    public CustomImageImportSpec imageDescription(String description) {
      steps.add(b -> b.imageDescription(description));
      return this;
    }

    /** PENDING (the default) and IN_PROGRESS walk on; COMPLETED and ERROR stay. */
    public CustomImageImportSpec state(CustomImageImportState state) {
      steps.add(b -> b.state(state));
      return this;
    }

    /** Ends in ERROR with these details (or, with {@code state(ERROR)}, is in ERROR already). */
    public CustomImageImportSpec error(ImageErrorDetail... details) {
      steps.add(b -> b.error(details));
      return this;
    }

    public CustomImageImportSpec infrastructureConfigurationArn(String arn) {
      steps.add(b -> b.infrastructureConfigurationArn(arn));
      return this;
    }

    public CustomImageImportSpec ec2ImageId(String ec2ImageId) {
      steps.add(b -> b.ec2ImageId(ec2ImageId));
      return this;
    }

    public CustomImageImportSpec tag(String key, String value) {
      steps.add(b -> b.tag(key, value));
      return this;
    }
  }

  /** A WorkSpace statement; see {@link Given#workspace(String, Consumer)}. */
  public static final class WorkspaceSpec {
    private String owner;
    private String region;
    private String state;
    private OperatingSystemType operatingSystem;
    private String bundleId;
    private String directoryId;

    private WorkspaceSpec(String owner, String region) {
      this.owner = owner;
      this.region = region;
    }

    public WorkspaceSpec ownedBy(String accountId) {
      this.owner = accountId;
      return this;
    }

    public WorkspaceSpec inRegion(String region) {
      this.region = region;
      return this;
    }

    /** The WorkSpace {@code State}, e.g. {@code "STOPPED"}; AVAILABLE by default. */
    public WorkspaceSpec state(String state) {
      this.state = state;
      return this;
    }

    public WorkspaceSpec operatingSystem(OperatingSystemType type) {
      this.operatingSystem = type;
      return this;
    }

    public WorkspaceSpec bundle(String bundleId) {
      this.bundleId = bundleId;
      return this;
    }

    /** The directory it is in, which then cannot be deregistered; it need not be registered. */
    public WorkspaceSpec directory(String directoryId) {
      this.directoryId = directoryId;
      return this;
    }
  }

  /** A directory statement; see {@link Given#directory(String, Consumer)}. Unset members get the seed defaults. */
  public static final class DirectorySpec {
    private String owner;
    private String region;
    private final List<Consumer<Seed.DirectoryBuilder>> steps = new ArrayList<>();

    private DirectorySpec(String owner, String region) {
      this.owner = owner;
      this.region = region;
    }

    public DirectorySpec ownedBy(String accountId) {
      this.owner = accountId;
      return this;
    }

    public DirectorySpec inRegion(String region) {
      this.region = region;
      return this;
    }

    /** Still REGISTERING: REGISTERED the image-ready delay from now. */
    public DirectorySpec registering() {
      steps.add(b -> b.state(DirectoryState.REGISTERING));
      return this;
    }

    public DirectorySpec name(String workspaceDirectoryName) {
      steps.add(b -> b.workspaceDirectoryName(workspaceDirectoryName));
      return this;
    }
  }

  /** A bundle statement; see {@link Given#bundle(String, Consumer)}. */
  public static final class BundleSpec {
    private String owner;
    private String region;
    private String name;
    private String description;
    private String imageId;

    private BundleSpec(String owner, String region) {
      this.owner = owner;
      this.region = region;
    }

    public BundleSpec ownedBy(String accountId) {
      this.owner = accountId;
      return this;
    }

    public BundleSpec inRegion(String region) {
      this.region = region;
      return this;
    }

    public BundleSpec name(String name) {
      this.name = name;
      return this;
    }

    public BundleSpec description(String description) {
      this.description = description;
      return this;
    }

    /** The image the bundle is built from; the image then cannot be deleted. */
    public BundleSpec image(String imageId) {
      this.imageId = imageId;
      return this;
    }
  }
}
