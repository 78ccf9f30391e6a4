package dev.wsmock.junit5.internal;

import dev.wsmock.RecordedCall;
import dev.wsmock.SeedException;
import dev.wsmock.WorkSpacesMock;
import dev.wsmock.junit5.WithScenario;
import dev.wsmock.junit5.WorkSpacesMockTest;
import dev.wsmock.junit5.WorkSpacesMockTest.Isolation;
import dev.wsmock.junit5.WorkSpacesMockTest.Strictness;
import dev.wsmock.scenarios.ChaosCase;
import dev.wsmock.scenarios.Scenario;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.platform.commons.support.AnnotationSupport;
import org.opentest4j.TestAbortedException;

/**
 * The extension behind {@link WorkSpacesMockTest} and {@code WorkSpacesMockExtension}. It keeps no state of its own:
 * a shared mock is a {@link MockScope} in the class store (found by {@code @Nested} classes through the store's
 * parent lookup), a test's own mock is one in the method store under the same key (so it shadows the shared one),
 * and the per-test {@link TestWindow} (the calls that test made, attributed by {@link MockScope}) sits next to it.
 * JUnit closes them when the scope ends.
 */
public final class WorkSpacesMockExtensionImpl
    implements BeforeAllCallback,
        BeforeEachCallback,
        AfterEachCallback,
        AfterAllCallback,
        ParameterResolver,
        TestExecutionExceptionHandler,
        InvocationInterceptor {

  static final Namespace NAMESPACE = Namespace.create(WorkSpacesMockExtensionImpl.class);
  static final String SCOPE = "mock";
  static final String WINDOW = "window";

  /** Pins the fault seed of every mock whose test does not pin one itself: the replay switch. */
  public static final String FAULT_SEED_PARAMETER = "wsmock.faultSeed";

  /** A directory: each test's traffic through injected clients is written there as a cassette. */
  public static final String CASSETTES_PARAMETER = "wsmock.cassettes";

  /** {@code null}: read the settings from the {@link WorkSpacesMockTest} annotation, else the defaults. */
  private final ExtensionSettings fixedSettings;

  /** For {@code @ExtendWith(WorkSpacesMockExtension.class)}, directly or through {@link WorkSpacesMockTest}. */
  public WorkSpacesMockExtensionImpl() {
    this(null);
  }

  /** For {@code WorkSpacesMockExtension}: settings from its builder. */
  public WorkSpacesMockExtensionImpl(ExtensionSettings settings) {
    this.fixedSettings = settings;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    ExtensionSettings settings = settings(context);
    if (existingScope(context).isPresent() || settings.isolation() == Isolation.PER_METHOD) {
      return; // a @Nested class shares its enclosing class's mock
    }
    if (settings.isolation() == Isolation.AUTO
        && context.getExecutionMode() == ExecutionMode.CONCURRENT) {
      return; // every test will get its own mock; a shared one would only cost a start-up
    }
    context.getStore(NAMESPACE).put(SCOPE, MockScope.start(settings, cassetteDirectory(context)));
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    ExtensionSettings settings = settings(context);
    Optional<MockScope> shared = existingScope(context);
    boolean concurrent = context.getExecutionMode() == ExecutionMode.CONCURRENT;
    Optional<WithScenario> declared = DeclaredScenarios.of(context);
    // Faults must start from nothing: a shared mock that will not be reset for this test cannot
    // give it that.
    boolean needsFreshMock =
        declared.isPresent()
            || context.getTestMethod().filter(ChaosMatrixInvocations::isMatrix).isPresent();
    boolean resetsShared = settings.resetBetweenTests() && !concurrent;
    boolean ownMock =
        shared.isEmpty()
            || settings.isolation() == Isolation.PER_METHOD
            || (settings.isolation() == Isolation.AUTO && concurrent)
            || (needsFreshMock && !resetsShared);
    MockScope scope;
    if (ownMock) {
      scope = MockScope.start(settings, cassetteDirectory(context));
      context.getStore(NAMESPACE).put(SCOPE, scope);
    } else {
      scope = shared.get();
      // Resetting a mock other tests are using right now would pull their state away.
      if (resetsShared) {
        scope.reset();
      }
    }
    if (ownMock || resetsShared) { // never reseed a mock other tests are using right now
      faultSeedParameter(context).ifPresent(seed -> scope.mock().faults().reseed(seed));
    }
    AppliedFaults applied = applyScenarios(context, scope.mock(), declared);
    context.getStore(NAMESPACE).put(WINDOW, scope.open(applied));
    new Injector(scope, context).injectFields();
  }

  private static AppliedFaults applyScenarios(
      ExtensionContext context, WorkSpacesMock mock, Optional<WithScenario> declared) {
    List<Scenario> scenarios =
        declared.map(d -> DeclaredScenarios.resolve(d, context)).orElse(List.of());
    for (Scenario scenario : scenarios) {
      try {
        scenario.applyTo(mock);
      } catch (SeedException e) {
        throw new ExtensionConfigurationException(
            "@WithScenario(\""
                + scenario.name()
                + "\") cannot seed the mock of "
                + context.getDisplayName()
                + ": "
                + e.getMessage(),
            e);
      }
    }
    AppliedFaults applied = new AppliedFaults(scenarios, null, mock.faults().seed());
    if (!scenarios.isEmpty()) {
      publish(context, applied);
    }
    return applied;
  }

  /** Called by a chaos-matrix invocation's own extension, after {@link #beforeEach} prepared the mock. */
  static void applyCase(ExtensionContext context, ChaosCase chaosCase) {
    TestWindow window = context.getStore(NAMESPACE).get(WINDOW, TestWindow.class);
    if (window == null) {
      throw new ExtensionConfigurationException(
          "@ChaosMatrixTest needs a WorkSpaces mock: annotate "
              + context.getRequiredTestClass().getSimpleName()
              + " with @WorkSpacesMockTest or register a"
              + " WorkSpacesMockExtension.");
    }
    long seed;
    try {
      seed = chaosCase.applyTo(window.mock());
    } catch (SeedException e) {
      throw new ExtensionConfigurationException(
          "Scenario '"
              + chaosCase.scenario().name()
              + "' cannot seed the mock"
              + " of "
              + context.getDisplayName()
              + ": "
              + e.getMessage(),
          e);
    }
    window.applied(window.applied().withCase(chaosCase, seed));
    publish(context, window.applied());
  }

  /** The scenarios and seed in the test report too (for reports that do not show failures' suppressed lines). */
  private static void publish(ExtensionContext context, AppliedFaults applied) {
    Map<String, String> entry = new LinkedHashMap<>();
    entry.put("wsmock.scenarios", String.join(",", applied.scenarioNames()));
    entry.put(FAULT_SEED_PARAMETER, Long.toString(applied.faultSeed()));
    context.publishReportEntry(entry);
  }

  /** {@code -Dwsmock.cassettes=DIR} (or the same in junit-platform.properties), else null. */
  private static Path cassetteDirectory(ExtensionContext context) {
    return context
        .getConfigurationParameter(CASSETTES_PARAMETER)
        .map(String::trim)
        .filter(text -> !text.isEmpty())
        .map(Path::of)
        .orElse(null);
  }

  /**
   * {@code pkg.TestClass/method.jsonl}; an invocation of a parameterized or repeated test adds its number
   * ({@code method[2].jsonl}), so every run of a test replaces its own file and no other.
   */
  private static String cassetteName(ExtensionContext context) {
    String className = context.getRequiredTestClass().getName();
    String method = context.getTestMethod().map(Method::getName).orElse("class");
    Matcher invocation = INVOCATION.matcher(context.getUniqueId());
    return className
        + "/"
        + method
        + (invocation.find() ? "[" + invocation.group(1) + "]" : "")
        + ".jsonl";
  }

  private static final Pattern INVOCATION =
      Pattern.compile("\\[test-template-invocation:#(\\d+)]$");

  private static Optional<Long> faultSeedParameter(ExtensionContext context) {
    // Configuration parameters include system properties, so -Dwsmock.faultSeed=42 arrives here.
    return context
        .getConfigurationParameter(FAULT_SEED_PARAMETER)
        .map(String::trim)
        .map(
            text -> {
              try {
                return Long.parseLong(text);
              } catch (NumberFormatException e) {
                throw new ExtensionConfigurationException(
                    FAULT_SEED_PARAMETER
                        + " = \""
                        + text
                        + "\" is not a number: use"
                        + " the seed a failed test printed, e.g. -D"
                        + FAULT_SEED_PARAMETER
                        + "=42");
              }
            });
  }

  @Override
  public void afterEach(ExtensionContext context) throws Exception {
    closeOwn(context);
  }

  @Override
  public void interceptTestMethod(
      Invocation<Void> invocation,
      ReflectiveInvocationContext<Method> invocationContext,
      ExtensionContext context)
      throws Throwable {
    proceedThenVerify(invocation, context);
  }

  @Override
  public void interceptTestTemplateMethod(
      Invocation<Void> invocation,
      ReflectiveInvocationContext<Method> invocationContext,
      ExtensionContext context)
      throws Throwable {
    proceedThenVerify(invocation, context);
  }

  /**
   * Strict mode checks right after the test method, before any {@code AfterTestExecutionCallback}: AssertJ's
   * {@code SoftAssertionsExtension} reports its collected failures there, and ours should be among them.
   */
  private static void proceedThenVerify(Invocation<Void> invocation, ExtensionContext context)
      throws Throwable {
    try {
      invocation.proceed();
    } catch (TestAbortedException aborted) {
      throw aborted;
    } catch (Throwable failure) {
      throw strictWindow(context)
          .map(calls -> StrictChecks.explain(failure, calls))
          .orElse(failure);
    }
    Optional<AssertionError> strict = strictFailure(context);
    if (strict.isPresent() && !SoftCollection.collect(context, strict.get())) {
      throw strict.get();
    }
  }

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    closeOwn(context);
  }

  /**
   * Closes the mock this context started, now. The store would close it too, but a user can switch that off
   * ({@code junit.jupiter.extensions.store.close.autocloseable.enabled=false}), and a leaked server keeps its port.
   * {@code remove} only sees this context's own entry, never an enclosing class's mock.
   */
  private static void closeOwn(ExtensionContext context) throws Exception {
    TestWindow window = context.getStore(NAMESPACE).remove(WINDOW, TestWindow.class);
    if (window != null) {
      window.scope().close(window, cassetteName(context));
    }
    MockScope own = context.getStore(NAMESPACE).remove(SCOPE, MockScope.class);
    if (own != null) {
      own.close();
    }
  }

  private static Optional<AssertionError> strictFailure(ExtensionContext context) {
    return strictWindow(context).flatMap(StrictChecks::failure);
  }

  /** The test's calls, when strict mode is to check them. */
  private static Optional<List<RecordedCall>> strictWindow(ExtensionContext context) {
    TestWindow window = context.getStore(NAMESPACE).get(WINDOW, TestWindow.class);
    if (window == null || window.scope().settings().strictness() == Strictness.LENIENT) {
      return Optional.empty();
    }
    return Optional.of(window.calls());
  }

  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable throwable)
      throws Throwable {
    TestWindow window = context.getStore(NAMESPACE).get(WINDOW, TestWindow.class);
    if (window != null && !(throwable instanceof TestAbortedException)) {
      throwable.addSuppressed(
          new CallTimeline(window.calls(), window.applied(), window.unattributed(), throwable));
    }
    throw throwable;
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return Injector.supports(parameter);
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    MockScope scope =
        existingScope(context)
            .orElseThrow(
                () ->
                    new ParameterResolutionException(
                        "No WorkSpaces mock is running for "
                            + parameter.getDeclaringExecutable()
                            + ": with isolation = PER_METHOD"
                            + " (or concurrent tests, or a WorkSpacesMockExtension in an instance field) each test gets its own"
                            + " mock; ask for it in a @Test or @BeforeEach method, or use isolation = PER_CLASS."));
    return new Injector(scope, context).resolve(parameter);
  }

  static Optional<MockScope> existingScope(ExtensionContext context) {
    return Optional.ofNullable(context.getStore(NAMESPACE).get(SCOPE, MockScope.class));
  }

  private ExtensionSettings settings(ExtensionContext context) {
    if (fixedSettings != null) {
      return fixedSettings;
    }
    // The test class, its superclasses (@Inherited), composed annotations, then enclosing classes
    // (@Nested).
    for (Optional<ExtensionContext> c = Optional.of(context);
        c.isPresent();
        c = c.get().getParent()) {
      Optional<WorkSpacesMockTest> found =
          c.get()
              .getTestClass()
              .flatMap(type -> AnnotationSupport.findAnnotation(type, WorkSpacesMockTest.class));
      if (found.isPresent()) {
        return ExtensionSettings.of(found.get());
      }
    }
    return ExtensionSettings.defaults(); // @ExtendWith(WorkSpacesMockExtension.class) alone
  }
}
