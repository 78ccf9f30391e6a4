package dev.wsmock.benchmarks.internal.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The targets, judged from the run's own results: one row per target with the figure it was judged on.
 * Sections that did not run are reported as not measured.
 */
public final class Targets {
  private Targets() {}

  public static void judge(Report report) {
    JsonNode root = report.root();
    Table table = new Table("Targets", "target", "figure", "met");
    ArrayNode json = report.root().putArray("targets");
    serving(root.path("serving").path("cells"), table, json);
    flat(root.path("flatMemory"), table, json);
    pages(
        root.path("scale").path("paired").path("largestOverSmallest"),
        root.path("scale").path("largestOverSmallest"),
        table,
        json);
    start(root.path("start"), table, json);
    memory(root.path("memory"), table, json);
    report.print(table);
  }

  private static void add(Table table, ArrayNode json, String target, String figure, Boolean met) {
    String verdict =
        met == null
            ? (figure.equals("-") ? "not measured" : "(informational)")
            : met ? "yes" : "NO";
    table.row(target, figure, verdict);
    json.addObject().put("target", target).put("figure", figure).put("met", verdict);
  }

  private static void serving(JsonNode cells, Table table, ArrayNode json) {
    if (cells.isMissingNode() || cells.isEmpty()) {
      add(table, json, "serving vs static WireMock", "-", null);
      return;
    }
    Map<String, List<double[]>> byOperation = new LinkedHashMap<>();
    for (JsonNode cell : cells) {
      JsonNode ratios = cell.path("ratios");
      byOperation
          .computeIfAbsent(cell.path("operation").asText(), k -> new ArrayList<>())
          .add(
              new double[] {
                ratios.path("throughputMockOverStatic").asDouble(),
                    ratios.path("cpuPerRequestMockOverStatic").asDouble(),
                ratios.path("throughputMockOverNoJournal").asDouble(),
                    ratios.path("cpuPerRequestMockOverNoJournal").asDouble()
              });
    }
    byOperation.forEach(
        (operation, rows) -> {
          double throughput = median(rows, 0);
          double cpu = median(rows, 1);
          add(
              table,
              json,
              operation
                  + ": throughput ≥ 1.0× static, CPU/req ≤ 1.0× static (median of "
                  + rows.size()
                  + " driver×threads cells)",
              String.format(
                  "throughput %.2f× (min %.2f), CPU %.2f× (max %.2f)",
                  throughput, min(rows, 0), cpu, max(rows, 1)),
              throughput >= 1.0 && cpu <= 1.0);
          add(
              table,
              json,
              operation + ": vs static with journal off (the floor; informational)",
              String.format("throughput %.2f×, CPU %.2f×", median(rows, 2), median(rows, 3)),
              null);
        });
  }

  private static void flat(JsonNode flat, Table table, ArrayNode json) {
    if (flat.isMissingNode()) {
      add(table, json, "memory flat over 1,000,000 requests", "-", null);
      return;
    }
    double growth = flat.path("growthAfterFirstSampleMiB").asDouble();
    JsonNode samples = flat.path("samples");
    long requests = samples.get(samples.size() - 1).path("requests").asLong();
    add(
        table,
        json,
        String.format(
            "memory flat over %,d requests (growth after the journal filled < 5 MiB)", requests),
        String.format("%+.2f MiB", growth),
        requests >= 1_000_000 ? growth < 5.0 : null);
  }

  /** Judged on the paired rounds (one JVM, alternating sizes); JMH's separate-fork ratio is shown beside it. */
  private static void pages(JsonNode paired, JsonNode jmh, Table table, ArrayNode json) {
    for (String name :
        List.of(
            "ModelPages.describeImagesFirstPage",
            "ModelPages.describeImagesMiddlePage",
            "ModelPages.describePermissionsMiddlePage",
            "HttpPages.describeImagesMiddlePage",
            "HttpPages.describePermissionsMiddlePage")) {
      JsonNode ratio = paired.path(name);
      String figure =
          ratio.isMissingNode()
              ? "-"
              : String.format("%.2f× paired median", ratio.asDouble())
                  + (jmh.has(name)
                      ? String.format(" (JMH forks: %.2f×)", jmh.path(name).asDouble())
                      : "");
      add(
          table,
          json,
          name + ": latency at the largest state ≤ 1.2× the smallest",
          figure,
          ratio.isMissingNode() ? null : ratio.asDouble() <= 1.2);
    }
  }

  private static void start(JsonNode start, Table table, ArrayNode json) {
    for (String mode : List.of("warm", "cold")) {
      JsonNode ratio = start.path(mode).path("mockOverWireMock");
      add(
          table,
          json,
          "start to first answer, " + mode + ": mock ≤ 1.1× bare WireMock",
          ratio.isMissingNode()
              ? "-"
              : String.format(
                  "%.2f× (%.1f ms vs %.1f ms)",
                  ratio.asDouble(),
                  start.path(mode).path("mock").path("totalMillis").asDouble(),
                  start.path(mode).path("wiremock").path("totalMillis").asDouble()),
          ratio.isMissingNode() ? null : ratio.asDouble() <= 1.1);
    }
    JsonNode reset = start.path("reset");
    add(
        table,
        json,
        "per-test reset < 1 ms (20 images, 5 shares, 2 bundles)",
        reset.isMissingNode()
            ? "-"
            : String.format(
                "p50 %.0f µs, p99 %.0f µs",
                reset.path("p50Micros").asDouble(), reset.path("p99Micros").asDouble()),
        reset.isMissingNode() ? null : reset.path("p50Micros").asDouble() < 1000);
  }

  private static void memory(JsonNode memory, Table table, ArrayNode json) {
    JsonNode image = memory.path("image (model only)");
    add(
        table,
        json,
        "≤ 1 KiB retained per image",
        image.isMissingNode()
            ? "-"
            : String.format(
                "%.0f B (heap), %s",
                image.path("heapBytesEach").asDouble(),
                image.has("jolBytesEach")
                    ? String.format("%.0f B (JOL)", image.path("jolBytesEach").asDouble())
                    : "JOL not run"),
        image.isMissingNode() ? null : image.path("heapBytesEach").asDouble() <= 1024);
  }

  private static double median(List<double[]> rows, int column) {
    double[] values = rows.stream().mapToDouble(r -> r[column]).sorted().toArray();
    int n = values.length;
    return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
  }

  private static double min(List<double[]> rows, int column) {
    return Arrays.stream(rows.stream().mapToDouble(r -> r[column]).toArray())
        .min()
        .orElse(Double.NaN);
  }

  private static double max(List<double[]> rows, int column) {
    return Arrays.stream(rows.stream().mapToDouble(r -> r[column]).toArray())
        .max()
        .orElse(Double.NaN);
  }
}
