package dev.wsmock.internal.operations;

import dev.wsmock.ImageErrorDetail;
import dev.wsmock.ImageState;
import dev.wsmock.internal.model.AccountSettings;
import dev.wsmock.internal.model.ImageEntry;
import dev.wsmock.internal.model.Limits;
import dev.wsmock.internal.model.ServiceState;
import dev.wsmock.internal.shapes.Common;
import dev.wsmock.internal.shapes.ImageShapes;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Lookups, limits and mappings that several image handlers share. */
final class ImageRules {
  private ImageRules() {}

  static final Set<String> GOVCLOUD_REGIONS = Set.of("us-gov-west-1", "us-gov-east-1");
  static final String CHINA_NINGXIA = "cn-northwest-1";

  /** The regions boto3 knows for WorkSpaces, plus GovCloud and China (Ningxia). */
  static final Set<String> WORKSPACES_REGIONS =
      Set.of(
          "af-south-1",
          "ap-northeast-1",
          "ap-northeast-2",
          "ap-south-1",
          "ap-southeast-1",
          "ap-southeast-2",
          "ap-southeast-5",
          "ca-central-1",
          "eu-central-1",
          "eu-west-1",
          "eu-west-2",
          "eu-west-3",
          "il-central-1",
          "sa-east-1",
          "us-east-1",
          "us-east-2",
          "us-west-2",
          "us-gov-west-1",
          "us-gov-east-1",
          "cn-northwest-1");

  static boolean isGovCloud(String region) {
    return GOVCLOUD_REGIONS.contains(region);
  }

  /** Regions where copying to or from another region is not self-service. */
  static boolean restrictsCrossRegionCopy(String region) {
    return isGovCloud(region) || CHINA_NINGXIA.equals(region);
  }

  /** The caller's own image in its region, or {@code ResourceNotFoundException}. */
  static ImageEntry ownedImage(ServiceState state, Caller caller, String imageId) {
    ImageEntry image = state.region(caller.region()).image(imageId);
    if (image == null || !image.isOwnedBy(caller.accountId())) {
      throw ErrorTexts.imageNotFound();
    }
    return image;
  }

  /** Owned, or shared with the caller and (with opt-in eventual consistency) already visible to it. */
  static boolean isVisibleTo(ImageEntry image, Caller caller) {
    return image.isOwnedBy(caller.accountId())
        || (image.isSharedWith(caller.accountId())
            && image.shareVisibleTo(caller.accountId(), caller.now()));
  }

  /**
   * What a BYOL import by an account the configuration marks as not BYOL-enabled ends in ERROR with: the service
   * model's {@code WorkspacesBYOLAccountNotFound}.
   */
  static final ImageErrorDetail BYOL_ACCOUNT_NOT_FOUND =
      new ImageErrorDetail("WorkspacesBYOLAccountNotFound", "The account is not enabled for BYOL.");

  /** Whether the configuration marks the account as not BYOL-enabled (an account it does not describe is). */
  static boolean byolDisabled(ServiceState state, String accountId) {
    return state
        .account(accountId)
        .map(AccountSettings::byolEnabled)
        .map(Boolean.FALSE::equals)
        .orElse(false);
  }

  /** Room for one more owned image, and its name free, in the caller's region. */
  static void checkNewImageAllowed(ModelContext context, Caller caller, String name) {
    Limits.newImage(
            context.state().region(caller.region()),
            caller.accountId(),
            name,
            context.behaviour().imageQuotaPerRegion())
        .ifPresent(
            breach -> {
              throw breach.rule() == Limits.Rule.IMAGE_NAME_TAKEN
                  ? ErrorTexts.nameExists()
                  : ErrorTexts.imageQuotaReached(context.behaviour().imageQuotaPerRegion());
            });
  }

  /** A new image: AVAILABLE at once with a zero delay, else PENDING until the delay has passed on the mock clock. */
  /**
   * A new image of the caller's made from {@code source} (a copy, an updated image): its operating system and
   * tenancy, the request's name, description and tags, checked by the rules every new image follows, then added.
   */
  static ImageEntry newImageFrom(
      ModelContext context,
      Caller caller,
      ImageEntry source,
      String name,
      String description,
      List<Common.Tag> tags) {
    checkNewImageAllowed(context, caller, name);
    checkTags(tags, Map.of(), context.behaviour().tagsPerResource());
    ImageEntry image =
        newImage(
            context,
            caller,
            name,
            description,
            source.operatingSystem(),
            source.requiredTenancy(),
            null);
    applyTags(tags, image.tags());
    context.state().addImage(image);
    return image;
  }

  static ImageEntry newImage(
      ModelContext context,
      Caller caller,
      String name,
      String description,
      dev.wsmock.OperatingSystemType os,
      dev.wsmock.RequiredTenancy tenancy,
      String sourceWorkspaceId) {
    boolean atOnce = context.imageReadyAfter().isZero();
    ImageEntry image =
        new ImageEntry(
            context.state().newImageId(),
            caller.accountId(),
            caller.region(),
            name,
            description,
            os,
            tenancy,
            caller.now(),
            atOnce ? ImageState.AVAILABLE : ImageState.PENDING,
            sourceWorkspaceId);
    if (!atOnce) {
      image.schedule(ImageEntry.Transition.available(caller.now().plus(context.imageReadyAfter())));
    }
    image.reportPendingFor(context.consistency().get().pendingForDescribes());
    return image;
  }

  static ImageShapes.WorkspaceImage toShape(ImageEntry image, Instant now) {
    return toShape(image, now, image.stateAt(now));
  }

  /** As a describe reports it: a new image may still look PENDING (opt-in eventual consistency). */
  static ImageShapes.WorkspaceImage toDescribedShape(ImageEntry image, Instant now) {
    return image.looksPending() ? toShape(image, now, ImageState.PENDING) : toShape(image, now);
  }

  private static ImageShapes.WorkspaceImage toShape(
      ImageEntry image, Instant now, ImageState state) {
    List<ImageShapes.ErrorDetails> details =
        state == ImageState.ERROR && !image.errorDetailsAt(now).isEmpty()
            ? image.errorDetailsAt(now).stream()
                .map(d -> new ImageShapes.ErrorDetails(d.errorCode(), d.errorMessage()))
                .toList()
            : null;
    return new ImageShapes.WorkspaceImage(
        image.imageId(),
        image.name(),
        image.description(),
        new Common.OperatingSystem(image.operatingSystem().name()),
        state.name(),
        image.requiredTenancy().name(),
        image.errorCodeAt(now),
        image.errorMessageAt(now),
        image.created(),
        image.ownerAccountId(),
        ImageShapes.UpdateResult.of(image.updatesAt(now)),
        details);
  }

  /** Tags to set on a resource that holds {@code existing}: reserved keys and the per-resource limit checked. */
  static void checkTags(List<Common.Tag> tags, Map<String, String> existing, int limit) {
    if (tags == null) {
      return;
    }
    Limits.tags(tags.stream().map(Common.Tag::key).toList(), existing.keySet(), limit)
        .ifPresent(
            breach -> {
              throw breach.rule() == Limits.Rule.TAG_KEY_RESERVED
                  ? ErrorTexts.reservedTagKey(breach.detail())
                  : ErrorTexts.tagLimit(limit);
            });
  }

  static void applyTags(List<Common.Tag> tags, Map<String, String> target) {
    if (tags != null) {
      tags.forEach(t -> target.put(t.key(), t.value()));
    }
  }
}
