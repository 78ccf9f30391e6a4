package dev.wsmock.junit5.internal;

import dev.wsmock.junit5.WithScenario;
import dev.wsmock.scenarios.Scenario;
import dev.wsmock.scenarios.ScenarioException;
import dev.wsmock.scenarios.Scenarios;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/** The {@link WithScenario} that applies to a test: the method's, else its class's (superclasses), else an enclosing class's. */
final class DeclaredScenarios {
  private DeclaredScenarios() {}

  static Optional<WithScenario> of(ExtensionContext context) {
    Optional<WithScenario> onMethod =
        context
            .getTestMethod()
            .flatMap(m -> AnnotationSupport.findAnnotation(m, WithScenario.class));
    if (onMethod.isPresent()) {
      return onMethod;
    }
    for (Optional<ExtensionContext> c = Optional.of(context);
        c.isPresent();
        c = c.get().getParent()) {
      Optional<WithScenario> found =
          c.get()
              .getTestClass()
              .flatMap(type -> AnnotationSupport.findAnnotation(type, WithScenario.class));
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /** The scenarios, read; a bad name or file fails the test with what was wrong and where it was declared. */
  static List<Scenario> resolve(WithScenario declared, ExtensionContext context) {
    return Arrays.stream(declared.value())
        .map(
            v -> {
              try {
                return Scenarios.resolve(v);
              } catch (IllegalArgumentException | ScenarioException e) {
                throw new ExtensionConfigurationException(
                    "@WithScenario(\""
                        + v
                        + "\") for "
                        + context.getDisplayName()
                        + ": "
                        + e.getMessage(),
                    e);
              }
            })
        .toList();
  }
}
