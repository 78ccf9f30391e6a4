package dev.wsmock;

import java.time.Duration;
import java.util.Objects;

/**
 * Opt-in eventual consistency of the model ({@link WorkSpacesMock#consistency(Consistency)}), as the real service
 * shows it: a new share reaches the recipient's
 * DescribeWorkspaceImages only after {@code shareVisibleAfter} on the mock's clock and after
 * {@code shareVisibleAfterDescribes} of the recipient's describes (until then the recipient's CopyWorkspaceImage of it
 * is refused with ResourceNotFoundException, as for an image not shared; a copy is not a describe, so it does not
 * count towards the describes); a new image (create, copy, import) stays
 * {@code PENDING} in the first {@code pendingForDescribes} describes that return it, even once it is ready.
 *
 * <pre>{@code
 * mock.consistency(new Consistency(Duration.ofSeconds(30), 2, 3));
 * }</pre>
 */
public record Consistency(
    Duration shareVisibleAfter, int shareVisibleAfterDescribes, int pendingForDescribes) {
  /** Every change is visible at once (the default). */
  public static final Consistency IMMEDIATE = new Consistency(Duration.ZERO, 0, 0);

  public Consistency {
    Objects.requireNonNull(shareVisibleAfter, "shareVisibleAfter");
    if (shareVisibleAfter.isNegative()
        || shareVisibleAfterDescribes < 0
        || pendingForDescribes < 0) {
      throw new IllegalArgumentException(
          "consistency delays must not be negative: "
              + shareVisibleAfter
              + ", "
              + shareVisibleAfterDescribes
              + ", "
              + pendingForDescribes);
    }
  }

  public boolean isImmediate() {
    return shareVisibleAfter.isZero()
        && shareVisibleAfterDescribes == 0
        && pendingForDescribes == 0;
  }
}
