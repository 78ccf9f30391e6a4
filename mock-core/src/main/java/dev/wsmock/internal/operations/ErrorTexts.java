package dev.wsmock.internal.operations;

import dev.wsmock.internal.error.ServiceError;
import dev.wsmock.internal.error.ServiceException;

/**
 * Every business-rule error text in one catalogue. Only the bundle-association text is a recorded AWS answer;
 * the others follow the house style of the real ones (docs/behaviour.md marks which is which).
 */
final class ErrorTexts {
  private ErrorTexts() {}

  static ServiceException imageNotFound() {
    return fail(
        new ServiceError.ResourceNotFound(
            "The specified image could not be found. Confirm that the image exists in your AWS account and that you own the image."));
  }

  static ServiceException imageNotAvailable() {
    return fail(
        new ServiceError.ResourceUnavailable(
            "The specified image is not available. Confirm that the image is in the AVAILABLE state, and try again."));
  }

  static ServiceException imagePending() {
    return fail(
        new ServiceError.InvalidResourceState(
            "The specified image is not in a valid state. Confirm that the image has a status of Available or Error, and try again."));
  }

  /** CreateUpdatedWorkspaceImage's source, which must be AVAILABLE (ResourceUnavailable is not its error). */
  static ServiceException sourceImageNotAvailable() {
    return fail(
        new ServiceError.InvalidResourceState(
            "The specified image is not in a valid state. Confirm that the image has a status of Available, and try again."));
  }

  static ServiceException updateNotSupportedForOs() {
    return fail(
        new ServiceError.OperationNotSupported(
            "Only Windows WorkSpace images can be updated programmatically at this time."));
  }

  static ServiceException noUpdateAvailable(String imageId) {
    return fail(
        new ServiceError.InvalidParameterValues(
            "One or more parameter values are not valid. The image "
                + imageId
                + " has no updates available. To determine whether an image has updates available, call"
                + " DescribeWorkspaceImages."));
  }

  static ServiceException imageUsedByBundles() {
    return fail(
        new ServiceError.ResourceAssociated(
            "One or more bundles are associated with the Image. Delete bundles associated with Image, and try again."));
  }

  static ServiceException imageShared() {
    return fail(
        new ServiceError.ResourceAssociated(
            "The image is shared with one or more accounts. Unshare the image from all accounts, and try again."));
  }

  static ServiceException byolShareInGovCloud() {
    return fail(
        new ServiceError.OperationNotSupported(
            "Sharing Bring Your Own License (BYOL) images across accounts isn't supported in this Region."));
  }

  static ServiceException recipientCannotShare() {
    return fail(
        new ServiceError.OperationNotSupported(
            "If an image has been shared with you, you can't further share that image with other accounts."));
  }

  static ServiceException selfShare() {
    return fail(
        new ServiceError.InvalidParameterValues(
            "One or more parameter values are not valid. You can't share an image with the account that owns it."));
  }

  static ServiceException byolTargetNotEligible(String accountId) {
    return fail(
        new ServiceError.InvalidParameterValues(
            "One or more parameter values are not valid. BYOL images can be shared only with accounts that are enabled"
                + " for BYOL and in the same organization; account "
                + accountId
                + " is not."));
  }

  static ServiceException revokeWithoutGrant(String accountId) {
    return fail(
        new ServiceError.InvalidParameterValues(
            "One or more parameter values are not valid. The image is not shared with account "
                + accountId
                + ", so the permission cannot be revoked."));
  }

  static ServiceException nameExists() {
    return fail(
        new ServiceError.ResourceAlreadyExists(
            "A WorkSpace image with the same name exists in the destination Region. Provide a unique destination image name, and try again."));
  }

  static ServiceException imageQuotaReached(int quota) {
    return fail(
        new ServiceError.ResourceLimitExceeded(
            "Your resource limits have been exceeded. The account already owns "
                + quota
                + " images in this Region."));
  }

  static ServiceException crossRegionCopyNotSupported(String region) {
    return fail(
        new ServiceError.OperationNotSupported(
            "Copying images to or from other Regions isn't supported in " + region + "."));
  }

  static ServiceException unknownSourceRegion(String region) {
    return fail(
        new ServiceError.InvalidParameterValues(
            "One or more parameter values are not valid. The source Region "
                + region
                + " is not a WorkSpaces Region."));
  }

  static ServiceException workspaceNotFound() {
    return fail(
        new ServiceError.ResourceNotFound(
            "The specified WorkSpace cannot be found. Confirm that the workspace exists in your AWS account, and try again."));
  }

  static ServiceException workspaceNotAvailable() {
    return fail(
        new ServiceError.InvalidResourceState(
            "The specified WorkSpace is not in a valid state. Confirm that the WorkSpace has a status of Available and a"
                + " modification state of None, and try again."));
  }

