package dev.wsmock.benchmarks.internal.serving;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.HdrHistogram.Histogram;

/** One target's rounds of one cell, added up: total requests over total time, merged latencies. */
record Summary(
    long requests,
    long errors,
    long elapsedNanos,
    Histogram latencies,
    long serverCpuNanos,
    long serverAllocatedBytes,
    long processCpuNanos,
    int rounds) {

  static Summary of(List<LoadRound> rounds) {
    Histogram merged = new Histogram(LoadRound.MAX_LATENCY_NANOS, 3);
    long requests = 0;
    long errors = 0;
    long elapsed = 0;
    long cpu = 0;
    long allocated = 0;
    long process = 0;
    for (LoadRound round : rounds) {
      merged.add(round.latencies());
      requests += round.requests();
      errors += round.errors();
      elapsed += round.elapsedNanos();
      cpu += round.serverCpuNanos();
      allocated =
          allocated < 0 || round.serverAllocatedBytes() < 0
              ? -1
              : allocated + round.serverAllocatedBytes();
      process += round.processCpuNanos();
    }
    return new Summary(requests, errors, elapsed, merged, cpu, allocated, process, rounds.size());
  }

  double throughput() {
    return requests * 1e9 / elapsedNanos;
  }

  double micros(double percentile) {
    return latencies.getValueAtPercentile(percentile) / 1000.0;
  }

  String percentiles() {
    return String.format("%.0f/%.0f/%.0f", micros(50), micros(90), micros(99));
  }

  double cpuMicrosPerRequest() {
    return serverCpuNanos / 1000.0 / requests;
  }

  Double allocKibPerRequest() {
    return serverAllocatedBytes < 0 ? null : serverAllocatedBytes / 1024.0 / requests;
  }

  void addTo(ObjectNode json) {
    json.put("rounds", rounds)
        .put("requests", requests)
        .put("errors", errors)
        .put("seconds", elapsedNanos / 1e9)
        .put("throughputPerSecond", throughput())
        .put("p50Micros", micros(50))
        .put("p90Micros", micros(90))
        .put("p99Micros", micros(99))
        .put("maxMicros", latencies.getMaxValue() / 1000.0)
        .put("serverCpuMicrosPerRequest", cpuMicrosPerRequest())
        .put("processCpuMicrosPerRequest", processCpuNanos / 1000.0 / requests);
    Double alloc = allocKibPerRequest();
    if (alloc != null) {
      json.put("serverAllocatedKibPerRequest", alloc);
    }
  }
}
