package dev.wsmock.junit5;

import dev.wsmock.junit5.internal.ChaosMatrixInvocations;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the test once per fault scenario (and per fault seed, if given): each run is its own test in the report,
 * named by the scenario, on a fresh or reset mock with the scenario applied before the test's {@code @BeforeEach}
 * methods. The test class needs {@link WorkSpacesMockTest} (or a {@link WorkSpacesMockExtension}); parameters of
 * type {@code ChaosCase} and {@code Scenario} receive the run's case.
 *
 * <pre>{@code
 * @WorkSpacesMockTest(fastRetries = true)
 * class DistributionChaosTests {
 *   @ChaosMatrixTest(scenarios = {"throttle-storm-on-describe", "lost-share-response"}, seeds = {1, 2})
 *   void distributes_the_golden_image(Scenario scenario, @Account(OWNER) WorkSpacesClient owner) { ... }
 * }
 * }</pre>
 *
 * <p>A failed run's timeline names its scenario and fault seed with the line that replays it. Runs of a concurrent
 * test get a mock each ({@code isolation = AUTO}), so they never see each other's faults.
 *
 * @since 0.1
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@TestTemplate
@ExtendWith(ChaosMatrixInvocations.class)
public @interface ChaosMatrixTest {

  /** Catalogue names, classpath resources or files, run in this order. */
  String[] scenarios() default {};

  /** Also every scenario of the built-in catalogue, after {@link #scenarios()}. */
  boolean catalogue() default false;

  /** Fault seeds to pin; every scenario runs once per seed. None: once, with the mock's seed (printed on failure). */
  long[] seeds() default {};
}
