package dev.wsmock;

import java.util.Objects;

/**
 * The switchable answers for the places where AWS's behaviour is undocumented. The defaults, and the evidence
 * for each, are in the behaviour reference ({@code docs/behaviour.md}, "Switches"); a team that learns the real answer flips one without waiting for a release. Immutable: each
 * {@code with...} returns a changed copy, and {@link #toBuilder()} changes several at once.
 *
 * <pre>{@code
 * WorkSpacesMock.builder()
 *     .behaviour(MockBehaviour.defaults().withRevokeOfUnknownGrant(MockBehaviour.RevokeOfUnknownGrant.IGNORE))
 *     .start();
 * }</pre>
 *
 * <p>A new switch is one field here, its accessor and wither, and one field and setter in {@link Builder}.
 */
public final class MockBehaviour {
  private static final MockBehaviour DEFAULTS = new Builder().build();

  private final int unknownOperationStatus;
  private final ConstraintErrors constraintErrors;
  private final RevokeOfUnknownGrant revokeOfUnknownGrant;
  private final DeleteOfUnknownImage deleteOfUnknownImage;
  private final RecipientReshare recipientReshare;
  private final int imageQuotaPerRegion;
  private final int bundleQuotaPerRegion;
  private final int tagsPerResource;
  private final boolean byopAllowListed;
  private final UpdateOfUpToDateImage updateOfUpToDateImage;

  private MockBehaviour(Builder b) {
    if (b.unknownOperationStatus != 400 && b.unknownOperationStatus != 404) {
      throw new IllegalArgumentException(
          "unknownOperationStatus must be 400 or 404, not " + b.unknownOperationStatus);
    }
    if (b.imageQuotaPerRegion < 0 || b.bundleQuotaPerRegion < 0 || b.tagsPerResource < 0) {
      throw new IllegalArgumentException("quotas must not be negative");
    }
    this.unknownOperationStatus = b.unknownOperationStatus;
    this.constraintErrors = Objects.requireNonNull(b.constraintErrors, "constraintErrors");
    this.revokeOfUnknownGrant =
        Objects.requireNonNull(b.revokeOfUnknownGrant, "revokeOfUnknownGrant");
    this.deleteOfUnknownImage =
        Objects.requireNonNull(b.deleteOfUnknownImage, "deleteOfUnknownImage");
    this.recipientReshare = Objects.requireNonNull(b.recipientReshare, "recipientReshare");
    this.imageQuotaPerRegion = b.imageQuotaPerRegion;
    this.bundleQuotaPerRegion = b.bundleQuotaPerRegion;
    this.tagsPerResource = b.tagsPerResource;
    this.byopAllowListed = b.byopAllowListed;
    this.updateOfUpToDateImage =
        Objects.requireNonNull(b.updateOfUpToDateImage, "updateOfUpToDateImage");
  }

