package dev.wsmock.benchmarks.internal;

import dev.wsmock.benchmarks.internal.extension.ExtensionOverhead;
import dev.wsmock.benchmarks.internal.jmh.ScaleRunner;
import dev.wsmock.benchmarks.internal.memory.RetainedMemory;
import dev.wsmock.benchmarks.internal.report.Report;
import dev.wsmock.benchmarks.internal.serving.FlatMemory;
import dev.wsmock.benchmarks.internal.serving.MotoCost;
import dev.wsmock.benchmarks.internal.serving.ServingCost;
import dev.wsmock.benchmarks.internal.startup.StartCost;
import java.util.function.BiConsumer;

/** The parts of a run, in the order they run (the serving comparison first: it matters most). */
public enum Section {
  SERVING("Serving cost: mock vs static WireMock", ServingCost::run),
  MOTO("Serving cost: mock vs moto's server (skipped without python3 + moto)", MotoCost::run),
  START("Start and reset", StartCost::run),
  EXTENSION("JUnit extension overhead per test method", ExtensionOverhead::run),
  MEMORY("Retained memory", RetainedMemory::run),
  FLAT("Memory over a long run", FlatMemory::run),
  SCALE("Scale: JMH on the model and through HTTP", ScaleRunner::run);

  private final String title;
  private final BiConsumer<RunPlan, Report> body;

  Section(String title, BiConsumer<RunPlan, Report> body) {
    this.title = title;
    this.body = body;
  }

  public String title() {
    return title;
  }

  public void run(RunPlan plan, Report report) {
    body.accept(plan, report);
  }
}
