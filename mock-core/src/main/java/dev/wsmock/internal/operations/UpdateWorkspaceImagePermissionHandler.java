package dev.wsmock.internal.operations;

import dev.wsmock.Consistency;
import dev.wsmock.ImageState;
import dev.wsmock.MockBehaviour;
import dev.wsmock.Operation;
import dev.wsmock.internal.model.AccountSettings;
import dev.wsmock.internal.model.ImageEntry;
import dev.wsmock.internal.model.ServiceState;
import dev.wsmock.internal.shapes.Common.EmptyResult;
import dev.wsmock.internal.shapes.PermissionShapes.UpdateWorkspaceImagePermissionRequest;
import java.util.Objects;

/** Shares ({@code AllowCopyImage: true}) or unshares an image, with the rules checked in the order docs/behaviour.md gives. */
final class UpdateWorkspaceImagePermissionHandler
    implements OperationHandler<UpdateWorkspaceImagePermissionRequest, EmptyResult> {
  private final ModelContext context;

  UpdateWorkspaceImagePermissionHandler(ModelContext context) {
    this.context = context;
  }

  @Override
  public Operation operation() {
    return Operation.UPDATE_WORKSPACE_IMAGE_PERMISSION;
  }

  @Override
  public Class<UpdateWorkspaceImagePermissionRequest> inputType() {
    return UpdateWorkspaceImagePermissionRequest.class;
  }

  @Override
  public EmptyResult handle(Caller caller, UpdateWorkspaceImagePermissionRequest input) {
    ServiceState state = context.state();
    String target = input.sharedAccountId();
    boolean grant = input.allowCopyImage();
    return state.write(
        () -> {
          ImageEntry image = state.region(caller.region()).image(input.imageId());
          // 1. unknown, or not the owner's (a recipient cannot re-share)
          if (image == null || !image.isOwnedBy(caller.accountId())) {
            if (image != null
                && image.isSharedWith(caller.accountId())
                && context.behaviour().recipientReshare()
                    == MockBehaviour.RecipientReshare.OPERATION_NOT_SUPPORTED) {
              throw ErrorTexts.recipientCannotShare();
            }
            throw ErrorTexts.imageNotFound();
          }
          // 2. only AVAILABLE images can be shared or unshared
          if (image.stateAt(caller.now()) != ImageState.AVAILABLE) {
            throw ErrorTexts.imageNotAvailable();
          }
          // 3. no BYOL sharing in GovCloud
          if (grant && image.isByol() && ImageRules.isGovCloud(caller.region())) {
            throw ErrorTexts.byolShareInGovCloud();
          }
          // 4. never with oneself
          if (target.equals(caller.accountId())) {
            throw ErrorTexts.selfShare();
          }
          // 5. BYOL only to BYOL-enabled accounts of the same organization
          if (grant && image.isByol() && !byolShareAllowed(state, caller.accountId(), target)) {
            throw ErrorTexts.byolTargetNotEligible(target);
          }
          if (grant) {
            boolean isNew = !image.isSharedWith(target);
            state.grant(image, target); // 7. a second grant changes nothing
            Consistency lag = context.consistency().get();
            if (isNew && !lag.isImmediate()) {
              image.lagShare(
                  target,
                  caller.now().plus(lag.shareVisibleAfter()),
                  lag.shareVisibleAfterDescribes());
            }
          } else if (image.isSharedWith(target)) {
            state.revoke(image, target);
          } else if (context.behaviour().revokeOfUnknownGrant()
              == MockBehaviour.RevokeOfUnknownGrant.REJECT) {
            throw ErrorTexts.revokeWithoutGrant(target); // 6.
          }
          return EmptyResult.INSTANCE;
        });
  }

  /** Accounts the configuration does not describe are permissive. */
  private static boolean byolShareAllowed(ServiceState state, String owner, String target) {
    AccountSettings recipient = state.account(target).orElse(null);
    if (recipient == null) {
      return true;
    }
    if (Boolean.FALSE.equals(recipient.byolEnabled())) {
      return false;
    }
    String ownerOrganization =
        state.account(owner).map(AccountSettings::organizationId).orElse(null);
    return ownerOrganization == null
        || recipient.organizationId() == null
        || Objects.equals(ownerOrganization, recipient.organizationId());
  }
}