  /** The default answers, those of the behaviour reference. */
  public static MockBehaviour defaults() {
    return DEFAULTS;
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from this behaviour. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** HTTP status of {@code UnknownOperationException}: 400 (default) or 404. */
  public int unknownOperationStatus() {
    return unknownOperationStatus;
  }

  /** The code for shape-constraint violations. */
  public ConstraintErrors constraintErrors() {
    return constraintErrors;
  }

  /** What revoking a share that was never granted does. */
  public RevokeOfUnknownGrant revokeOfUnknownGrant() {
    return revokeOfUnknownGrant;
  }

  /** What DeleteWorkspaceImage does for an unknown or foreign image. */
  public DeleteOfUnknownImage deleteOfUnknownImage() {
    return deleteOfUnknownImage;
  }

  /** The error a recipient gets when it tries to share an image shared with it. */
  public RecipientReshare recipientReshare() {
    return recipientReshare;
  }

  /** Owned images per account and region (AWS default 40). */
  public int imageQuotaPerRegion() {
    return imageQuotaPerRegion;
  }

  /** Custom bundles per account and region (AWS: 50). */
  public int bundleQuotaPerRegion() {
    return bundleQuotaPerRegion;
  }

  /** Tags per resource (AWS: 50). */
  public int tagsPerResource() {
    return tagsPerResource;
  }

  /** Whether accounts may import with the {@code *_BYOP} ingestion processes. */
  public boolean byopAllowListed() {
    return byopAllowListed;
  }

  public UpdateOfUpToDateImage updateOfUpToDateImage() {
    return updateOfUpToDateImage;
  }

  public MockBehaviour withUnknownOperationStatus(int status) {
    return toBuilder().unknownOperationStatus(status).build();
  }

  public MockBehaviour withConstraintErrors(ConstraintErrors value) {
    return toBuilder().constraintErrors(value).build();
  }

  public MockBehaviour withRevokeOfUnknownGrant(RevokeOfUnknownGrant value) {
    return toBuilder().revokeOfUnknownGrant(value).build();
  }

  public MockBehaviour withDeleteOfUnknownImage(DeleteOfUnknownImage value) {
    return toBuilder().deleteOfUnknownImage(value).build();
  }

  public MockBehaviour withRecipientReshare(RecipientReshare value) {
    return toBuilder().recipientReshare(value).build();
  }

  public MockBehaviour withImageQuotaPerRegion(int quota) {
    return toBuilder().imageQuotaPerRegion(quota).build();
  }

  public MockBehaviour withBundleQuotaPerRegion(int quota) {
    return toBuilder().bundleQuotaPerRegion(quota).build();
  }

  public MockBehaviour withTagsPerResource(int limit) {
    return toBuilder().tagsPerResource(limit).build();
  }

  public MockBehaviour withByopAllowListed(boolean allowed) {
    return toBuilder().byopAllowListed(allowed).build();
  }

  public MockBehaviour withUpdateOfUpToDateImage(UpdateOfUpToDateImage value) {
    return toBuilder().updateOfUpToDateImage(value).build();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MockBehaviour b
        && unknownOperationStatus == b.unknownOperationStatus
        && constraintErrors == b.constraintErrors
        && revokeOfUnknownGrant == b.revokeOfUnknownGrant
        && deleteOfUnknownImage == b.deleteOfUnknownImage
        && recipientReshare == b.recipientReshare
        && imageQuotaPerRegion == b.imageQuotaPerRegion
        && bundleQuotaPerRegion == b.bundleQuotaPerRegion
        && tagsPerResource == b.tagsPerResource
        && byopAllowListed == b.byopAllowListed
        && updateOfUpToDateImage == b.updateOfUpToDateImage;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        unknownOperationStatus,
        constraintErrors,
        revokeOfUnknownGrant,
        deleteOfUnknownImage,
        recipientReshare,
        imageQuotaPerRegion,
        bundleQuotaPerRegion,
        tagsPerResource,
        byopAllowListed,
        updateOfUpToDateImage);
  }

  @Override
  public String toString() {
    return "MockBehaviour[unknownOperationStatus="
        + unknownOperationStatus
        + ", constraintErrors="
        + constraintErrors
        + ", revokeOfUnknownGrant="
        + revokeOfUnknownGrant
        + ", deleteOfUnknownImage="
        + deleteOfUnknownImage
        + ", recipientReshare="
        + recipientReshare
        + ", imageQuotaPerRegion="
        + imageQuotaPerRegion
        + ", bundleQuotaPerRegion="
        + bundleQuotaPerRegion
        + ", tagsPerResource="
        + tagsPerResource
        + ", byopAllowListed="
        + byopAllowListed
        + ", updateOfUpToDateImage="
        + updateOfUpToDateImage
        + "]";
  }

  /** Which code a shape-constraint violation gets. */
  public enum ConstraintErrors {
    /** {@code ValidationException}, with the Coral "N validation errors detected" text. */
    VALIDATION_EXCEPTION,
    /** {@code InvalidParameterValuesException}, same text. */
    INVALID_PARAMETER_VALUES
  }

