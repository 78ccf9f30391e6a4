package dev.wsmock.benchmarks.internal;

import dev.wsmock.MockBehaviour;
import dev.wsmock.Seed;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The states the benchmarks run against, built in code because a 100,000-image seed file would take longer to
 * parse than to measure. Ids follow the mock's formats ({@code wsi-} + 9 or more of [0-9a-z]).
 */
public final class Seeds {
  public static final String OWNER = "111111111111";
  public static final String REGION = "us-east-1";

  /** The image of {@link #realistic()} that {@link #SHARES_PER_REALISTIC_IMAGE} accounts share. */
  public static final String SHARED_IMAGE = imageId(0);

  public static final int SHARES_PER_REALISTIC_IMAGE = 5;

  /** The image of {@link #scale} that {@link #SHARES_OF_WIDE_IMAGE} accounts share. */
  public static final String WIDELY_SHARED_IMAGE = imageId(0);

  public static final int SHARES_OF_WIDE_IMAGE = 1_000;
  private static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");

  private Seeds() {}

  public static String imageId(int n) {
    return String.format("wsi-%09d", n);
  }

  /** The account that the {@code n}-th share goes to; never the owner. */
  public static String recipient(int n) {
    return String.format("2%011d", n);
  }

  /** What a test class typically seeds: 20 images, one shared with 5 accounts, 2 bundles. */
  public static Seed realistic() {
    Seed.Builder seed = Seed.builder();
    for (int n = 0; n < 20; n++) {
      int index = n;
      seed.image(
          imageId(n),
          OWNER,
          REGION,
          i -> {
            i.name("golden-" + index)
                .description("benchmark image " + index)
                .created(EPOCH.plusSeconds(index));
            if (index == 0) {
              for (int s = 0; s < SHARES_PER_REALISTIC_IMAGE; s++) {
                i.sharedWith(recipient(s));
              }
            }
          });
    }
    seed.bundle("wsb-bench0001", OWNER, REGION, imageId(1));
    seed.bundle("wsb-bench0002", OWNER, REGION, imageId(2));
    return seed.build();
  }

  /**
   * The behaviour of a mock seeded at scale: one account owns every image, so the 40-image quota per account and
   * region (which seeds keep, as the API does) is lifted.
   */
  public static final MockBehaviour AT_SCALE =
      MockBehaviour.defaults().withImageQuotaPerRegion(Integer.MAX_VALUE);

  /** {@code images} images of one account; the first is shared with {@value #SHARES_OF_WIDE_IMAGE} accounts. */
  public static Seed scale(int images) {
    return images(images, 1, SHARES_OF_WIDE_IMAGE);
  }

  /** {@code images} images of one account, the first {@code sharedImages} of them shared with {@code shares} accounts each. */
  public static Seed images(int images, int sharedImages, int shares) {
    Seed.Builder seed = Seed.builder();
    for (int n = 0; n < images; n++) {
      List<String> recipients = new ArrayList<>();
      for (int s = 0; n < sharedImages && s < shares; s++) {
        recipients.add(recipient(s));
      }
      int at = n;
      seed.image(
          imageId(n),
          OWNER,
          REGION,
          i -> i.name("image-" + at).created(EPOCH.plusSeconds(at)).sharedWith(recipients));
    }
    return seed.build();
  }
}
