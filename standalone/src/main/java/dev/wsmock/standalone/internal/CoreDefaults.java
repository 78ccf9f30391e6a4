package dev.wsmock.standalone.internal;

import dev.wsmock.MockBehaviour;
import dev.wsmock.WorkSpacesMock;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The defaults of the options that mirror the core builder's, taken from the core, so the help's
 * {@code (default: ...)} and an option left out both mean what {@link WorkSpacesMock.Builder} would do. Options
 * whose default is the server's own ({@code --port}, {@code --bind}) keep it in their annotation.
 */
public final class CoreDefaults implements IDefaultValueProvider {
  private static final MockBehaviour BEHAVIOUR = MockBehaviour.defaults();

  @Override
  public String defaultValue(ArgSpec argument) {
    if (!(argument instanceof OptionSpec option)) {
      return null;
    }
    return switch (option.longestName()) {
      case "--image-ready-after" -> WorkSpacesMock.DEFAULT_IMAGE_READY_AFTER.toString();
      case "--unknown-operation-status" -> String.valueOf(BEHAVIOUR.unknownOperationStatus());
      case "--constraint-errors" -> BEHAVIOUR.constraintErrors().name();
      case "--revoke-of-unknown-grant" -> BEHAVIOUR.revokeOfUnknownGrant().name();
      case "--delete-of-unknown-image" -> BEHAVIOUR.deleteOfUnknownImage().name();
      case "--recipient-reshare" -> BEHAVIOUR.recipientReshare().name();
      case "--image-quota-per-region" -> String.valueOf(BEHAVIOUR.imageQuotaPerRegion());
      case "--bundle-quota-per-region" -> String.valueOf(BEHAVIOUR.bundleQuotaPerRegion());
      case "--tags-per-resource" -> String.valueOf(BEHAVIOUR.tagsPerResource());
      case "--update-of-up-to-date-image" -> BEHAVIOUR.updateOfUpToDateImage().name();
      default -> null;
    };
  }
}
