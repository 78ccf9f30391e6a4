package dev.wsmock.junit5.internal;

import dev.wsmock.RecordedCall;
import dev.wsmock.WorkSpacesMock;
import dev.wsmock.junit5.WorkSpacesMockTest;
import dev.wsmock.junit5.WorkSpacesMockTest.Isolation;
import dev.wsmock.junit5.WorkSpacesMockTest.Strictness;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.platform.commons.support.AnnotationSupport;
import org.opentest4j.TestAbortedException;

/**
 * The extension behind {@link WorkSpacesMockTest} and {@code WorkSpacesMockExtension}. It keeps no state of its own:
 * a shared mock is a {@link MockScope} in the class store (found by {@code @Nested} classes through the store's
 * parent lookup), a test's own mock is one in the method store under the same key (so it shadows the shared one),
 * and the per-test {@link TestWindow} sits next to it. JUnit closes them when the scope ends.
 */
public final class WorkSpacesMockExtensionImpl
    implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback, ParameterResolver,
        TestExecutionExceptionHandler {

  static final Namespace NAMESPACE = Namespace.create(WorkSpacesMockExtensionImpl.class);
  static final String SCOPE = "mock";
  static final String WINDOW = "window";

  /** {@code null}: read the settings from the {@link WorkSpacesMockTest} annotation. */
  private final ExtensionSettings fixedSettings;

  /** For {@code @ExtendWith} through {@link WorkSpacesMockTest}. */
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
    if (settings.isolation() == Isolation.AUTO && context.getExecutionMode() == ExecutionMode.CONCURRENT) {
      return; // every test will get its own mock; a shared one would only cost a start-up
    }
    context.getStore(NAMESPACE).put(SCOPE, MockScope.start(settings));
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    ExtensionSettings settings = settings(context);
    Optional<MockScope> shared = existingScope(context);
    boolean concurrent = context.getExecutionMode() == ExecutionMode.CONCURRENT;
    boolean ownMock = shared.isEmpty()
        || settings.isolation() == Isolation.PER_METHOD
        || (settings.isolation() == Isolation.AUTO && concurrent);
    MockScope scope;
    if (ownMock) {
      scope = MockScope.start(settings);
      context.getStore(NAMESPACE).put(SCOPE, scope);
    } else {
      scope = shared.get();
      // Resetting a mock other tests are using right now would pull their state away.
      if (settings.resetBetweenTests() && !concurrent) {
        scope.reset();
      }
    }
    long from = scope.mock().journal().last().map(RecordedCall::sequence).orElse(0L);
    context.getStore(NAMESPACE).put(WINDOW, new TestWindow(scope, from));
    new Injector(scope, context).injectFields();
  }

  @Override
  public void afterEach(ExtensionContext context) throws Exception {
    try {
      verifyStrictness(context);
    } finally {
      closeOwn(context);
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
    context.getStore(NAMESPACE).remove(WINDOW);
    MockScope own = context.getStore(NAMESPACE).remove(SCOPE, MockScope.class);
    if (own != null) {
      own.close();
    }
  }

  private static void verifyStrictness(ExtensionContext context) {
    TestWindow window = context.getStore(NAMESPACE).get(WINDOW, TestWindow.class);
    if (window == null || window.scope().settings().strictness() == Strictness.LENIENT) {
      return;
    }
    List<RecordedCall> unmodelled = window.calls().stream().filter(c -> c.operation().isEmpty()).toList();
    if (!unmodelled.isEmpty()) {
      throw new AssertionError("Strict mode: the WorkSpaces mock received " + unmodelled.size() + " call"
          + (unmodelled.size() == 1 ? "" : "s") + " to operations it does not model:\n" + CallLines.of(unmodelled)
          + "\nFix the code under test, or use @WorkSpacesMockTest(strictness = LENIENT) if these calls are expected.");
    }
  }

  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
    TestWindow window = context.getStore(NAMESPACE).get(WINDOW, TestWindow.class);
    if (window != null && !(throwable instanceof TestAbortedException)) {
      throwable.addSuppressed(new CallTimeline(window.calls()));
    }
    throw throwable;
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return Injector.supports(parameter);
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    MockScope scope = existingScope(context).orElseThrow(() -> new ParameterResolutionException(
        "No WorkSpaces mock is running for " + parameter.getDeclaringExecutable() + ": with isolation = PER_METHOD"
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
    // The test class, its superclasses (@Inherited), composed annotations, then enclosing classes (@Nested).
    for (Optional<ExtensionContext> c = Optional.of(context); c.isPresent(); c = c.get().getParent()) {
      Optional<WorkSpacesMockTest> found =
          c.get().getTestClass().flatMap(type -> AnnotationSupport.findAnnotation(type, WorkSpacesMockTest.class));
      if (found.isPresent()) {
        return ExtensionSettings.of(found.get());
      }
    }
    throw new ExtensionConfigurationException("WorkSpacesMockExtensionImpl is internal: annotate the test class with"
        + " @WorkSpacesMockTest or register a WorkSpacesMockExtension with @RegisterExtension.");
  }

  /** The part of the journal one test made, from just after the calls before it. */
  record TestWindow(MockScope scope, long fromSequence) {
    List<RecordedCall> calls() {
      return scope.mock().journal().matching(c -> c.sequence() > fromSequence);
    }

    WorkSpacesMock mock() {
      return scope.mock();
    }
  }
}
