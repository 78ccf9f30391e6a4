package dev.wsmock.standalone.internal;

import dev.wsmock.MockBehaviour;
import dev.wsmock.MockBehaviour.ConstraintErrors;
import dev.wsmock.MockBehaviour.DeleteOfUnknownImage;
import dev.wsmock.MockBehaviour.RecipientReshare;
import dev.wsmock.MockBehaviour.RevokeOfUnknownGrant;
import dev.wsmock.MockBehaviour.UpdateOfUpToDateImage;
import picocli.CommandLine.Option;

/** The {@link MockBehaviour} switches as options; each default is {@link MockBehaviour#defaults()}'s ({@link CoreDefaults}). */
public final class BehaviourOptions {
  private static final MockBehaviour DEFAULTS = MockBehaviour.defaults();

  @Option(
      names = "--unknown-operation-status",
      paramLabel = "400|404",
      description = "HTTP status of UnknownOperationException (default: ${DEFAULT-VALUE}).")
  private Integer unknownOperationStatus;

  @Option(
      names = "--constraint-errors",
      paramLabel = "CODE",
      description =
          "Error code of shape-constraint violations: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  private ConstraintErrors constraintErrors;

  @Option(
      names = "--revoke-of-unknown-grant",
      paramLabel = "MODE",
      description =
          "Revoking a share never granted: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  private RevokeOfUnknownGrant revokeOfUnknownGrant;

  @Option(
      names = "--delete-of-unknown-image",
      paramLabel = "MODE",
      description =
          "Deleting an unknown or foreign image: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  private DeleteOfUnknownImage deleteOfUnknownImage;

  @Option(
      names = "--recipient-reshare",
      paramLabel = "CODE",
      description =
          "A recipient re-sharing a shared image: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  private RecipientReshare recipientReshare;

  @Option(
      names = "--image-quota-per-region",
      paramLabel = "N",
      description = "Owned images per account and region (default: ${DEFAULT-VALUE}).")
  private Integer imageQuotaPerRegion;

  @Option(
      names = "--bundle-quota-per-region",
      paramLabel = "N",
      description = "Custom bundles per account and region (default: ${DEFAULT-VALUE}).")
  private Integer bundleQuotaPerRegion;

  @Option(
      names = "--tags-per-resource",
      paramLabel = "N",
      description = "Tags per resource (default: ${DEFAULT-VALUE}).")
  private Integer tagsPerResource;

  @Option(
      names = "--byop-allow-listed",
      description = "Accounts may import with the *_BYOP ingestion processes.")
  private boolean byopAllowListed;

  @Option(
      names = "--update-of-up-to-date-image",
      paramLabel = "MODE",
      description =
          "CreateUpdatedWorkspaceImage of an image with no update available: ${COMPLETION-CANDIDATES}"
              + " (default: ${DEFAULT-VALUE}).")
  private UpdateOfUpToDateImage updateOfUpToDateImage;

  public MockBehaviour toMockBehaviour() {
    try {
      return MockBehaviour.builder()
          .unknownOperationStatus(or(unknownOperationStatus, DEFAULTS.unknownOperationStatus()))
          .constraintErrors(or(constraintErrors, DEFAULTS.constraintErrors()))
          .revokeOfUnknownGrant(or(revokeOfUnknownGrant, DEFAULTS.revokeOfUnknownGrant()))
          .deleteOfUnknownImage(or(deleteOfUnknownImage, DEFAULTS.deleteOfUnknownImage()))
          .recipientReshare(or(recipientReshare, DEFAULTS.recipientReshare()))
          .imageQuotaPerRegion(or(imageQuotaPerRegion, DEFAULTS.imageQuotaPerRegion()))
          .bundleQuotaPerRegion(or(bundleQuotaPerRegion, DEFAULTS.bundleQuotaPerRegion()))
          .tagsPerResource(or(tagsPerResource, DEFAULTS.tagsPerResource()))
          .byopAllowListed(byopAllowListed || DEFAULTS.byopAllowListed())
          .updateOfUpToDateImage(or(updateOfUpToDateImage, DEFAULTS.updateOfUpToDateImage()))
          .build();
    } catch (IllegalArgumentException e) {
      throw new StartupFailure(StartupFailure.USAGE, e.getMessage(), e);
    }
  }

  private static <T> T or(T value, T fallback) {
    return value != null ? value : fallback;
  }
}
