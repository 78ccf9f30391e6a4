package dev.wsmock.benchmarks.internal.jmh;

import dev.wsmock.MockBehaviour;
import dev.wsmock.WorkSpacesMock;
import dev.wsmock.benchmarks.internal.Seeds;
import dev.wsmock.internal.MockRuntime;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/** The per-test reset with a realistic seed (20 images, 5 shares, 2 bundles): public API and model alone. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class Resets {
  private WorkSpacesMock mock;
  private MockRuntime runtime;

  @Setup(Level.Trial)
  public void start() {
    mock = WorkSpacesMock.builder().seed(Seeds.realistic()).start();
    runtime = Scale.runtime(Seeds.realistic(), MockBehaviour.defaults());
  }

  @TearDown(Level.Trial)
  public void stop() {
    mock.close();
  }

  /** {@code WorkSpacesMock.reset()}: state back to the seed, journal cleared, catch-all stub checked. */
  @Benchmark
  public void mockReset() {
    mock.reset();
  }

  @Benchmark
  public void modelReset() {
    runtime.reset();
  }
}
