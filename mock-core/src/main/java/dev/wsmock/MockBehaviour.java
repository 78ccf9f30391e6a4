package dev.wsmock;

/**
 * The switchable answers for the places where AWS's behaviour is undocumented. The defaults, and the evidence
 * for each, are in the behaviour reference ({@code docs/behaviour.md}, "Switches"); a team that learns the real answer flips one without waiting for a release.
 *
 * <pre>{@code
 * WorkSpacesMock.builder()
 *     .behaviour(MockBehaviour.defaults().withRevokeOfUnknownGrant(MockBehaviour.RevokeOfUnknownGrant.IGNORE))
 *     .start();
 * }</pre>
 *
 * @param unknownOperationStatus HTTP status of {@code UnknownOperationException}: 400 (default) or 404
 * @param constraintErrors the code for shape-constraint violations
 * @param revokeOfUnknownGrant what revoking a share that was never granted does
 * @param deleteOfUnknownImage what DeleteWorkspaceImage does for an unknown or foreign image
 * @param recipientReshare the error a recipient gets when it tries to share an image shared with it
 * @param imageQuotaPerRegion owned images per account and region (AWS default 40)
 * @param bundleQuotaPerRegion custom bundles per account and region (AWS: 50)
 * @param tagsPerResource tags per resource (AWS: 50)
 * @param byopAllowListed whether accounts may import with the {@code *_BYOP} ingestion processes
 */
public record MockBehaviour(
    int unknownOperationStatus,
    ConstraintErrors constraintErrors,
    RevokeOfUnknownGrant revokeOfUnknownGrant,
    DeleteOfUnknownImage deleteOfUnknownImage,
    RecipientReshare recipientReshare,
    int imageQuotaPerRegion,
    int bundleQuotaPerRegion,
    int tagsPerResource,
    boolean byopAllowListed) {

  public MockBehaviour {
    if (unknownOperationStatus != 400 && unknownOperationStatus != 404) {
      throw new IllegalArgumentException(
          "unknownOperationStatus must be 400 or 404, not " + unknownOperationStatus);
    }
    if (imageQuotaPerRegion < 0 || bundleQuotaPerRegion < 0 || tagsPerResource < 0) {
      throw new IllegalArgumentException("quotas must not be negative");
    }
  }

  /** The default answers, those of the behaviour reference. */
  public static MockBehaviour defaults() {
    return new MockBehaviour(
        400,
        ConstraintErrors.VALIDATION_EXCEPTION,
        RevokeOfUnknownGrant.REJECT,
        DeleteOfUnknownImage.IGNORE,
        RecipientReshare.RESOURCE_NOT_FOUND,
        40,
        50,
        50,
        false);
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

  public MockBehaviour withUnknownOperationStatus(int status) {
    return edit(b -> b.unknownOperationStatus = status);
  }

  public MockBehaviour withConstraintErrors(ConstraintErrors value) {
    return edit(b -> b.constraintErrors = value);
  }

  public MockBehaviour withRevokeOfUnknownGrant(RevokeOfUnknownGrant value) {
    return edit(b -> b.revokeOfUnknownGrant = value);
  }

  public MockBehaviour withDeleteOfUnknownImage(DeleteOfUnknownImage value) {
    return edit(b -> b.deleteOfUnknownImage = value);
  }

  public MockBehaviour withRecipientReshare(RecipientReshare value) {
    return edit(b -> b.recipientReshare = value);
  }

  public MockBehaviour withImageQuotaPerRegion(int quota) {
    return edit(b -> b.imageQuotaPerRegion = quota);
  }

  public MockBehaviour withBundleQuotaPerRegion(int quota) {
    return edit(b -> b.bundleQuotaPerRegion = quota);
  }

  public MockBehaviour withTagsPerResource(int limit) {
    return edit(b -> b.tagsPerResource = limit);
  }

  public MockBehaviour withByopAllowListed(boolean allowed) {
    return edit(b -> b.byopAllowListed = allowed);
  }

  /** A copy with one change: every {@code with...} goes through here, so none can forget a component. */
  private MockBehaviour edit(java.util.function.Consumer<Components> change) {
    Components c = new Components(this);
    change.accept(c);
    return new MockBehaviour(
        c.unknownOperationStatus,
        c.constraintErrors,
        c.revokeOfUnknownGrant,
        c.deleteOfUnknownImage,
        c.recipientReshare,
        c.imageQuotaPerRegion,
        c.bundleQuotaPerRegion,
        c.tagsPerResource,
        c.byopAllowListed);
  }

  /** The components, mutable, for {@link #edit}. */
  private static final class Components {
    int unknownOperationStatus;
    ConstraintErrors constraintErrors;
    RevokeOfUnknownGrant revokeOfUnknownGrant;
    DeleteOfUnknownImage deleteOfUnknownImage;
    RecipientReshare recipientReshare;
    int imageQuotaPerRegion;
    int bundleQuotaPerRegion;
    int tagsPerResource;
    boolean byopAllowListed;

    Components(MockBehaviour b) {
      unknownOperationStatus = b.unknownOperationStatus;
      constraintErrors = b.constraintErrors;
      revokeOfUnknownGrant = b.revokeOfUnknownGrant;
      deleteOfUnknownImage = b.deleteOfUnknownImage;
      recipientReshare = b.recipientReshare;
      imageQuotaPerRegion = b.imageQuotaPerRegion;
      bundleQuotaPerRegion = b.bundleQuotaPerRegion;
      tagsPerResource = b.tagsPerResource;
      byopAllowListed = b.byopAllowListed;
    }
  }
}
