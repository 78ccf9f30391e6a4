package dev.wsmock.benchmarks.internal.jmh;

import dev.wsmock.WorkSpacesMock;
import dev.wsmock.benchmarks.internal.Seeds;
import dev.wsmock.benchmarks.internal.wire.RawConnection;
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
import org.openjdk.jmh.annotations.TearDown;

/** The same middle pages as {@link ModelPages}, through HTTP on a running mock (raw keep-alive socket client). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class HttpPages {
  @Param({"100", "10000", "100000"})
  public int images;

  private WorkSpacesMock mock;
  private RawConnection connection;
  private byte[] middleImagesPage;
  private byte[] middlePermissionsPage;

  @Setup(Level.Trial)
  public void start() {
    mock = WorkSpacesMock.builder().behaviour(Seeds.AT_SCALE).seed(Seeds.scale(images)).start();
    connection = new RawConnection(mock.endpoint());
    String host = connection.hostAndPort();
    middleImagesPage =
        Scale.describeImages(
                Scale.middleToken(
                    images, Scale::describeImages, r -> Scale.body(connection.exchange(r))))
            .toHttp11(host);
    middlePermissionsPage =
        Scale.describePermissions(
                Scale.middleToken(
                    Seeds.SHARES_OF_WIDE_IMAGE,
                    Scale::describePermissions,
                    r -> Scale.body(connection.exchange(r))))
            .toHttp11(host);
    Scale.settleHeap();
  }

  @TearDown(Level.Trial)
  public void stop() {
    connection.close();
    mock.close();
  }

  @Benchmark
  public RawConnection.Response describeImagesMiddlePage() {
    return connection.exchange(middleImagesPage);
  }

  @Benchmark
  public RawConnection.Response describePermissionsMiddlePage() {
    return connection.exchange(middlePermissionsPage);
  }
}
