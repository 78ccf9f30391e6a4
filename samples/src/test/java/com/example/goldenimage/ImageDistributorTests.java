package com.example.goldenimage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.wsmock.Operation;
import dev.wsmock.RecordedCall;
import dev.wsmock.Seed;
import dev.wsmock.WorkSpacesMock;
import dev.wsmock.WorkspaceImage;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;

class ImageDistributorTests {
  private static final String OWNER = "111111111111";
  private static final String REGION = "us-east-1";
  private static final String IMAGE = "wsi-golden0001";

  private WorkSpacesMock mock;

  @BeforeEach
  void start_mock() {
    mock = WorkSpacesMock.builder().seedResource("seeds/golden-images.json").start();
  }

  @AfterEach
  void stop_mock() {
    mock.close();
  }

  @Test
  void grants_exactly_the_missing_accounts_and_makes_no_call_for_accounts_already_shared() {
    // GIVEN the seed shares IMAGE with 222222222222 and 333333333333
    try (WorkSpacesClient owner = SampleClients.forAccount(mock, OWNER, REGION)) {
      // WHEN
      ShareSyncResult result = new ImageDistributor(owner)
          .syncShares(IMAGE, List.of("222222222222", "333333333333", "444444444444", "555555555555"));

      // THEN
      assertThat(result).isEqualTo(new ShareSyncResult.Synced(IMAGE,
          List.of("444444444444", "555555555555"), List.of(), List.of("222222222222", "333333333333")));
      assertThat(mock.journal().calls(Operation.UPDATE_WORKSPACE_IMAGE_PERMISSION))
          .extracting(c -> c.requestMember("SharedAccountId"), c -> c.requestMember("AllowCopyImage"))
          .containsExactly(tuple("444444444444", true), tuple("555555555555", true));
      assertThat(image().sharedAccountIds())
          .containsExactly("222222222222", "333333333333", "444444444444", "555555555555");
    }
  }

  @Test
  void revokes_the_accounts_that_are_no_longer_wanted() {
    try (WorkSpacesClient owner = SampleClients.forAccount(mock, OWNER, REGION)) {
      ShareSyncResult result = new ImageDistributor(owner).syncShares(IMAGE, List.of("333333333333"));

      assertThat(result.revoked()).containsExactly("222222222222");
      assertThat(result.granted()).isEmpty();
      assertThat(mock.journal().calls(Operation.UPDATE_WORKSPACE_IMAGE_PERMISSION))
          .extracting(c -> c.requestMember("SharedAccountId"), c -> c.requestMember("AllowCopyImage"))
          .containsExactly(tuple("222222222222", false));
      assertThat(image().sharedAccountIds()).containsExactly("333333333333");
    }
  }

  @Test
  void a_second_run_finds_nothing_to_do() {
    try (WorkSpacesClient owner = SampleClients.forAccount(mock, OWNER, REGION)) {
      ImageDistributor distributor = new ImageDistributor(owner);
      distributor.syncShares(IMAGE, List.of("333333333333", "444444444444"));
      mock.journal().clear();

      ShareSyncResult again = distributor.syncShares(IMAGE, List.of("333333333333", "444444444444"));

      assertThat(again.granted()).isEmpty();
      assertThat(again.revoked()).isEmpty();
      assertThat(mock.journal().calls(Operation.UPDATE_WORKSPACE_IMAGE_PERMISSION)).isEmpty();
    }
  }

  @Test
  void reads_every_page_of_permissions_before_deciding_what_to_change() {
    // GIVEN an image shared with 30 accounts: AWS returns permissions 25 to a page
    List<String> thirty = IntStream.rangeClosed(1, 30).mapToObj(i -> String.format("2100000000%02d", i)).toList();
    mock.seed(Seed.builder().image("wsi-manyshares1", OWNER, REGION, i -> i.sharedWith(thirty.toArray(String[]::new))).build());
    List<String> desired = new java.util.ArrayList<>(thirty.subList(0, 27));
    desired.add("299999999999");

    try (WorkSpacesClient owner = SampleClients.forAccount(mock, OWNER, REGION)) {
      // WHEN
      ShareSyncResult result = new ImageDistributor(owner).syncShares("wsi-manyshares1", desired);

      // THEN the three extra accounts on page 2 are revoked, and nobody on page 2 is granted again
      assertThat(mock.journal().calls(Operation.DESCRIBE_WORKSPACE_IMAGE_PERMISSIONS)).hasSize(2);
      assertThat(result.revoked()).containsExactly("210000000028", "210000000029", "210000000030");
      assertThat(result.granted()).containsExactly("299999999999");
      assertThat(mock.journal().calls(Operation.UPDATE_WORKSPACE_IMAGE_PERMISSION))
          .extracting(c -> c.requestMember("SharedAccountId"))
          .containsExactly("210000000028", "210000000029", "210000000030", "299999999999");
      assertThat(mock.image(REGION, "wsi-manyshares1").orElseThrow().sharedAccountIds())
          .containsExactlyInAnyOrderElementsOf(desired);
    }
  }

