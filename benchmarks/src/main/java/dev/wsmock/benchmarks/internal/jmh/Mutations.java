package dev.wsmock.benchmarks.internal.jmh;

import dev.wsmock.benchmarks.internal.Seeds;
import dev.wsmock.internal.MockRuntime;
import dev.wsmock.internal.protocol.HttpAnswer;
import dev.wsmock.internal.protocol.HttpCall;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Writes through the model at scale: share then unshare one account on the image already shared with 1,000
 * (one invocation = both calls), and copy an image (the account's image quota is lifted so copies never run out;
 * each iteration starts again from the seed).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class Mutations {
  @Param({"100", "10000", "100000"})
  public int images;

  private MockRuntime runtime;
  private HttpCall share;
  private HttpCall unshare;
  private long copies;

  @Setup(Level.Trial)
  public void seed() {
    runtime = Scale.runtime(Seeds.scale(images), Seeds.AT_SCALE);
    share = Scale.updatePermission(Seeds.recipient(999_999), true).toHttpCall();
    unshare = Scale.updatePermission(Seeds.recipient(999_999), false).toHttpCall();
    Scale.settleHeap();
  }

  @Setup(Level.Iteration)
  public void backToSeed() {
    runtime.reset();
  }

  @Benchmark
  public HttpAnswer shareThenUnshare() {
    runtime.serve(share);
    return runtime.serve(unshare);
  }

  /** Includes building the request (a unique name each time), about a microsecond. */
  @Benchmark
  public HttpAnswer copy() {
    return runtime.serve(Scale.copy("copy-" + copies++).toHttpCall());
  }
}
