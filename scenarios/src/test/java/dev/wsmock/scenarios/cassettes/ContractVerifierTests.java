package dev.wsmock.scenarios.cassettes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wsmock.ManualClock;
import dev.wsmock.MockBehaviour;
import dev.wsmock.RecordedCall;
import dev.wsmock.Seed;
import dev.wsmock.WorkSpacesMock;
import dev.wsmock.scenarios.cassettes.VerificationReport.Divergence;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;
import software.amazon.awssdk.services.workspaces.model.WorkSpacesException;

/** Record with the SDK interceptor against the mock, then verify the cassette against a fresh mock. */
class ContractVerifierTests {
  private static final String OWNER = "111111111111";
  private static final String RECIPIENT = "222222222222";
  private static final Seed SEED =
      Seed.builder()
          .image(
              "wsi-golden0001", OWNER, "us-east-1", i -> i.name("golden-win11").tag("team", "vdi"))
          .image(
              "wsi-golden0002",
              OWNER,
              "us-east-1",
              i -> i.name("golden-linux").sharedWith(RECIPIENT))
          .bundle("wsb-golden0001", OWNER, "us-east-1", "wsi-golden0002")
          .build();

  /** A realistic session: list, copy (a generated id), read the copy back, share, revoke, delete, tag. */
  private static Cassette recordSession(Path file) {
    CassetteRecorder recorder = CassetteRecorder.builder().appendTo(file).build();
    try (WorkSpacesMock mock =
            WorkSpacesMock.builder()
                .seed(SEED)
                .idSeed(42)
                .clock(ManualClock.at(Instant.parse("2025-06-01T10:00:00Z")))
                .start();
        WorkSpacesClient owner = Clients.client(mock.endpoint(), OWNER, recorder);
        WorkSpacesClient recipient = Clients.client(mock.endpoint(), RECIPIENT, recorder)) {
      owner.describeWorkspaceImages(r -> {});
      String copy =
          owner
              .copyWorkspaceImage(
                  r ->
                      r.sourceImageId("wsi-golden0001")
                          .sourceRegion("us-east-1")
                          .name("golden-win11-copy"))
              .imageId();
      owner.describeWorkspaceImages(r -> r.imageIds(copy));
      owner.createTags(r -> r.resourceId(copy).tags(t -> t.key("stage").value("test")));
      owner.describeTags(r -> r.resourceId(copy));
      owner.updateWorkspaceImagePermission(
          r -> r.imageId("wsi-golden0001").sharedAccountId(RECIPIENT).allowCopyImage(true));
      owner.describeWorkspaceImagePermissions(r -> r.imageId("wsi-golden0001"));
      recipient.describeWorkspaceImages(r -> r.imageType("SHARED"));
      assertThatThrownBy(
              () ->
                  owner.updateWorkspaceImagePermission(
                      r ->
                          r.imageId("wsi-golden0001")
                              .sharedAccountId("333333333333")
                              .allowCopyImage(false)))
          .isInstanceOf(WorkSpacesException.class);
      assertThatThrownBy(() -> owner.deleteWorkspaceImage(r -> r.imageId("wsi-golden0002")))
          .isInstanceOf(WorkSpacesException.class);
      owner.describeWorkspaceImages(r -> r.maxResults(1));
    }
    return recorder.cassette();
  }

  @Test
  void traffic_recorded_from_the_sdk_against_the_mock_verifies_clean(@TempDir Path dir) {
    Path file = dir.resolve("session.jsonl");
    Cassette recorded = recordSession(file);

    VerificationReport report = ContractVerifier.verify(Cassette.read(file), SEED);

    assertThat(Cassette.read(file)).isEqualTo(recorded);
    assertThat(report.results()).hasSize(11);
    assertThat(report.isClean()).as(report.render()).isTrue();
    // idSeed 42 while recording, 0 while verifying: the copy's id was mapped and substituted into
    // later requests.
    String recordedCopy = (String) member(recorded.exchanges().get(1).response(), "ImageId");
    String replayedCopy = (String) member(report.results().get(1).response(), "ImageId");
    assertThat(replayedCopy).isNotEqualTo(recordedCopy);
    assertThat(report.results().get(2).sentRequest().toString())
        .contains(replayedCopy)
        .doesNotContain(recordedCopy);
  }

  /** A running mock like the recording one, but generating other ids: the replay must map them. */
  private static WorkSpacesMock target() {
    return WorkSpacesMock.builder()
        .seed(SEED)
        .clock(ManualClock.at(Instant.parse("2026-03-01T00:00:00Z")))
        .start();
  }

