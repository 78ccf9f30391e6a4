package dev.wsmock.benchmarks.internal.serving;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wsmock.benchmarks.internal.RunPlan;
import dev.wsmock.benchmarks.internal.report.Report;
import dev.wsmock.benchmarks.internal.report.Table;
import dev.wsmock.benchmarks.internal.wire.RawConnection;
import dev.wsmock.benchmarks.internal.wire.WireRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Serving cost, side by side: the mock against WireMock serving the same bytes from static stubs, with the default
 * configuration and with the journal off (the floor). For each driver, thread count and operation every target
 * gets a warm-up round, then the measured rounds interleave the targets, rotating their order each time, so a
 * burst of noise from the shared machine lands on all of them. Ratios are medians of the per-round ratios.
 */
public final class ServingCost {
  static final String MOCK = "mock";
  private static final String STATIC = "static";
  private static final String FLOOR = "static-nojournal";

  private ServingCost() {}

  public static void run(RunPlan plan, Report report) {
    ObjectNode section = report.section("serving");
    try (Target.Mock mock = Target.Mock.start()) {
      Map<String, CapturedAnswer> answers = capture(mock);
      try (Target.StaticWireMock plain = Target.StaticWireMock.start(true, answers);
          Target.StaticWireMock floor = Target.StaticWireMock.start(false, answers)) {
        List<Target> targets = List.of(mock, plain, floor);
        ObjectNode described = section.putObject("targets");
        targets.forEach(t -> described.put(t.name(), t.description()));
        checkSameBytes(targets, answers);
        ArrayNode cells = section.putArray("cells");
        Table speed =
            new Table(
                "Serving: throughput (req/s) and latency p50/p90/p99 (µs)",
                "driver",
                "threads",
                "operation",
                "mock req/s",
                "static req/s",
                "nojournal req/s",
                "mock p50/p90/p99",
                "static p50/p90/p99",
                "nojournal p50/p90/p99",
                "tput mock/static",
                "tput mock/nojournal");
        Table cost =
            new Table(
                "Serving: server CPU (µs/req, Jetty threads) and allocation (KiB/req)",
                "driver",
                "threads",
                "operation",
                "mock cpu",
                "static cpu",
                "nojournal cpu",
                "mock alloc",
                "static alloc",
                "nojournal alloc",
                "cpu mock/static",
                "cpu mock/nojournal");
        for (String driverName : List.of("raw", "sdk")) {
          Map<String, Driver> drivers = new LinkedHashMap<>();
          for (Target target : targets) {
            drivers.put(
                target.name(),
                "raw".equals(driverName)
                    ? Driver.raw(target.endpoint())
                    : Driver.sdk(
                        target.endpoint(),
                        dev.wsmock.benchmarks.internal.Seeds.OWNER,
                        dev.wsmock.benchmarks.internal.Seeds.REGION));
          }
          try {
            warmUp(plan, targets, drivers, List.of(Workload.values()));
            for (int threads : plan.threadCounts()) {
              for (Workload workload : Workload.values()) {
                Cell cell = measure(plan, targets, drivers, workload, threads);
                cell.addTo(cells.addObject());
                cell.addTo(speed, cost);
                report.note(cell.progressLine());
              }
            }
          } finally {
            drivers.values().forEach(Driver::close);
          }
        }
        report.print(speed);
        report.print(cost);
      }
    }
  }

  /** JIT-compiles every server's and driver's path before the first measured cell: a 4-thread round of each. */
  static void warmUp(
      RunPlan plan, List<Target> targets, Map<String, Driver> drivers, List<Workload> workloads) {
    for (Target target : targets) {
      for (Workload workload : workloads) {
        LoadRound.run(
            target,
            drivers.get(target.name()),
            workload,
            4,
            plan.warmupRound(),
            plan.maxRequestsPerRound());
      }
    }
  }

  /** A warm-up round per target, then {@code plan.rounds()} rounds each, interleaved in rotating order. */
  static Cell measure(
      RunPlan plan,
      List<Target> targets,
      Map<String, Driver> drivers,
      Workload workload,
      int threads) {
    for (Target target : targets) {
      LoadRound.run(
          target,
          drivers.get(target.name()),
          workload,
          threads,
          plan.warmupRound(),
          plan.maxRequestsPerRound());
    }
    Map<String, List<LoadRound>> rounds = new LinkedHashMap<>();
    targets.forEach(t -> rounds.put(t.name(), new ArrayList<>()));
    for (int r = 0; r < plan.rounds(); r++) {
      for (int i = 0; i < targets.size(); i++) {
        Target target = targets.get((i + r) % targets.size());
        rounds
            .get(target.name())
            .add(
                LoadRound.run(
                    target,
                    drivers.get(target.name()),
                    workload,
                    threads,
                    plan.round(),
                    plan.maxRequestsPerRound()));
      }
    }
    return new Cell(drivers.get(MOCK).name(), threads, workload, rounds);
  }

