package dev.wsmock;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import software.amazon.awssdk.services.workspaces.WorkSpacesClient;

/**
 * One running mock plus SDK v2 clients per (account, region), created on first use and closed with the harness.
 * Test classes register one per class ({@code @RegisterExtension static final MockHarness aws = MockHarness.perClass(SEED)}):
 * it starts before the first test, is reset before each test and closes after the last, which keeps the suite fast.
 * {@link #start} gives one for a try-with-resources block instead.
 */
final class MockHarness
    implements AutoCloseable, BeforeAllCallback, BeforeEachCallback, AfterAllCallback {
  static final String OWNER = "111111111111";
  static final String RECIPIENT = "222222222222";
  static final String STRANGER = "333333333333";
  static final String REGION = "us-east-1";
  static final String OTHER_REGION = "eu-west-1";

  private final UnaryOperator<WorkSpacesMock.Builder> options;
  private final Map<String, WorkSpacesClient> clients = new ConcurrentHashMap<>();
  private WorkSpacesMock mock;
  private RawRequests raw;

  private MockHarness(UnaryOperator<WorkSpacesMock.Builder> options) {
    this.options = options;
  }

  /** A harness the test class registers as an extension; it starts in {@code beforeAll}. */
  static MockHarness perClass(Seed seed) {
    return perClass(b -> b.seed(seed));
  }

  static MockHarness perClass(UnaryOperator<WorkSpacesMock.Builder> options) {
    return new MockHarness(options);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    mock = options.apply(WorkSpacesMock.builder().imageReadyAfter(Duration.ZERO)).start();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    reset();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    close();
  }

  /** A mock whose new images are AVAILABLE at once, seeded with {@code seed}. */
  static MockHarness start(Seed seed) {
    return start(b -> b.seed(seed));
  }

  /** A mock configured by {@code options} on top of the test defaults (new images AVAILABLE at once). */
  static MockHarness start(UnaryOperator<WorkSpacesMock.Builder> options) {
    MockHarness harness = new MockHarness(options);
    harness.beforeAll(null);
    return harness;
  }

  WorkSpacesMock mock() {
    return mock;
  }

  /** A client whose 12-digit access key is {@code accountId}, in {@link #REGION}. */
  WorkSpacesClient as(String accountId) {
    return as(accountId, REGION);
  }

  WorkSpacesClient as(String accountId, String region) {
    return clients.computeIfAbsent(
        accountId + "/" + region, k -> SdkClients.forAccount(mock, accountId, region));
  }

  /** Raw HTTP access to the same mock, for requests no SDK would send. */
  RawRequests raw() {
    if (raw == null) {
      raw = new RawRequests(mock.endpoint());
    }
    return raw;
  }

  void reset() {
    mock.reset();
  }

  WorkspaceImage image(String imageId) {
    return mock.image(REGION, imageId)
        .orElseThrow(() -> new AssertionError("no image " + imageId + " in " + REGION));
  }

  @Override
  public void close() {
    clients.values().forEach(WorkSpacesClient::close);
    clients.clear();
    raw = null;
    mock.close();
  }
}
