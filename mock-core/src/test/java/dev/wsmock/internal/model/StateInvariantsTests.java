package dev.wsmock.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wsmock.CallJournal;
import dev.wsmock.ImageState;
import dev.wsmock.MockBehaviour;
import dev.wsmock.OperatingSystemType;
import dev.wsmock.RequiredTenancy;
import dev.wsmock.Seed;
import dev.wsmock.internal.MockRuntime;
import dev.wsmock.internal.MockSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The checker finds each kind of corruption it claims to, and stays quiet on sound state. */
class StateInvariantsTests {
  private static final Instant NOW = Instant.parse("2026-11-26T00:00:00Z");
  private static final String OWNER = "111111111111";

  private final ServiceState state = new ServiceState(1L, "123456789012");

  StateInvariantsTests() {
    state.write(
        () ->
            SeedLoader.apply(
                state,
                Seed.builder()
                    .image(
                        "wsi-golden0001",
                        OWNER,
                        "us-east-1",
                        i -> i.name("golden-1").sharedWith("222222222222"))
                    .image("wsi-golden0002", OWNER, "us-east-1", i -> i.name("golden-2"))
                    .image("wsi-golden0003", "222222222222", "eu-west-1", i -> i.name("golden-1"))
                    .bundle("wsb-golden001", OWNER, "us-east-1", "wsi-golden0002")
                    .build(),
                "test",
                NOW));
  }

  private List<String> violations() {
    return state.read(() -> StateInvariants.violations(state, NOW));
  }

  private ImageEntry image(String region, String id) {
    return state.region(region).image(id);
  }

  private static ImageEntry newImage(
      String id, String owner, String region, String name, ImageState imageState) {
    return new ImageEntry(
        id,
        owner,
        region,
        name,
        null,
        OperatingSystemType.WINDOWS,
        RequiredTenancy.DEFAULT,
        NOW,
        imageState,
        null);
  }

  @Test
  void finds_nothing_wrong_with_a_seeded_state() {
    assertThat(violations()).isEmpty();
  }

  @Test
  void finds_an_image_shared_with_its_owner() {
    image("us-east-1", "wsi-golden0002").addShare(OWNER, 99);
    assertThat(violations())
        .anyMatch(v -> v.contains("is shared with its owner"))
        .anyMatch(v -> v.contains("missing from its shared index"));
  }

  @Test
  void finds_a_pending_image_with_shares() {
    state.addImage(newImage("wsi-pending001", OWNER, "us-east-1", "pending", ImageState.PENDING));
    state.grant(image("us-east-1", "wsi-pending001"), "333333333333");
    assertThat(violations()).singleElement().asString().contains("PENDING but shared");
  }

  @Test
  void finds_a_permission_left_behind_by_a_removed_image() {
    ImageEntry shared = image("us-east-1", "wsi-golden0001");
    state.region("us-east-1").removeImage(shared);
    shared.addShare("222222222222", 1);
    state.region("us-east-1").sharedIndex(); // the index itself is clean after removal ...
    state.addImage(
        newImage("wsi-golden0001", OWNER, "us-east-1", "golden-1", ImageState.AVAILABLE));
    // ... but a stale entry put back into the index is found
    state.region("us-east-1").grant(shared, "333333333333", 5);
    assertThat(violations()).anyMatch(v -> v.contains("stale or revoked image wsi-golden0001"));
  }

  @Test
  void finds_an_id_in_two_regions_and_a_malformed_id() {
    state.addImage(newImage("wsi-golden0001", OWNER, "eu-west-1", "dup", ImageState.AVAILABLE));
    state.addImage(newImage("wsi-BAD", OWNER, "eu-west-1", "bad", ImageState.AVAILABLE));
    assertThat(violations())
        .anyMatch(v -> v.contains("exists in both"))
        .anyMatch(v -> v.contains("'wsi-BAD' is not of the form"));
  }

  @Test
  void finds_a_bundle_on_a_missing_or_foreign_image() {
    state.addBundle(
        new BundleEntry(
            "wsb-foreign01",
            "333333333333",
            "us-east-1",
            "b",
            null,
            "wsi-golden0001",
            "STANDARD",
            "80",
            "50",
            NOW));
    state.addBundle(
        new BundleEntry(
            "wsb-missing01",
            OWNER,
            "us-east-1",
            "b",
            null,
            "wsi-gone00001",
            "STANDARD",
            "80",
            "50",
            NOW));
    assertThat(violations())
        .anyMatch(v -> v.contains("wsb-foreign01") && v.contains("owned by " + OWNER))
        .anyMatch(v -> v.contains("wsb-missing01 points to missing image"));
  }

  @Test
  void finds_an_image_in_the_wrong_region_and_a_name_index_that_disagrees() {
    state
        .region("us-east-1")
        .addImage(newImage("wsi-stray0001", OWNER, "eu-west-1", "golden-2", ImageState.AVAILABLE));
    assertThat(violations())
        .anyMatch(v -> v.contains("claims region eu-west-1"))
        .anyMatch(v -> v.contains("wsi-golden0002 is not what the name index gives"));
  }

  @Test
  void
      checking_after_every_call_makes_a_runtime_fail_loudly_on_the_call_that_breaks_an_invariant() {
    MockRuntime runtime =
        new MockRuntime(
            new MockSettings(
                Clock.fixed(NOW, ZoneOffset.UTC),
                Duration.ZERO,
                1L,
                "123456789012",
                MockBehaviour.defaults(),
                Seed.builder()
                    .image("wsi-golden0001", OWNER, "us-east-1", i -> i.sharedWith("222222222222"))
                    .build(),
                "test",
                100,
                CallJournal.DEFAULT_MAX_BYTES,
                1 << 20,
                true,
                false,
                Set.of(),
                null,
                true));
    assertThatThrownBy(
            () ->
                runtime.forceImageState(
                    "us-east-1", "wsi-golden0001", ImageState.PENDING, null, null, List.of()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("invariants broken after forcing wsi-golden0001 to PENDING")
        .hasMessageContaining("PENDING but shared with [222222222222]");
  }

  @Test
  void finds_nothing_wrong_with_two_owners_in_one_region() {
    state.addImage(
        newImage("wsi-other00001", "333333333333", "us-east-1", "other", ImageState.AVAILABLE));
    assertThat(violations()).isEmpty();
  }

  @Test
  void finds_a_name_index_entry_for_an_image_that_was_replaced() {
    state.addImage(newImage("wsi-golden0002", OWNER, "us-east-1", "renamed", ImageState.AVAILABLE));
    assertThat(violations())
        .anyMatch(
            v -> v.contains("name index 111111111111/'golden-2' holds stale image wsi-golden0002"));
  }

  @Test
  void finds_a_bundle_index_entry_the_bundle_disagrees_with() {
    state.addBundle(
        new BundleEntry(
            "wsb-golden001",
            OWNER,
            "us-east-1",
            "b",
            null,
            "wsi-golden0001",
            "STANDARD",
            "80",
            "50",
            NOW));
    assertThat(violations())
        .anyMatch(v -> v.contains("bundle index says wsb-golden001 uses wsi-golden0002"));
  }
}