  @Test
  void
      against_a_running_endpoint_the_session_replays_with_ids_mapped_and_a_pending_copy_is_reported_left_behind(
          @TempDir Path dir) {
    Cassette cassette = recordSession(dir.resolve("session.jsonl"));

    try (WorkSpacesMock target = target()) {
      VerificationReport report =
          ContractVerifier.against(target.endpoint()).allowMutations(true).run(cassette, "session");

      // Every exchange matched; the copy is still PENDING (the target's clock does not move), which
      // the mock, like
      // AWS, refuses to delete: the cleanup says so and the report is not clean.
      assertThat(report.divergences()).as(report.render()).isEmpty();
      assertThat(report.cleanupFailures())
          .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
          .startsWith("DeleteWorkspaceImage wsi-")
          .contains("InvalidResourceStateException");
      assertThat(report.isClean()).isFalse();
      assertThat(report.render()).contains("cleanup left 1 resource(s) behind");
      // 11 replayed, then the cleanup: the copy's permissions described, its delete tried.
      assertThat(target.journal().size()).isEqualTo(13);
      String recordedCopy = (String) member(cassette.exchanges().get(1).response(), "ImageId");
      assertThat(report.results().get(2).sentRequest().toString()).doesNotContain(recordedCopy);
      assertThat(report.results().get(1).sentRequest())
          .containsEntry("Name", "wsmock-replay-golden-win11-copy");
    }
  }

