package dev.wsmock.benchmarks.internal.memory;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/** Used heap after full collections: the live set, give or take a few KiB of JVM bookkeeping. */
final class Heap {
  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

  private Heap() {}

  static long usedAfterGc() {
    long used = Long.MAX_VALUE;
    // Several rounds: finalizers and reference processing can free more on the second pass.
    for (int n = 0; n < 3; n++) {
      System.gc();
      used = Math.min(used, MEMORY.getHeapMemoryUsage().getUsed());
    }
    return used;
  }
}
