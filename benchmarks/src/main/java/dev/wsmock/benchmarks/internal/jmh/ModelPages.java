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
 * Pages of 25 through the model ({@code MockRuntime.serve}: protocol, contract checks, handler, journal; no HTTP)
 * when the account holds {@code images} images, the first shared with 1,000 accounts.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ModelPages {
  @Param({"100", "10000", "100000"})
  public int images;

  private MockRuntime runtime;
  private HttpCall firstImagesPage;
  private HttpCall middleImagesPage;
  private HttpCall middlePermissionsPage;

  @Setup(Level.Trial)
  public void seed() {
    runtime = Scale.runtime(Seeds.scale(images), Seeds.AT_SCALE);
    firstImagesPage = Scale.describeImages(null).toHttpCall();
    middleImagesPage =
        Scale.describeImages(
                Scale.middleToken(
                    images, Scale::describeImages, r -> Scale.body(runtime.serve(r.toHttpCall()))))
            .toHttpCall();
    middlePermissionsPage =
        Scale.describePermissions(
                Scale.middleToken(
                    Seeds.SHARES_OF_WIDE_IMAGE,
                    Scale::describePermissions,
                    r -> Scale.body(runtime.serve(r.toHttpCall()))))
            .toHttpCall();
    Scale.settleHeap();
  }

  @Benchmark
  public HttpAnswer describeImagesFirstPage() {
    return runtime.serve(firstImagesPage);
  }

  @Benchmark
  public HttpAnswer describeImagesMiddlePage() {
    return runtime.serve(middleImagesPage);
  }

  @Benchmark
  public HttpAnswer describePermissionsMiddlePage() {
    return runtime.serve(middlePermissionsPage);
  }
}
