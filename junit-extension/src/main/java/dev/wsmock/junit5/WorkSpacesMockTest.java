package dev.wsmock.junit5;

import dev.wsmock.WorkSpacesMock;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the annotated test class against a {@link WorkSpacesMock}, started before the first test and closed by JUnit,
 * and injects the mock, its journal, a {@link Given}, its {@code ManualClock} and AWS SDK v2 clients into test
 * parameters and {@link InjectMock @InjectMock}/{@link Account @Account} fields.
 *
 * <pre>{@code
 * @WorkSpacesMockTest
 * class ImageSharingTests {
 *   @Test
 *   void shares_the_golden_image(Given given, @Account(OWNER) WorkSpacesClient owner, CallJournal journal) {
 *     given.image("wsi-golden0001", i -> i.ownedBy(OWNER));
 *     owner.updateWorkspaceImagePermission(r -> r.imageId("wsi-golden0001").sharedAccountId(RECIPIENT).allowCopyImage(true));
 *     assertThat(journal).calls(Operation.UPDATE_WORKSPACE_IMAGE_PERMISSION).hasSize(1).first().succeeded();
 *   }
 * }
 * }</pre>
 *
 * <p>The annotation may be used as a meta-annotation to compose a team's own, e.g. {@code @GoldenImageTest}. For a
 * mock configured in code, register a {@link WorkSpacesMockExtension} instead (not both).
 *
 * @since 0.1
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(WorkSpacesMockExtension.class)
public @interface WorkSpacesMockTest {

  /**
   * Seed files loaded at start and after every reset: {@code "classpath:seeds/golden.json"} for a classpath
   * resource, anything else is a file path (relative to the working directory).
   */
  String[] seed() default {};

  /** The account of callers with no {@link Account @Account}; 12 digits. */
  String defaultAccount() default WorkSpacesMock.DEFAULT_ACCOUNT_ID;

  /** The region of injected clients with no region of their own, and of {@link Given}'s resources. */
  String region() default "us-east-1";

  /**
   * How long new images stay PENDING on the mock's clock, as ISO-8601 ({@code "PT45M"}); at once by default, unlike
   * {@link WorkSpacesMock#DEFAULT_IMAGE_READY_AFTER}: a unit test should not wait for a second of system time unless
   * it is testing the wait, and then it says how long (often with {@code clock = MANUAL}).
   */
  String imageReadyAfter() default "PT0S";

  /** The mock's clock: the system clock, or a {@code ManualClock} that only the test moves. */
  ClockMode clock() default ClockMode.SYSTEM;

  /** Where a {@link ClockMode#MANUAL} clock starts (ISO-8601 instant). */
  String manualClockStart() default "2026-01-01T00:00:00Z";

  /** When a test gets a mock of its own. */
  Isolation isolation() default Isolation.AUTO;

  /**
   * Whether the test fails when its calls broke a consumer check ({@code ConsumerChecks}' errors: requests the mock
   * rejected as malformed, listings left unfinished, mock self-check breaches) or called an
   * operation the mock does not model.
   */
  Strictness strictness() default Strictness.STRICT;

  /** Whether a shared mock goes back to its seed (state, journal, the user's WireMock stubs) before each test. */
  boolean resetBetweenTests() default true;

  /**
   * Whether injected SDK clients retry at once instead of backing off (the SDK waits up to seconds between attempts
   * after a throttle or a 5xx). The number of attempts stays the SDK's; only the waiting goes. For fault scenarios.
   */
  boolean fastRetries() default false;

  /** The clock a mock reads. */
  enum ClockMode {
    /** The system clock: PENDING images become AVAILABLE after {@link #imageReadyAfter()} of real time. */
    SYSTEM,
    /** A {@code ManualClock} per mock, injectable; nothing happens until the test advances it. */
    MANUAL
  }

  /** When a test gets a mock of its own instead of the class's. */
  enum Isolation {
    /** One mock per class, unless the test method runs concurrently: then a mock of its own. */
    AUTO,
    /** One mock per class (and its {@code @Nested} classes), reset between tests; also when running concurrently. */
    PER_CLASS,
    /** A mock per test method. */
    PER_METHOD
  }

  /** What happens when a test's calls break the API's contract. */
  enum Strictness {
    /**
     * After the test method, a consumer-check error or a call to an operation the mock does not model (or with no
     * {@code X-Amz-Target}) fails the test; with AssertJ's {@code SoftAssertionsExtension} in use it is collected
     * with the test's soft assertions. Business errors the mock answered correctly, like
     * {@code ResourceNotFoundException}, are not violations.
     */
    STRICT,
    /** Nothing is checked: such calls get the mock's answer and the test goes on. */
    LENIENT
  }
}