  static ServiceException byopNotAllowListed() {
    return fail(
        new ServiceError.OperationNotSupported(
            "The BYOP ingestion processes are only supported by Amazon WorkSpaces Core. Contact your account team to be allow-listed."));
  }

  static ServiceException tooManyApplications() {
    return fail(
        new ServiceError.InvalidParameterValues(
            "One or more parameter values are not valid. Only one application is allowed at this time."));
  }

  static ServiceException reservedTagKey(String key) {
    return fail(
        new ServiceError.InvalidParameterValues(
            "One or more parameter values are not valid. The tag key "
                + key
                + " uses the reserved prefix aws:."));
  }

  static ServiceException tagLimit(int limit) {
    return fail(
        new ServiceError.ResourceLimitExceeded(
            "Your resource limits have been exceeded. A resource can have at most "
                + limit
                + " tags."));
  }

  static ServiceException taggedResourceNotFound(String resourceId) {
    return fail(
        new ServiceError.ResourceNotFound(
            "The specified resource "
                + resourceId
                + " could not be found. wsmock models tags on images (wsi-) and"
                + " bundles (wsb-) you own."));
  }

  static ServiceException bundleNotFound() {
    return fail(
        new ServiceError.ResourceNotFound(
            "The specified bundle could not be found. Confirm that the bundle exists in your AWS account and that you own the bundle."));
  }

  static ServiceException bundleNameExists() {
    return fail(
        new ServiceError.ResourceAlreadyExists(
            "A bundle with the same name exists in this Region. Provide a unique bundle name, and try again."));
  }

  static ServiceException bundleQuotaReached(int quota) {
    return fail(
        new ServiceError.ResourceLimitExceeded(
            "Your resource limits have been exceeded. The account already owns "
                + quota
                + " bundles in this Region."));
  }

  static ServiceException bundleUsedByWorkspaces() {
    return fail(
        new ServiceError.ResourceAssociated(
            "One or more WorkSpaces are associated with the bundle. Delete the WorkSpaces, and try again."));
  }

  static ServiceException bundleFilterConflict() {
    return fail(
        new ServiceError.InvalidParameterValues(
            "One or more parameter values are not valid. You can filter by bundle ID or by owner, but not both."));
  }

  static ServiceException missingMember(String member) {
    return fail(
        new ServiceError.InvalidParameterValues(
            "One or more parameter values are not valid. " + member + " is required."));
  }

  static ServiceException invalidToken() {
    return fail(new ServiceError.InvalidParameterValues("The specified token is invalid."));
  }

  static ServiceException imageSourceNotOne() {
    return fail(
        new ServiceError.InvalidParameterValues(
            "One or more parameter values are not valid. Specify exactly one of Ec2ImageId, Ec2ImportTaskId and"
                + " ImageBuildVersionArn in ImageSource."));
  }

  static ServiceException byopProtocolNotAllowListed() {
    return fail(
        new ServiceError.OperationNotSupported(
            "The BYOP protocol is only supported by Amazon WorkSpaces Core. Contact your account team to be allow-listed."));
  }

  static ServiceException pcoipOnWindows11() {
    return fail(
        new ServiceError.InvalidParameterValues(
            "One or more parameter values are not valid. Windows 11 does not support the PCOIP protocol."));
  }

  static ServiceException infrastructureConfigurationNotFound() {
    return fail(
        new ServiceError.ResourceNotFound(
            "The specified infrastructure configuration could not be found. Confirm that it exists in your AWS"
                + " account and in this Region."));
  }

  static ServiceException imageImportNotFound() {
    return fail(
        new ServiceError.ResourceNotFound(
            "The specified image import could not be found. Confirm that the image was imported with"
                + " ImportCustomWorkspaceImage in your AWS account and in this Region."));
  }

  static ServiceException directoryAlreadyRegistered(String directoryId) {
    return fail(
        new ServiceError.ResourceAlreadyExists(
            "The specified directory "
                + directoryId
                + " is already registered with Amazon WorkSpaces in this Region."));
  }

  static ServiceException directoryNotFound() {
    return fail(
        new ServiceError.ResourceNotFound(
            "The specified directory could not be found. Confirm that the directory exists in your AWS account"
                + " and that you own the directory."));
  }

  static ServiceException directoryNotRegistered() {
    return fail(
        new ServiceError.InvalidResourceState(
            "The specified directory is not in a valid state. Confirm that the directory has a status of Active,"
                + " and try again."));
  }

  /** The API reference names this error for a directory that WorkSpaces are still registered to. */
  static ServiceException directoryUsedByWorkspaces() {
    return fail(
        new ServiceError.OperationNotSupported(
            "There are WorkSpaces assigned to this directory. You must remove the WorkSpaces before you deregister"
                + " the directory."));
  }

  private static ServiceException fail(ServiceError error) {
    return new ServiceException(error);
  }
}
