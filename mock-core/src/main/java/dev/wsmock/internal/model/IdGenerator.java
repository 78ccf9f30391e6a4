package dev.wsmock.internal.model;

import java.util.Random;
import java.util.function.Predicate;

/**
 * Resource ids in AWS's real shape ({@code wsi-} + 9 of {@code [0-9a-z]}), from a seeded generator so that the
 * same seed and the same calls give the same ids. Used only under {@link ServiceState}'s write lock.
 */
public final class IdGenerator {
  private static final char[] ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz".toCharArray();
  private final long seed;
  private Random random;

  public IdGenerator(long seed) {
    this.seed = seed;
    this.random = new Random(seed);
  }

  /** Back to the first id of the sequence, so a reset mock hands out the same ids again. */
  public void restart() {
    this.random = new Random(seed);
  }

  /** {@code prefix} + 9 characters, skipping ids for which {@code taken} is true. */
  public String next(String prefix, Predicate<String> taken) {
    while (true) {
      StringBuilder id = new StringBuilder(prefix.length() + 9).append(prefix);
      for (int i = 0; i < 9; i++) {
        id.append(ALPHABET[random.nextInt(ALPHABET.length)]);
      }
      String candidate = id.toString();
      if (!taken.test(candidate)) {
        return candidate;
      }
    }
  }
}
