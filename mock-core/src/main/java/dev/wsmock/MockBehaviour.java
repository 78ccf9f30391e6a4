package dev.wsmock;

/**
 * The switchable answers for the places where AWS's behaviour is undocumented. The defaults are those of
 * {@code DECISIONS.md}; a team that learns the real answer flips one without waiting for a release.
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
      throw new IllegalArgumentException("unknownOperationStatus must be 400 or 404, not " + unknownOperationStatus);
    }
    if (imageQuotaPerRegion < 0 || bundleQuotaPerRegion < 0 || tagsPerResource < 0) {
      throw new IllegalArgumentException("quotas must not be negative");
    }
  }

  /** The answers of {@code DECISIONS.md}. */
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
    return new MockBehaviour(status, constraintErrors, revokeOfUnknownGrant, deleteOfUnknownImage, recipientReshare,
        imageQuotaPerRegion, bundleQuotaPerRegion, tagsPerResource, byopAllowListed);
  }

  public MockBehaviour withConstraintErrors(ConstraintErrors value) {
    return new MockBehaviour(unknownOperationStatus, value, revokeOfUnknownGrant, deleteOfUnknownImage,
        recipientReshare, imageQuotaPerRegion, bundleQuotaPerRegion, tagsPerResource, byopAllowListed);
  }

  public MockBehaviour withRevokeOfUnknownGrant(RevokeOfUnknownGrant value) {
    return new MockBehaviour(unknownOperationStatus, constraintErrors, value, deleteOfUnknownImage, recipientReshare,
        imageQuotaPerRegion, bundleQuotaPerRegion, tagsPerResource, byopAllowListed);
  }

  public MockBehaviour withDeleteOfUnknownImage(DeleteOfUnknownImage value) {
    return new MockBehaviour(unknownOperationStatus, constraintErrors, revokeOfUnknownGrant, value, recipientReshare,
        imageQuotaPerRegion, bundleQuotaPerRegion, tagsPerResource, byopAllowListed);
  }

  public MockBehaviour withRecipientReshare(RecipientReshare value) {
    return new MockBehaviour(unknownOperationStatus, constraintErrors, revokeOfUnknownGrant, deleteOfUnknownImage,
        value, imageQuotaPerRegion, bundleQuotaPerRegion, tagsPerResource, byopAllowListed);
  }

  public MockBehaviour withImageQuotaPerRegion(int quota) {
    return new MockBehaviour(unknownOperationStatus, constraintErrors, revokeOfUnknownGrant, deleteOfUnknownImage,
        recipientReshare, quota, bundleQuotaPerRegion, tagsPerResource, byopAllowListed);
  }

  public MockBehaviour withBundleQuotaPerRegion(int quota) {
    return new MockBehaviour(unknownOperationStatus, constraintErrors, revokeOfUnknownGrant, deleteOfUnknownImage,
        recipientReshare, imageQuotaPerRegion, quota, tagsPerResource, byopAllowListed);
  }

  public MockBehaviour withTagsPerResource(int limit) {
    return new MockBehaviour(unknownOperationStatus, constraintErrors, revokeOfUnknownGrant, deleteOfUnknownImage,
        recipientReshare, imageQuotaPerRegion, bundleQuotaPerRegion, limit, byopAllowListed);
  }

  public MockBehaviour withByopAllowListed(boolean allowed) {
    return new MockBehaviour(unknownOperationStatus, constraintErrors, revokeOfUnknownGrant, deleteOfUnknownImage,
        recipientReshare, imageQuotaPerRegion, bundleQuotaPerRegion, tagsPerResource, allowed);
  }
}
