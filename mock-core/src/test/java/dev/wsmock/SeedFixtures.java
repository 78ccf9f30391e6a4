package dev.wsmock;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

/** Small seed-building helpers shared by the test classes. */
final class SeedFixtures {
  /** 2026-01-01T00:00:00.123Z: seeded images are created one second apart from here. */
  static final Instant T0 = Instant.parse("2026-01-01T00:00:00.123Z");

  private SeedFixtures() {}

  /** {@code wsi-} plus a 3-letter prefix and a 6-digit number: a valid image id. */
  static String imageId(String prefix, int n) {
    return String.format("wsi-%s%06d", prefix, n);
  }

  /** {@code count} AVAILABLE images of {@code owner} in {@code region}, created one second apart from {@link #T0}. */
  static Seed.Builder images(
      Seed.Builder seed, String prefix, String owner, String region, int count) {
    IntStream.range(0, count)
        .forEach(
            n ->
                seed.image(
                    imageId(prefix, n),
                    owner,
                    region,
                    i -> i.created(T0.plusSeconds(n)).name(prefix + "-" + n)));
    return seed;
  }

  static List<String> imageIds(String prefix, int count) {
    return IntStream.range(0, count).mapToObj(n -> imageId(prefix, n)).toList();
  }
}
