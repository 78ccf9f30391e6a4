package com.example.goldenimage;

import static dev.wsmock.junit5.assertj.WorkSpacesAssertions.assertThat;

import dev.wsmock.CallJournal;
import dev.wsmock.Operation;
import dev.wsmock.Seed;
import dev.wsmock.WorkSpacesMock;
import dev.wsmock.fault.Effect;
import dev.wsmock.fault.FaultRule;
import dev.wsmock.fault.Trigger;
import dev.wsmock.junit5.Account;
import dev.wsmock.junit5.WorkSpacesMockTest;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;

/** {@link ImageDistributor} against the demo seed file: wsi-golden0001 is shared with 222222222222 and 333333333333. */
@WorkSpacesMockTest(seed = "classpath:seeds/golden-images.json")
class ImageDistributorTests implements KeepsToTheServiceContract {
  static final String OWNER = "111111111111";
  static final String REGION = "us-east-1";
  static final String IMAGE = "wsi-golden0001";

  @Test
  void grants_exactly_the_missing_accounts_and_makes_no_call_for_accounts_already_shared(
      @Account(OWNER) WorkSpacesClient owner, CallJournal journal, WorkSpacesMock mock) {
    // WHEN
    ShareSyncResult result =
        new ImageDistributor(owner)
            .syncShares(
                IMAGE, List.of("222222222222", "333333333333", "444444444444", "555555555555"));

    // THEN one grant per missing account, none for the two accounts that already had the image
    assertThat(result)
        .isEqualTo(
            new ShareSyncResult.Synced(
                IMAGE,
                List.of("444444444444", "555555555555"),
                List.of(),
                List.of("222222222222", "333333333333")));
    assertThat(journal)
        .calls(Operation.UPDATE_WORKSPACE_IMAGE_PERMISSION)
        .hasSize(2)
        .allSucceeded();
    assertThat(journal)
        .calls(Operation.UPDATE_WORKSPACE_IMAGE_PERMISSION)
        .first()
        .hasRequestMember("SharedAccountId", "444444444444")
        .hasRequestMember("AllowCopyImage", true);
    assertThat(journal)
        .calls(Operation.UPDATE_WORKSPACE_IMAGE_PERMISSION)
        .last()
        .hasRequestMember("SharedAccountId", "555555555555")
        .hasRequestMember("AllowCopyImage", true);
    assertThat(mock)
        .image(REGION, IMAGE)
        .isSharedWith("222222222222")
        .isSharedWith("333333333333")
        .isSharedWith("444444444444")
        .isSharedWith("555555555555");
  }

  @Test
  void revokes_the_accounts_that_are_no_longer_wanted(
      @Account(OWNER) WorkSpacesClient owner, CallJournal journal, WorkSpacesMock mock) {
    ShareSyncResult result = new ImageDistributor(owner).syncShares(IMAGE, List.of("333333333333"));

    assertThat(result.revoked()).containsExactly("222222222222");
    assertThat(result.granted()).isEmpty();
    assertThat(journal)
        .calls(Operation.UPDATE_WORKSPACE_IMAGE_PERMISSION)
        .hasSize(1)
        .first()
        .hasRequestMember("SharedAccountId", "222222222222")
        .hasRequestMember("AllowCopyImage", false)
        .succeeded();
    assertThat(mock)
        .image(REGION, IMAGE)
        .isNotSharedWith("222222222222")
        .isSharedWith("333333333333");
  }

  @Test
  void a_second_run_finds_nothing_to_do(
      @Account(OWNER) WorkSpacesClient owner, CallJournal journal) {
    ImageDistributor distributor = new ImageDistributor(owner);
    distributor.syncShares(IMAGE, List.of("333333333333", "444444444444"));
    journal.clear();

    ShareSyncResult again = distributor.syncShares(IMAGE, List.of("333333333333", "444444444444"));

    assertThat(again.granted()).isEmpty();
    assertThat(again.revoked()).isEmpty();
    assertThat(journal).calls(Operation.UPDATE_WORKSPACE_IMAGE_PERMISSION).isEmpty();
  }

  @Test
  void reads_every_page_of_permissions_before_deciding_what_to_change(
      @Account(OWNER) WorkSpacesClient owner, CallJournal journal, WorkSpacesMock mock) {
    // GIVEN an image shared with 30 accounts: AWS returns permissions 25 to a page
    List<String> thirty =
        IntStream.rangeClosed(1, 30).mapToObj(i -> String.format("2100000000%02d", i)).toList();
    mock.seed(
        Seed.builder()
            .image(
                "wsi-manyshares1", OWNER, REGION, i -> i.sharedWith(thirty.toArray(String[]::new)))
            .build());
    List<String> desired = new ArrayList<>(thirty.subList(0, 27));
    desired.add("299999999999");

    // WHEN
    ShareSyncResult result = new ImageDistributor(owner).syncShares("wsi-manyshares1", desired);

    // THEN the three extra accounts on page 2 are revoked, and nobody on page 2 is granted again
    assertThat(journal).calls(Operation.DESCRIBE_WORKSPACE_IMAGE_PERMISSIONS).hasSize(2);
    assertThat(result.revoked()).containsExactly("210000000028", "210000000029", "210000000030");
    assertThat(result.granted()).containsExactly("299999999999");
    assertThat(journal.calls(Operation.UPDATE_WORKSPACE_IMAGE_PERMISSION))
        .extracting(c -> c.requestMember("SharedAccountId"))
        .containsExactly("210000000028", "210000000029", "210000000030", "299999999999");
    assertThat(mock.image(REGION, "wsi-manyshares1").orElseThrow().sharedAccountIds())
        .containsExactlyInAnyOrderElementsOf(desired);
  }

