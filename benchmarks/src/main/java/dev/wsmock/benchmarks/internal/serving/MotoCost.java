package dev.wsmock.benchmarks.internal.serving;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wsmock.benchmarks.internal.RunPlan;
import dev.wsmock.benchmarks.internal.Seeds;
import dev.wsmock.benchmarks.internal.report.Report;
import dev.wsmock.benchmarks.internal.report.Table;
import dev.wsmock.benchmarks.internal.wire.RawConnection;
import dev.wsmock.benchmarks.internal.wire.WireRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The mock against moto's server ({@code python3 -m moto.server}), with the raw driver at 1 and 4 threads, in the
 * same paired, interleaved rounds as {@link ServingCost}. Moto answers with its own images (created by its setup
 * script), so request and response bytes differ slightly between the two. Without python3, moto or boto3 the
 * section records why and measures nothing; it never fails the run for that.
 */
public final class MotoCost {
  private static final String MOTO = "moto";
  private static final int MAX_THREADS = 4;
  private static final int MOCK_WARMUPS = 6;

  private MotoCost() {}

  public static void run(RunPlan plan, Report report) {
    ObjectNode section = report.section("moto");
    try (Target.Moto moto = Target.Moto.start(plan.python(), Seeds.SHARES_PER_REALISTIC_IMAGE);
        Target.Mock mock = Target.Mock.start()) {
      section
          .put("motoVersion", moto.version())
          .put("motoStartAndSetupSeconds", moto.setUpIn().toMillis() / 1000.0);
      report.note(
          String.format(
              "moto %s started and set up in %.1f s",
              moto.version(), moto.setUpIn().toMillis() / 1000.0));
      ObjectNode described = section.putObject("targets");
      List<Target> targets = List.of(mock, moto);
      targets.forEach(t -> described.put(t.name(), t.description()));
      section
          .putObject("motoImages")
          .put("account", moto.images().accountId())
          .put("sharedImage", moto.images().sharedImage())
          .put("toggledImage", moto.images().toggledImage());
      measureRaw(plan, report, section, mock, moto);
    } catch (MotoServer.Unavailable e) {
      section.put("skipped", e.getMessage());
      report.note("MOTO skipped: " + e.getMessage());
    }
  }

  private static void measureRaw(
      RunPlan plan, Report report, ObjectNode section, Target.Mock mock, Target.Moto moto) {
    Map<String, Driver> drivers = new LinkedHashMap<>();
    drivers.put(mock.name(), Driver.raw(mock.endpoint()));
    drivers.put(moto.name(), Driver.raw(moto.endpoint(), moto.images()));
    try {
      measure(plan, report, section, mock, moto, drivers, supported(section, mock, moto));
    } finally {
      drivers.values().forEach(Driver::close);
    }
  }

  /** The operations both servers answer with 200; each one's first answer (status, bytes) goes into the JSON. */
  private static List<Workload> supported(ObjectNode section, Target.Mock mock, Target.Moto moto) {
    ObjectNode answers = section.putObject("answers");
    List<Workload> supported = new ArrayList<>();
    for (Workload workload : Workload.values()) {
      int mockStatus =
          firstAnswer(
              mock, MeasuredImages.SEEDED, workload, answers.putObject(workload.operation()));
      int motoStatus =
          firstAnswer(moto, moto.images(), workload, answers.with(workload.operation()));
      if (mockStatus == 200 && motoStatus == 200) {
        supported.add(workload);
      }
    }
    return supported;
  }

  private static void measure(
      RunPlan plan,
      Report report,
      ObjectNode section,
      Target.Mock mock,
      Target.Moto moto,
      Map<String, Driver> drivers,
      List<Workload> supported) {
    List<Target> targets = List.of(mock, moto);
    // With --only MOTO this JVM is fresh: the mock needs more than moto's one round to finish its
    // JIT compilation
    // (SERVING warms it up for itself), and moto, which has no JIT, needs only its lazy imports
    // done.
    for (int round = 0; round < MOCK_WARMUPS; round++) {
      ServingCost.warmUp(plan, List.of(mock), drivers, supported);
    }
    ServingCost.warmUp(plan, List.of(moto), drivers, supported);
    ArrayNode cells = section.putArray("cells");
    Table table =
        new Table(
            "Mock vs moto: raw driver, throughput (req/s), latency p50/p90/p99 (µs), server CPU (µs/req)",
            "threads",
            "operation",
            "mock req/s",
            "moto req/s",
            "tput mock/moto",
            "mock p50/p90/p99",
            "moto p50/p90/p99",
            "mock cpu",
            "moto cpu",
            "cpu mock/moto");
    List<Integer> threadCounts =
        plan.threadCounts().stream().filter(t -> t <= MAX_THREADS).toList();
    for (int threads : threadCounts.isEmpty() ? List.of(1) : threadCounts) {
      for (Workload workload : Workload.values()) {
        if (!supported.contains(workload)) {
          table.row(
              threads,
              workload.operation(),
              "-",
              "-",
              "-",
              "-",
              "not supported by moto " + moto.version(),
              "-",
              "-",
              "-");
          continue;
        }
        ServingCost.Cell cell = ServingCost.measure(plan, targets, drivers, workload, threads);
        Summary mine = cell.summary(ServingCost.MOCK);
        Summary theirs = cell.summary(MOTO);
        double throughputRatio = cell.throughputRatio(MOTO);
        double cpuRatio = cell.cpuRatio(MOTO);
        ObjectNode json =
            cells
                .addObject()
                .put("driver", "raw")
                .put("threads", threads)
                .put("operation", workload.operation());
        ObjectNode byTarget = json.putObject("targets");
        mine.addTo(byTarget.putObject(ServingCost.MOCK));
        theirs.addTo(byTarget.putObject(MOTO));
        json.putObject("ratios")
            .put("throughputMockOverMoto", throughputRatio)
            .put("cpuPerRequestMockOverMoto", cpuRatio);
        table.row(
            threads,
            workload.operation(),
            mine.throughput(),
            theirs.throughput(),
            throughputRatio,
            mine.percentiles(),
            theirs.percentiles(),
            mine.cpuMicrosPerRequest(),
            theirs.cpuMicrosPerRequest(),
            cpuRatio);
        report.note(
            String.format(
                "moto raw x%d %-34s mock %,8.0f/s  moto %,8.0f/s  tput mock/moto %.1f  cpu mock/moto %.3f",
                threads,
                workload.operation(),
                mine.throughput(),
                theirs.throughput(),
                throughputRatio,
                cpuRatio));
      }
    }
    report.print(table);
  }

  /**
   * Sends {@code workload}'s requests once each and records the first answer's status and size: whether the server
   * supports the operation, and how many bytes it answers with. Toggles are sent in pairs, so no share is left over.
   */
  private static int firstAnswer(
      Target target, MeasuredImages images, Workload workload, ObjectNode json) {
    try (RawConnection connection = new RawConnection(target.endpoint())) {
      List<WireRequest> requests = workload.wireRequests(images, 0);
      RawConnection.Response first = connection.exchange(requests.get(0));
      requests.stream().skip(1).forEach(connection::exchange);
      json.put(target.name() + "Status", first.status())
          .put(target.name() + "RequestBytes", requests.get(0).body().length)
          .put(target.name() + "ResponseBytes", first.body().length);
      return first.status();
    }
  }
}
