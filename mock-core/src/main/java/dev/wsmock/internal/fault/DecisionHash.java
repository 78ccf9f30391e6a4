package dev.wsmock.internal.fault;

/**
 * Every random decision of the fault engine, as a pure function of (seed, rule, count, purpose). A shared
 * {@code Random} would hand out numbers in whatever order threads arrive; this gives the same answer for the same
 * rule and the same n-th matching call however the calls interleave.
 */
final class DecisionHash {
  static final int FIRE = 0;
  static final int DELAY = 1;
  static final int DELAY_SHAPE = 2;

  private DecisionHash() {}

  /** A number in {@code [0, 1)}. */
  static double unit(long seed, int rule, long count, int purpose) {
    long h = mix(mix(mix(seed) ^ rule) + count);
    h = mix(h ^ purpose);
    return (h >>> 11) * 0x1.0p-53;
  }

  /** SplitMix64's finalizer: a bijective, well-spread 64-bit mix. */
  private static long mix(long z) {
    z += 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
