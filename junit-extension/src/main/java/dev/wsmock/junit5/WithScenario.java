package dev.wsmock.junit5;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Applies fault scenarios (state, fault rules, consistency, a pinned fault seed) to the test's mock after it starts
 * or resets, before the test's {@code @BeforeEach} methods run. Each value is a catalogue name, a classpath resource
 * or a file, as {@code dev.wsmock.scenarios.Scenarios.resolve} reads it; several values are applied in order. An
 * annotation on the method replaces the class's; on a class it covers its {@code @Nested} classes and subclasses.
 *
 * <pre>{@code
 * @WorkSpacesMockTest(fastRetries = true)
 * class ShareRetryTests {
 *   @Test
 *   @WithScenario("lost-share-response")
 *   void survives_a_lost_share_answer(@Account(OWNER) WorkSpacesClient owner) { ... }
 * }
 * }</pre>
 *
 * <p>A test with a scenario always starts from a fresh or reset mock (it gets its own mock when the shared one cannot
 * be reset for it). A failed test's call timeline names the scenarios and the fault seed, with the line to replay
 * it; {@code -Dwsmock.faultSeed=N} pins the seed of every mock whose scenario does not pin one itself.
 *
 * @since 0.1
 */
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface WithScenario {

  /** Catalogue names ({@code "lost-share-response"}), classpath resources or files ({@code "scenarios/mine.yaml"}). */
  String[] value();
}