  @Test
  void reports_a_GovCloud_BYOL_refusal_as_a_result_instead_of_an_exception() {
    // GIVEN the seed's BYOL image in us-gov-west-1, where AWS does not share BYOL images across accounts
    try (WorkSpacesClient owner = SampleClients.forAccount(mock, OWNER, "us-gov-west-1")) {
      ShareSyncResult result = new ImageDistributor(owner).syncShares("wsi-govbyol001", List.of("222222222222"));

      assertThat(result).isInstanceOfSatisfying(ShareSyncResult.SharingRefused.class, refused -> {
        assertThat(refused.notGranted()).containsExactly("222222222222");
        assertThat(refused.reason()).contains("Bring Your Own License (BYOL)");
      });
      assertThat(mock.journal().calls(Operation.UPDATE_WORKSPACE_IMAGE_PERMISSION))
          .singleElement()
          .extracting(RecordedCall::errorCode)
          .isEqualTo("OperationNotSupportedException");
    }
  }

  @Test
  void rides_out_throttling_with_the_configured_retry_strategy() {
    // GIVEN five throttled reads in a row: one more than the SDK's default of four attempts survives
    Throttling.firstCalls(mock, Operation.DESCRIBE_WORKSPACE_IMAGE_PERMISSIONS, 5);

    try (WorkSpacesClient owner = SampleClients.forAccount(mock, OWNER, REGION)) {
      ShareSyncResult result = new ImageDistributor(owner).syncShares(IMAGE, List.of("222222222222"));

      assertThat(result.revoked()).containsExactly("333333333333");
      assertThat(mock.journal().calls(Operation.DESCRIBE_WORKSPACE_IMAGE_PERMISSIONS))
          .singleElement()
          .satisfies(call -> assertThat(call.sdkAttempt()).isEqualTo(6));
    }
  }

  @Test
  void treats_a_revoke_whose_response_was_lost_as_done() {
    // GIVEN the revoke commits, but its response never reaches the client, so the SDK sends it again
    LostResponse lost = LostResponse.ofFirst("UpdateWorkspaceImagePermission");
    try (WorkSpacesClient owner = SampleClients.forAccount(mock, OWNER, REGION, lost)) {
      // WHEN
      ShareSyncResult result = new ImageDistributor(owner).syncShares(IMAGE, List.of("333333333333"));

      // THEN the retry's "no such grant" is recognised as the first attempt having worked
      assertThat(lost.fired()).isTrue();
      assertThat(result).isInstanceOf(ShareSyncResult.Synced.class);
      assertThat(result.revoked()).containsExactly("222222222222");
      assertThat(mock.journal().calls(Operation.UPDATE_WORKSPACE_IMAGE_PERMISSION))
          .extracting(RecordedCall::errorCode)
          .containsExactly(null, "InvalidParameterValuesException");
      assertThat(image().sharedAccountIds()).containsExactly("333333333333");
    }
  }

  @Test
  void a_grant_whose_response_was_lost_is_granted_once() {
    LostResponse lost = LostResponse.ofFirst("UpdateWorkspaceImagePermission");
    try (WorkSpacesClient owner = SampleClients.forAccount(mock, OWNER, REGION, lost)) {
      ShareSyncResult result = new ImageDistributor(owner)
          .syncShares(IMAGE, List.of("222222222222", "333333333333", "444444444444"));

      assertThat(lost.fired()).isTrue();
      assertThat(result.granted()).containsExactly("444444444444");
      assertThat(mock.journal().calls(Operation.UPDATE_WORKSPACE_IMAGE_PERMISSION))
          .allSatisfy(call -> assertThat(call.succeeded()).isTrue())
          .hasSize(2);
      assertThat(image().sharedAccountIds()).containsExactly("222222222222", "333333333333", "444444444444");
    }
  }

  private WorkspaceImage image() {
    return mock.image(REGION, IMAGE).orElseThrow();
  }
}
