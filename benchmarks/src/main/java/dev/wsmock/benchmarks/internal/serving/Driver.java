package dev.wsmock.benchmarks.internal.serving;

import dev.wsmock.benchmarks.internal.wire.RawConnection;
import dev.wsmock.benchmarks.internal.wire.WireRequest;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;

/**
 * How load reaches a server: through the AWS SDK v2 (what users run, including the SDK's own cost) or as raw
 * HTTP/1.1 bytes on a socket (the server alone). One driver per server; it hands out one {@link Caller} per thread.
 */
sealed interface Driver extends AutoCloseable {
  String name();

  Caller caller(Workload workload, int thread);

  @Override
  void close();

  /** Makes call number {@code n} and says whether it succeeded (HTTP 200). */
  interface Caller extends AutoCloseable {
    boolean call(long n);

    @Override
    void close();
  }

  static Driver sdk(URI endpoint, String accountId, String region) {
    return new Sdk(
        WorkSpacesClient.builder()
            .endpointOverride(endpoint)
            .region(Region.of(region))
            .credentialsProvider(
                StaticCredentialsProvider.create(AwsBasicCredentials.create(accountId, "secret")))
            .httpClientBuilder(
                ApacheHttpClient.builder()
                    .maxConnections(64)
                    .connectionTimeout(Duration.ofSeconds(5)))
            .build());
  }

  static Driver raw(URI endpoint) {
    return raw(endpoint, MeasuredImages.SEEDED);
  }

  static Driver raw(URI endpoint, MeasuredImages images) {
    return new Raw(endpoint, images);
  }

  /** One SDK client shared by all threads, as an application would share it. */
  record Sdk(WorkSpacesClient client) implements Driver {
    @Override
    public String name() {
      return "sdk";
    }

    @Override
    public Caller caller(Workload workload, int thread) {
      return new Caller() {
        @Override
        public boolean call(long n) {
          try {
            workload.callSdk(client, thread, n);
            return true;
          } catch (RuntimeException e) {
            return false;
          }
        }

        @Override
        public void close() {}
      };
    }

    @Override
    public void close() {
      client.close();
    }
  }

  /** A keep-alive socket per thread, writing prepared bytes. */
  record Raw(URI endpoint, MeasuredImages images) implements Driver {
    @Override
    public String name() {
      return "raw";
    }

    @Override
    public Caller caller(Workload workload, int thread) {
      RawConnection connection = new RawConnection(endpoint);
      List<WireRequest> wire = workload.wireRequests(images, thread);
      byte[][] requests =
          wire.stream().map(r -> r.toHttp11(connection.hostAndPort())).toArray(byte[][]::new);
      return new Caller() {
        @Override
        public boolean call(long n) {
          return connection.exchange(requests[(int) (n % requests.length)]).status() == 200;
        }

        @Override
        public void close() {
          connection.close();
        }
      };
    }

    @Override
    public void close() {}
  }
}