  @Test
  void reports_a_GovCloud_BYOL_refusal_as_a_result_instead_of_an_exception(
      @Account(value = OWNER, region = "us-gov-west-1") WorkSpacesClient owner,
      CallJournal journal) {
    // GIVEN the seed's BYOL image in us-gov-west-1, where AWS does not share BYOL images across
    // accounts
    ShareSyncResult result =
        new ImageDistributor(owner).syncShares("wsi-govbyol001", List.of("222222222222"));

    assertThat(result)
        .isInstanceOfSatisfying(
            ShareSyncResult.SharingRefused.class,
            refused -> {
              assertThat(refused.notGranted()).containsExactly("222222222222");
              assertThat(refused.reason()).contains("Bring Your Own License (BYOL)");
            });
    assertThat(journal)
        .calls(Operation.UPDATE_WORKSPACE_IMAGE_PERMISSION)
        .hasSize(1)
        .first()
        .wasMadeIn("us-gov-west-1")
        .failedWith("OperationNotSupportedException");
  }

  @Test
  void rides_out_throttling_with_the_configured_retry_strategy(
      WorkSpacesMock mock, CallJournal journal) {
    // GIVEN the first five attempts of the permissions read are throttled: one more than the SDK's
    // default retries
    mock.faults()
        .add(
            FaultRule.when(
                    new Trigger.OperationIs(Operation.DESCRIBE_WORKSPACE_IMAGE_PERMISSIONS),
                    new Trigger.AttemptsUpTo(5))
                .then(Effect.throttling())
                .named("permissions throttled five times"));

    // The retry policy is part of the app's client, so this test uses the app's client, pointed at
    // the mock.
    try (WorkSpacesClient owner = SampleClients.forAccount(mock, OWNER, REGION)) {
      ShareSyncResult result =
          new ImageDistributor(owner).syncShares(IMAGE, List.of("222222222222"));

      assertThat(result.revoked()).containsExactly("333333333333");
    }
    assertThat(journal)
        .calls(Operation.DESCRIBE_WORKSPACE_IMAGE_PERMISSIONS)
        .hasSize(6)
        .last()
        .succeeded();
  }

  @Test
  void treats_a_revoke_whose_response_was_lost_as_done(
      @Account(OWNER) WorkSpacesClient owner, CallJournal journal, WorkSpacesMock mock) {
    // GIVEN the revoke commits, but its answer is lost, so the SDK sends it again
    mock.faults()
        .add(
            FaultRule.when(new Trigger.OperationIs(Operation.UPDATE_WORKSPACE_IMAGE_PERMISSION))
                .then(new Effect.LostResponse(Effect.internalFailure()))
                .times(1));

    // WHEN
    ShareSyncResult result = new ImageDistributor(owner).syncShares(IMAGE, List.of("333333333333"));

    // THEN the retry's "no such grant" is recognised as the first attempt having worked
    assertThat(result).isInstanceOf(ShareSyncResult.Synced.class);
    assertThat(result.revoked()).containsExactly("222222222222");
    assertThat(journal).calls(Operation.UPDATE_WORKSPACE_IMAGE_PERMISSION).hasSize(2);
    assertThat(journal)
        .calls(Operation.UPDATE_WORKSPACE_IMAGE_PERMISSION)
        .last()
        .failedWith("InvalidParameterValuesException");
    assertThat(mock)
        .image(REGION, IMAGE)
        .isNotSharedWith("222222222222")
        .isSharedWith("333333333333");
  }

  @Test
  void a_grant_whose_response_was_lost_is_granted_once(
      @Account(OWNER) WorkSpacesClient owner, CallJournal journal, WorkSpacesMock mock) {
    mock.faults()
        .add(
            FaultRule.when(new Trigger.OperationIs(Operation.UPDATE_WORKSPACE_IMAGE_PERMISSION))
                .then(new Effect.LostResponse(Effect.internalFailure()))
                .times(1));

    ShareSyncResult result =
        new ImageDistributor(owner)
            .syncShares(IMAGE, List.of("222222222222", "333333333333", "444444444444"));

    assertThat(result.granted()).containsExactly("444444444444");
    assertThat(journal)
        .calls(Operation.UPDATE_WORKSPACE_IMAGE_PERMISSION)
        .hasSize(2)
        .last()
        .succeeded();
    assertThat(mock.image(REGION, IMAGE).orElseThrow().sharedAccountIds())
        .containsExactly("222222222222", "333333333333", "444444444444");
  }
}
