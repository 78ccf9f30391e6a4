package dev.wsmock.junit5;

import static dev.wsmock.junit5.assertj.WorkSpacesAssertions.assertThat;

import dev.wsmock.CallJournal;
import dev.wsmock.Operation;
import dev.wsmock.WorkSpacesMock;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;
import software.amazon.awssdk.services.workspaces.model.ImageType;

/** The README's example, verbatim, so it keeps compiling and passing. */
@WorkSpacesMockTest
class ReadmeExampleTests {
  static final String OWNER = "111111111111", RECIPIENT = "222222222222";

  @Test
  void shares_the_golden_image_with_the_recipient(
      Given given,
      WorkSpacesMock mock,
      CallJournal journal,
      @Account(OWNER) WorkSpacesClient owner,
      @Account(RECIPIENT) WorkSpacesClient recipient) {
    given.image("wsi-golden0001", i -> i.ownedBy(OWNER));

    owner.updateWorkspaceImagePermission(
        r -> r.imageId("wsi-golden0001").sharedAccountId(RECIPIENT).allowCopyImage(true));

    assertThat(recipient.describeWorkspaceImages(r -> r.imageType(ImageType.SHARED)).images())
        .hasSize(1);
    assertThat(mock).image("us-east-1", "wsi-golden0001").isAvailable().isSharedWith(RECIPIENT);
    assertThat(journal)
        .calls(Operation.UPDATE_WORKSPACE_IMAGE_PERMISSION)
        .hasSize(1)
        .first()
        .hasRequestMember("SharedAccountId", RECIPIENT)
        .succeeded();
  }
}