  @Test
  void
      against_a_running_endpoint_a_prefix_that_makes_a_name_too_long_is_refused_before_anything_is_sent(
          @TempDir Path dir) {
    Cassette cassette = recordSession(dir.resolve("session.jsonl"));

    try (WorkSpacesMock target = target()) {
      assertThatThrownBy(
              () ->
                  ContractVerifier.against(target.endpoint())
                      .allowMutations(true)
                      .namePrefix("p".repeat(50))
                      .run(cassette, "session"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("longer than the 64 characters");
      assertThat(target.journal().size()).isZero();
    }
  }

  @Test
  void
      against_a_running_endpoint_the_cleanup_deletes_the_bundle_then_unshares_and_deletes_the_image(
          @TempDir Path dir) {
    CassetteRecorder recorder = CassetteRecorder.builder().build();
    try (WorkSpacesMock mock =
            WorkSpacesMock.builder().seed(SEED).imageReadyAfter(java.time.Duration.ZERO).start();
        WorkSpacesClient owner = Clients.client(mock.endpoint(), OWNER, recorder)) {
      String copy =
          owner
              .copyWorkspaceImage(
                  r ->
                      r.sourceImageId("wsi-golden0001")
                          .sourceRegion("us-east-1")
                          .name("win11-copy"))
              .imageId();
      owner.updateWorkspaceImagePermission(
          r -> r.imageId(copy).sharedAccountId(RECIPIENT).allowCopyImage(true));
      owner.createWorkspaceBundle(
          r ->
              r.bundleName("win11-bundle")
                  .bundleDescription("replayed")
                  .imageId(copy)
                  .computeType(c -> c.name("VALUE"))
                  .userStorage(u -> u.capacity("10")));
      owner.describeWorkspaceBundles(r -> r.owner(null));
    }
    Cassette cassette = recorder.cassette();

    try (WorkSpacesMock target =
        WorkSpacesMock.builder().seed(SEED).imageReadyAfter(java.time.Duration.ZERO).start()) {
      VerificationReport report =
          ContractVerifier.against(target.endpoint())
              .allowMutations(true)
              .namePrefix("nightly.")
              .run(cassette, "bundle");

      assertThat(report.isClean()).as(report.render()).isTrue();
      assertThat(target.journal().all())
          .extracting(RecordedCall::operationName)
          .endsWith(
              "DeleteWorkspaceBundle",
              "DescribeWorkspaceImagePermissions",
              "UpdateWorkspaceImagePermission",
              "DeleteWorkspaceImage");
      assertThat(target.journal().all().get(2).request())
          .containsEntry("BundleName", "nightly.win11-bundle");
      assertThat(target.exportStateJson()).contains("golden-win11").doesNotContain("nightly.");
    }
  }

  @Test
  void against_a_running_endpoint_a_cassette_with_mutations_is_refused_before_anything_is_sent(
      @TempDir Path dir) {
    Cassette cassette = recordSession(dir.resolve("session.jsonl"));

    try (WorkSpacesMock target = target()) {
      assertThatThrownBy(() -> ContractVerifier.against(target.endpoint()).run(cassette, "session"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(
              "session has 5 exchange(s) that change state, first CopyWorkspaceImage")
          .hasMessageContaining("nothing was sent");
      assertThat(target.journal().size()).isZero();
    }
    assertThat(ContractVerifier.mutatingExchanges(cassette))
        .extracting(Exchange::operation)
        .doesNotContainAnyElementsOf(
            java.util.List.of(
                "DescribeWorkspaceImages", "DescribeTags", "DescribeWorkspaceImagePermissions"));
  }

  @Test
  void a_flipped_behaviour_switch_is_reported_as_a_divergence(@TempDir Path dir) {
    Cassette cassette = recordSession(dir.resolve("session.jsonl"));

    VerificationReport report =
        ContractVerifier.withMock(
                b ->
                    b.behaviour(
                        MockBehaviour.defaults()
                            .withRevokeOfUnknownGrant(MockBehaviour.RevokeOfUnknownGrant.IGNORE)))
            .run(cassette, SEED);

    assertThat(report.isClean()).as(report.render()).isFalse();
    assertThat(report.results())
        .filteredOn(r -> !r.matches())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.recorded().operation()).isEqualTo("UpdateWorkspaceImagePermission");
              assertThat(r.divergences())
                  .contains(
                      new Divergence("status", "400", "200"),
                      new Divergence("errorCode", "\"InvalidParameterValuesException\"", "<none>"));
            });
    assertThat(report.isClean()).isFalse();
    assertThat(report.render())
        .contains("9 DIFF UpdateWorkspaceImagePermission 111111111111 us-east-1")
        .contains("status: recorded 400, mock 200");
  }

  @Test
  void a_different_seed_is_reported_member_by_member(@TempDir Path dir) {
    Cassette cassette = recordSession(dir.resolve("session.jsonl"));
    Seed renamed =
        Seed.builder()
            .image(
                "wsi-golden0001",
                OWNER,
                "us-east-1",
                i -> i.name("golden-win10").tag("team", "vdi"))
            .image(
                "wsi-golden0002",
                OWNER,
                "us-east-1",
                i -> i.name("golden-linux").sharedWith(RECIPIENT))
            .bundle("wsb-golden0001", OWNER, "us-east-1", "wsi-golden0002")
            .build();

    VerificationReport report = ContractVerifier.verify(cassette, renamed);

    assertThat(report.divergences())
        .contains(new Divergence("Images[0].Name", "\"golden-win11\"", "\"golden-win10\""));
    assertThat(report.render())
        .contains("  1 DIFF DescribeWorkspaceImages 111111111111 us-east-1 {} -> 200");
  }

  @Test
  void the_cassette_holds_no_keys_or_signatures_and_maps_accounts_to_placeholders(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("masked.jsonl");
    Seed keyed =
        Seed.builder()
            .account(OWNER, a -> a.accessKeyIds("AKIAOWNEREXAMPLE0001"))
            .image("wsi-golden0001", OWNER, "us-east-1")
            .build();
    CassetteRecorder recorder =
        CassetteRecorder.builder()
            .appendTo(file)
            .accountId(OWNER)
            .accountPlaceholder(OWNER, "000000000001")
            .build();
    try (WorkSpacesMock mock = WorkSpacesMock.builder().seed(keyed).start();
        WorkSpacesClient owner =
            Clients.client(mock.endpoint(), "AKIAOWNEREXAMPLE0001", recorder)) {
      owner.describeWorkspaceImages(r -> {});
    }

    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(text)
        .doesNotContain(
            "AKIAOWNEREXAMPLE0001", "wJalrXUtnFEMI", "Signature", "Authorization", "x-amz", OWNER);
    Exchange exchange = Cassette.read(file).exchanges().get(0);
    assertThat(exchange.accountId()).isEqualTo("000000000001");
    assertThat(exchange.region()).isEqualTo("us-east-1");
    assertThat(exchange.operation()).isEqualTo("DescribeWorkspaceImages");
    Object image = ((java.util.List<?>) member(exchange.response(), "Images")).get(0);
    assertThat(member(image, "OwnerAccountId")).isEqualTo("000000000001");
  }

  /** A member of a plain-Java JSON object (a cassette's body). */
  private static Object member(Object object, String name) {
    return ((java.util.Map<?, ?>) object).get(name);
  }

  @Test
  void a_cassette_with_its_own_setup_needs_no_seed() {
    String text =
        """
        {"Setup":{"Images":[{"ImageId":"wsi-golden0001","OwnerAccountId":"111111111111","Region":"us-east-1","Name":"g"}]}}
        {"Operation":"DescribeTags","AccountId":"111111111111","Region":"us-east-1","Request":{"ResourceId":"wsi-golden0001"},"Status":200,"Response":{"TagList":[]}}
        {"Operation":"DeleteWorkspaceImage","AccountId":"222222222222","Region":"us-east-1","Request":{"ImageId":"wsi-golden0001"},"Status":200,"Response":{}}
        """;

    VerificationReport report =
        ContractVerifier.verify(Cassette.parse(text, "inline"), (Seed) null);

    assertThat(report.isClean()).as(report.render()).isTrue();
  }

  @Test
  void a_malformed_line_is_reported_with_its_number() {
    assertThatThrownBy(
            () ->
                Cassette.parse("{\"Operation\":\"DescribeTags\",\"Status\":200}\n{oops", "x.jsonl"))
        .hasMessageStartingWith("x.jsonl:2: not JSON");
  }
}
