package dev.wsmock;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;

/**
 * One running mock plus SDK v2 clients per (account, region), created on first use and closed with the harness.
 * Test classes start one per class and {@link #reset()} it before each test, which keeps the suite fast.
 */
final class MockHarness implements AutoCloseable {
  static final String OWNER = "111111111111";
  static final String RECIPIENT = "222222222222";
  static final String STRANGER = "333333333333";
  static final String REGION = "us-east-1";
  static final String OTHER_REGION = "eu-west-1";

  private final WorkSpacesMock mock;
  private final Map<String, WorkSpacesClient> clients = new ConcurrentHashMap<>();

  private MockHarness(WorkSpacesMock mock) {
    this.mock = mock;
  }

  /** A mock whose new images are AVAILABLE at once, seeded with {@code seed}. */
  static MockHarness start(Seed seed) {
    return start(b -> b.seed(seed));
  }

  /** A mock configured by {@code options} on top of the test defaults (new images AVAILABLE at once). */
  static MockHarness start(UnaryOperator<WorkSpacesMock.Builder> options) {
    return new MockHarness(options.apply(WorkSpacesMock.builder().imageReadyAfter(Duration.ZERO)).start());
  }

  WorkSpacesMock mock() {
    return mock;
  }

  /** A client whose 12-digit access key is {@code accountId}, in {@link #REGION}. */
  WorkSpacesClient as(String accountId) {
    return as(accountId, REGION);
  }

  WorkSpacesClient as(String accountId, String region) {
    return clients.computeIfAbsent(accountId + "/" + region, k -> SdkClients.forAccount(mock, accountId, region));
  }

  void reset() {
    mock.reset();
  }

  WorkspaceImage image(String imageId) {
    return mock.image(REGION, imageId).orElseThrow(() -> new AssertionError("no image " + imageId + " in " + REGION));
  }

  @Override
  public void close() {
    clients.values().forEach(WorkSpacesClient::close);
    mock.close();
  }
}
