package dev.wsmock;

import static dev.wsmock.MockHarness.OWNER;
import static dev.wsmock.MockHarness.RECIPIENT;
import static dev.wsmock.MockHarness.REGION;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** reset() returns to the seed with the same ids again; ids have AWS's shape and follow the id seed. */
class ResetAndIdTests {
  static final Seed SEED =
      Seed.builder()
          .image(
              "wsi-golden0001",
              OWNER,
              REGION,
              i -> i.created(SeedFixtures.T0).sharedWith(RECIPIENT))
          .build();

  private static List<String> copies(MockHarness aws, int count) {
    return IntStream.range(0, count)
        .mapToObj(
            n ->
                aws.as(OWNER)
                    .copyWorkspaceImage(
                        r ->
                            r.sourceImageId("wsi-golden0001")
                                .sourceRegion(REGION)
                                .name("copy-" + n))
                    .imageId())
        .toList();
  }

  private static MockHarness withIdSeed(long idSeed) {
    return MockHarness.start(
        b -> b.seed(SEED).idSeed(idSeed).clock(ManualClock.at(SeedFixtures.T0)));
  }

  @Test
  void reset_returns_to_the_seed_clears_the_journal_and_hands_out_the_same_ids_again() {
    try (MockHarness aws = withIdSeed(7)) {
      String seeded = aws.mock().exportStateJson();
      List<String> first = copies(aws, 3);
      aws.as(OWNER)
          .updateWorkspaceImagePermission(
              r -> r.imageId("wsi-golden0001").sharedAccountId(RECIPIENT).allowCopyImage(false));
      aws.mock().seed(Seed.builder().image("wsi-extra00001", OWNER, REGION).build());

      aws.reset();

      assertThat(aws.mock().exportStateJson()).isEqualTo(seeded);
      assertThat(aws.mock().journal().all()).isEmpty();
      assertThat(copies(aws, 3)).isEqualTo(first);
    }
  }

  @Test
  void ids_are_wsi_and_nine_of_digits_and_lowercase_letters() {
    try (MockHarness aws = withIdSeed(1)) {
      assertThat(copies(aws, 20))
          .allSatisfy(id -> assertThat(id).matches("wsi-[0-9a-z]{9}"))
          .doesNotHaveDuplicates();
    }
  }

  @Test
  void the_same_id_seed_and_calls_give_the_same_ids_and_another_seed_gives_others() {
    List<String> a;
    List<String> b;
    List<String> c;
    try (MockHarness one = withIdSeed(42);
        MockHarness two = withIdSeed(42);
        MockHarness three = withIdSeed(43)) {
      a = copies(one, 5);
      b = copies(two, 5);
      c = copies(three, 5);
    }

    assertThat(b).isEqualTo(a);
    assertThat(c).doesNotContainAnyElementsOf(a);
  }
}
