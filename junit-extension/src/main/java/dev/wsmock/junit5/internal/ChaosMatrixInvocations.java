package dev.wsmock.junit5.internal;

import dev.wsmock.junit5.ChaosMatrixTest;
import dev.wsmock.scenarios.ChaosCase;
import dev.wsmock.scenarios.ChaosMatrix;
import dev.wsmock.scenarios.Scenario;
import dev.wsmock.scenarios.ScenarioException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Turns a {@link ChaosMatrixTest} into one invocation per {@link ChaosCase}. Each invocation carries its case as an
 * extension that applies it to the test's mock (which the mock extension's own {@code beforeEach}, registered on the
 * class and so called first, has just started or reset) and resolves {@code ChaosCase}/{@code Scenario} parameters.
 */
public final class ChaosMatrixInvocations implements TestTemplateInvocationContextProvider {

  @Override
  public boolean supportsTestTemplate(ExtensionContext context) {
    return context.getTestMethod().map(ChaosMatrixInvocations::isMatrix).orElse(false);
  }

  static boolean isMatrix(Method method) {
    return AnnotationSupport.isAnnotated(method, ChaosMatrixTest.class);
  }

  @Override
  public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(
      ExtensionContext context) {
    Method method = context.getRequiredTestMethod();
    ChaosMatrixTest matrix =
        AnnotationSupport.findAnnotation(method, ChaosMatrixTest.class).orElseThrow();
    String where =
        "@ChaosMatrixTest on "
            + method.getDeclaringClass().getSimpleName()
            + "."
            + method.getName();
    List<Scenario> scenarios = new ArrayList<>();
    try {
      scenarios.addAll(ChaosMatrix.of(matrix.scenarios()).scenarios());
      if (matrix.catalogue()) {
        scenarios.addAll(ChaosMatrix.catalogue().scenarios());
      }
    } catch (IllegalArgumentException | ScenarioException e) {
      throw new ExtensionConfigurationException(where + ": " + e.getMessage(), e);
    }
    if (scenarios.isEmpty()) {
      throw new ExtensionConfigurationException(
          where
              + " names no scenario: use scenarios = {\"lost-share-response\"}"
              + " or catalogue = true.");
    }
    return ChaosMatrix.of(scenarios).withSeeds(matrix.seeds()).cases().stream()
        .map(Invocation::new);
  }

  /** One run: named by its case, and carrying it. */
  private record Invocation(ChaosCase chaosCase) implements TestTemplateInvocationContext {
    @Override
    public String getDisplayName(int invocationIndex) {
      return chaosCase.displayName();
    }

    @Override
    public List<Extension> getAdditionalExtensions() {
      return List.of(new CaseExtension(chaosCase));
    }
  }

  /** Applies the case before the test's {@code @BeforeEach} methods; gives it to parameters that ask. */
  private record CaseExtension(ChaosCase chaosCase)
      implements BeforeEachCallback, ParameterResolver {
    private static final Set<Class<?>> TYPES = Set.of(ChaosCase.class, Scenario.class);

    @Override
    public void beforeEach(ExtensionContext context) {
      WorkSpacesMockExtensionImpl.applyCase(context, chaosCase);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
      return TYPES.contains(parameter.getParameter().getType());
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
      return parameter.getParameter().getType() == ChaosCase.class
          ? chaosCase
          : chaosCase.scenario();
    }
  }
}