  /** Revoking a grant that does not exist. */
  public enum RevokeOfUnknownGrant {
    /** {@code InvalidParameterValuesException}. */
    REJECT,
    /** HTTP 200, nothing changes. */
    IGNORE
  }

  /** Deleting an image that is unknown or owned by another account. */
  public enum DeleteOfUnknownImage {
    /** HTTP 200, nothing changes. */
    IGNORE,
    /** {@code ResourceNotFoundException}. */
    RESOURCE_NOT_FOUND
  }

  /** A recipient trying to share an image that was shared with it. */
  public enum RecipientReshare {
    RESOURCE_NOT_FOUND,
    OPERATION_NOT_SUPPORTED
  }

  /** CreateUpdatedWorkspaceImage of an image that has no update available. */
  public enum UpdateOfUpToDateImage {
    /** {@code InvalidParameterValuesException}. */
    REJECT,
    /** A new image, as for an image with updates: an always-update pipeline then passes. */
    CREATE
  }

  /** Sets several switches at once; starts from the defaults ({@link #builder()}) or a behaviour ({@link #toBuilder()}). */
  public static final class Builder {
    private int unknownOperationStatus = 400;
    private ConstraintErrors constraintErrors = ConstraintErrors.VALIDATION_EXCEPTION;
    private RevokeOfUnknownGrant revokeOfUnknownGrant = RevokeOfUnknownGrant.REJECT;
    private DeleteOfUnknownImage deleteOfUnknownImage = DeleteOfUnknownImage.IGNORE;
    private RecipientReshare recipientReshare = RecipientReshare.RESOURCE_NOT_FOUND;
    private int imageQuotaPerRegion = 40;
    private int bundleQuotaPerRegion = 50;
    private int tagsPerResource = 50;
    private boolean byopAllowListed = false;
    private UpdateOfUpToDateImage updateOfUpToDateImage = UpdateOfUpToDateImage.REJECT;

    private Builder() {}

    private Builder(MockBehaviour b) {
      unknownOperationStatus = b.unknownOperationStatus;
      constraintErrors = b.constraintErrors;
      revokeOfUnknownGrant = b.revokeOfUnknownGrant;
      deleteOfUnknownImage = b.deleteOfUnknownImage;
      recipientReshare = b.recipientReshare;
      imageQuotaPerRegion = b.imageQuotaPerRegion;
      bundleQuotaPerRegion = b.bundleQuotaPerRegion;
      tagsPerResource = b.tagsPerResource;
      byopAllowListed = b.byopAllowListed;
      updateOfUpToDateImage = b.updateOfUpToDateImage;
    }

    public Builder unknownOperationStatus(int status) {
      this.unknownOperationStatus = status;
      return this;
    }

    public Builder constraintErrors(ConstraintErrors value) {
      this.constraintErrors = value;
      return this;
    }

    public Builder revokeOfUnknownGrant(RevokeOfUnknownGrant value) {
      this.revokeOfUnknownGrant = value;
      return this;
    }

    public Builder deleteOfUnknownImage(DeleteOfUnknownImage value) {
      this.deleteOfUnknownImage = value;
      return this;
    }

    public Builder recipientReshare(RecipientReshare value) {
      this.recipientReshare = value;
      return this;
    }

    public Builder imageQuotaPerRegion(int quota) {
      this.imageQuotaPerRegion = quota;
      return this;
    }

    public Builder bundleQuotaPerRegion(int quota) {
      this.bundleQuotaPerRegion = quota;
      return this;
    }

    public Builder tagsPerResource(int limit) {
      this.tagsPerResource = limit;
      return this;
    }

    public Builder byopAllowListed(boolean allowed) {
      this.byopAllowListed = allowed;
      return this;
    }

    public Builder updateOfUpToDateImage(UpdateOfUpToDateImage value) {
      this.updateOfUpToDateImage = value;
      return this;
    }

    /** The behaviour; an out-of-range value is an {@link IllegalArgumentException}. */
    public MockBehaviour build() {
      return new MockBehaviour(this);
    }
  }
}