  /** The mock's real answers, which the static stubs then replay. The update is undone right after. */
  private static Map<String, CapturedAnswer> capture(Target.Mock mock) {
    Map<String, CapturedAnswer> answers = new LinkedHashMap<>();
    try (RawConnection connection = new RawConnection(mock.endpoint())) {
      for (Workload workload : Workload.values()) {
        List<WireRequest> requests = workload.wireRequests(0);
        RawConnection.Response response = connection.exchange(requests.get(0));
        if (response.status() != 200) {
          throw new IllegalStateException(
              workload.operation()
                  + " on the mock answered "
                  + response.status()
                  + ": "
                  + new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
        }
        answers.put(
            workload.operation(),
            new CapturedAnswer(response.status(), response.contentType(), response.body()));
        requests.stream().skip(1).forEach(connection::exchange);
      }
    }
    return answers;
  }

  private static void checkSameBytes(List<Target> targets, Map<String, CapturedAnswer> answers) {
    for (Target target : targets) {
      try (RawConnection connection = new RawConnection(target.endpoint())) {
        for (Workload workload : Workload.values()) {
          List<WireRequest> requests = workload.wireRequests(0);
          byte[] body = connection.exchange(requests.get(0)).body();
          requests.stream().skip(1).forEach(connection::exchange);
          if (!Arrays.equals(body, answers.get(workload.operation()).body())) {
            throw new IllegalStateException(
                target.name()
                    + " does not answer "
                    + workload.operation()
                    + " with the captured bytes");
          }
        }
      }
    }
  }

  /** One driver × threads × operation: every target's rounds and the paired ratios. */
  record Cell(String driver, int threads, Workload workload, Map<String, List<LoadRound>> rounds) {
    Summary summary(String target) {
      return Summary.of(rounds.get(target));
    }

    /** Median over rounds r of f(mock round r) / f(other round r). */
    double pairedRatio(String other, Function<LoadRound, Double> f) {
      List<LoadRound> mine = rounds.get(MOCK);
      List<LoadRound> theirs = rounds.get(other);
      double[] ratios = new double[Math.min(mine.size(), theirs.size())];
      for (int r = 0; r < ratios.length; r++) {
        ratios[r] = f.apply(mine.get(r)) / f.apply(theirs.get(r));
      }
      return median(ratios);
    }

    double throughputRatio(String other) {
      return pairedRatio(other, LoadRound::throughput);
    }

    double cpuRatio(String other) {
      return pairedRatio(other, r -> (double) r.serverCpuNanos() / r.requests());
    }

    void addTo(ObjectNode json) {
      json.put("driver", driver).put("threads", threads).put("operation", workload.operation());
      ObjectNode byTarget = json.putObject("targets");
      rounds.keySet().forEach(t -> summary(t).addTo(byTarget.putObject(t)));
      ObjectNode ratios = json.putObject("ratios");
      ratios
          .put("throughputMockOverStatic", throughputRatio(STATIC))
          .put("cpuPerRequestMockOverStatic", cpuRatio(STATIC))
          .put("throughputMockOverNoJournal", throughputRatio(FLOOR))
          .put("cpuPerRequestMockOverNoJournal", cpuRatio(FLOOR));
    }

    void addTo(Table speed, Table cost) {
      Summary mock = summary(MOCK);
      Summary plain = summary(STATIC);
      Summary floor = summary(FLOOR);
      speed.row(
          driver,
          threads,
          workload.operation(),
          mock.throughput(),
          plain.throughput(),
          floor.throughput(),
          mock.percentiles(),
          plain.percentiles(),
          floor.percentiles(),
          throughputRatio(STATIC),
          throughputRatio(FLOOR));
      cost.row(
          driver,
          threads,
          workload.operation(),
          mock.cpuMicrosPerRequest(),
          plain.cpuMicrosPerRequest(),
          floor.cpuMicrosPerRequest(),
          mock.allocKibPerRequest(),
          plain.allocKibPerRequest(),
          floor.allocKibPerRequest(),
          cpuRatio(STATIC),
          cpuRatio(FLOOR));
    }

    String progressLine() {
      return String.format(
          "serving %s x%d %-34s mock %,8.0f/s  static %,8.0f/s  nojournal %,8.0f/s  cpu mock/static %.2f",
          driver,
          threads,
          workload.operation(),
          summary(MOCK).throughput(),
          summary(STATIC).throughput(),
          summary(FLOOR).throughput(),
          cpuRatio(STATIC));
    }
  }

  /** The median of {@code values} (NaN for none); the statistic every paired comparison here reports. */
  public static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n == 0
        ? Double.NaN
        : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
