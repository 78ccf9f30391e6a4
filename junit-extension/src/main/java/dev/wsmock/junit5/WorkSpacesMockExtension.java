package dev.wsmock.junit5;

import dev.wsmock.junit5.WorkSpacesMockTest.ClockMode;
import dev.wsmock.junit5.WorkSpacesMockTest.Isolation;
import dev.wsmock.junit5.WorkSpacesMockTest.Strictness;
import dev.wsmock.junit5.internal.ExtensionSettings;
import dev.wsmock.junit5.internal.WorkSpacesMockExtensionImpl;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * The extension behind {@link WorkSpacesMockTest}, in its two other forms.
 *
 * <p>{@code @ExtendWith(WorkSpacesMockExtension.class)} on a test class: the options are read from the class's
 * {@link WorkSpacesMockTest} annotation (on it, a superclass, a composed annotation or an enclosing class), else
 * every option has its default. Registering it next to {@code @WorkSpacesMockTest} is harmless: JUnit registers an
 * extension class once.
 *
 * <p>{@code @RegisterExtension} with {@link #builder()}: in a {@code static} field one mock serves the class; in an
 * instance field every test gets its own. It holds configuration only; the running mock lives in JUnit's store and is
 * injected like with the annotation.
 *
 * <pre>{@code
 * @RegisterExtension
 * static WorkSpacesMockExtension workspaces = WorkSpacesMockExtension.builder()
 *     .seedResource("seeds/golden.json")
 *     .defaultAccount("111111111111")
 *     .manualClock(Instant.parse("2026-01-01T00:00:00Z"))
 *     .imageReadyAfter(Duration.ofMinutes(45))
 *     .build();
 * }</pre>
 *
 * @since 0.1
 */
public final class WorkSpacesMockExtension
    implements BeforeAllCallback,
        BeforeEachCallback,
        AfterEachCallback,
        AfterAllCallback,
        ParameterResolver,
        TestExecutionExceptionHandler,
        InvocationInterceptor {

  private final WorkSpacesMockExtensionImpl impl;

  /**
   * For {@code @ExtendWith(WorkSpacesMockExtension.class)}, and what {@link WorkSpacesMockTest} registers: options
   * from the test class's {@link WorkSpacesMockTest}, defaults without one.
   */
  public WorkSpacesMockExtension() {
    this.impl = new WorkSpacesMockExtensionImpl();
  }

  private WorkSpacesMockExtension(ExtensionSettings settings) {
    this.impl = new WorkSpacesMockExtensionImpl(settings);
  }

  public static Builder builder() {
    return new Builder();
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    impl.beforeAll(context);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    impl.beforeEach(context);
  }

  @Override
  public void afterEach(ExtensionContext context) throws Exception {
    impl.afterEach(context);
  }

  @Override
  public void interceptTestMethod(
      Invocation<Void> invocation,
      ReflectiveInvocationContext<Method> invocationContext,
      ExtensionContext context)
      throws Throwable {
    impl.interceptTestMethod(invocation, invocationContext, context);
  }

  @Override
  public void interceptTestTemplateMethod(
      Invocation<Void> invocation,
      ReflectiveInvocationContext<Method> invocationContext,
      ExtensionContext context)
      throws Throwable {
    impl.interceptTestTemplateMethod(invocation, invocationContext, context);
  }

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    impl.afterAll(context);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return impl.supportsParameter(parameter, context);
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context)
      throws ParameterResolutionException {
    return impl.resolveParameter(parameter, context);
  }

  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable throwable)
      throws Throwable {
    impl.handleTestExecutionException(context, throwable);
  }

  /** Collects the options of {@link WorkSpacesMockTest}; every one has the annotation's default. */
  public static final class Builder {
    private final ExtensionSettings defaults = ExtensionSettings.defaults();
    private final List<String> seeds = new ArrayList<>();
    private String defaultAccount = defaults.defaultAccount();
    private String region = defaults.region();
    private Duration imageReadyAfter = defaults.imageReadyAfter();
    private ClockMode clock = defaults.clock();
    private Instant manualClockStart = defaults.manualClockStart();
    private Isolation isolation = defaults.isolation();
    private Strictness strictness = defaults.strictness();
    private boolean resetBetweenTests = defaults.resetBetweenTests();
    private boolean fastRetries = defaults.fastRetries();

    private Builder() {}

    /** A seed file on the classpath, e.g. {@code "seeds/golden.json"}. */
    public Builder seedResource(String resource) {
      seeds.add(ExtensionSettings.CLASSPATH_PREFIX + resource);
      return this;
    }

    /** A seed file on disk. */
    public Builder seedFile(Path file) {
      seeds.add(file.toString());
      return this;
    }

    /** The account of clients with no {@link Account}; 12 digits. */
    public Builder defaultAccount(String accountId) {
      this.defaultAccount = accountId;
      return this;
    }

    /** The region of clients and {@link Given} resources with no region of their own. */
    public Builder region(String region) {
      this.region = region;
      return this;
    }

    /** How long new images stay PENDING on the mock's clock; zero (the default) for at once. */
    public Builder imageReadyAfter(Duration delay) {
      this.imageReadyAfter = delay;
      return this;
    }

    /** Each mock reads its own {@code ManualClock}, starting at {@code start}; inject it to move time. */
    public Builder manualClock(Instant start) {
      this.clock = ClockMode.MANUAL;
      this.manualClockStart = start;
      return this;
    }

    /** When a test gets a mock of its own; {@link Isolation#AUTO} by default. */
    public Builder isolation(Isolation isolation) {
      this.isolation = isolation;
      return this;
    }

    /**
     * {@link Strictness#STRICT} (the default) fails tests whose calls broke a consumer check or called operations the
     * mock does not model.
     */
    public Builder strictness(Strictness strictness) {
      this.strictness = strictness;
      return this;
    }

    /** Whether a shared mock goes back to its seed before each test; {@code true} by default. */
    public Builder resetBetweenTests(boolean reset) {
      this.resetBetweenTests = reset;
      return this;
    }

    /** Injected SDK clients retry at once, without the SDK's backoff; {@code false} by default. */
    public Builder fastRetries(boolean fastRetries) {
      this.fastRetries = fastRetries;
      return this;
    }

    /** Validates the options; a bad account or region fails here, when the test class is initialised. */
    public WorkSpacesMockExtension build() {
      return new WorkSpacesMockExtension(
          new ExtensionSettings(
              seeds,
              defaultAccount,
              region,
              imageReadyAfter,
              clock,
              manualClockStart,
              isolation,
              strictness,
              resetBetweenTests,
              fastRetries));
    }
  }
}
