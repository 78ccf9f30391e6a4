package dev.wsmock.benchmarks.internal;

import java.time.Duration;
import java.util.List;

/**
 * How long and how big each measurement is. {@link #full()} is the documented run (about 11 minutes on 2 cores);
 * {@link #smoke()} only proves that everything still builds and runs, in seconds, and its numbers mean nothing.
 */
public record RunPlan(
    String name,
    List<Integer> threadCounts,
    Duration warmupRound,
    Duration round,
    long maxRequestsPerRound,
    int rounds,
    long flatRequests,
    long flatSampleEvery,
    int flatThreads,
    List<Integer> scaleSizes,
    int jmhForks,
    int jmhWarmupIterations,
    Duration jmhWarmupTime,
    int jmhIterations,
    Duration jmhIterationTime,
    boolean jmhGcProfiler,
    int coldStarts,
    int warmStarts,
    int memoryImages,
    int memoryPermissions,
    boolean jol,
    int pairedWarmupCalls,
    int pairedRounds,
    int pairedCallsPerRound,
    String python) {

  /** The interpreter the MOTO section runs moto's server and its setup script with, found on the PATH by default. */
  public static final String DEFAULT_PYTHON = "python3";

  public static RunPlan full() {
    return new RunPlan(
        "full",
        List.of(1, 4, 16),
        Duration.ofMillis(500),
        Duration.ofMillis(500),
        2_000_000,
        5,
        1_000_000,
        100_000,
        4,
        List.of(100, 10_000, 100_000),
        1,
        3,
        Duration.ofSeconds(1),
        3,
        Duration.ofSeconds(1),
        true,
        5,
        20,
        100_000,
        100_000,
        true,
        5_000,
        21,
        500,
        DEFAULT_PYTHON);
  }

  public static RunPlan smoke() {
    return new RunPlan(
        "smoke",
        List.of(2),
        Duration.ofMillis(20),
        Duration.ofMillis(40),
        200,
        1,
        2_000,
        1_000,
        2,
        List.of(100, 200),
        0,
        0,
        Duration.ofMillis(50),
        1,
        Duration.ofMillis(50),
        false,
        0,
        1,
        1_000,
        1_000,
        false,
        10,
        3,
        5,
        DEFAULT_PYTHON);
  }

  /** This plan with moto run by {@code interpreter}. */
  public RunPlan withPython(String interpreter) {
    return new RunPlan(
        name,
        threadCounts,
        warmupRound,
        round,
        maxRequestsPerRound,
        rounds,
        flatRequests,
        flatSampleEvery,
        flatThreads,
        scaleSizes,
        jmhForks,
        jmhWarmupIterations,
        jmhWarmupTime,
        jmhIterations,
        jmhIterationTime,
        jmhGcProfiler,
        coldStarts,
        warmStarts,
        memoryImages,
        memoryPermissions,
        jol,
        pairedWarmupCalls,
        pairedRounds,
        pairedCallsPerRound,
        interpreter);
  }

  public boolean isSmoke() {
    return "smoke".equals(name);
  }
}
