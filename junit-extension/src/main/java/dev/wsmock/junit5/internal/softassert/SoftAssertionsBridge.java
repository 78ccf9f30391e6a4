package dev.wsmock.junit5.internal.softassert;

import java.lang.reflect.Method;
import java.util.Optional;
import org.assertj.core.api.junit.jupiter.SoftAssertionsExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;

/**
 * The only extension class that touches AssertJ (optional): when AssertJ's {@code SoftAssertionsExtension} runs
 * for a test, it hands a strict-mode failure to that extension's collector, through its documented
 * {@link SoftAssertionsExtension#getAssertionErrorCollector}, so it is reported with the test's own soft
 * assertions. Loaded only after checking that AssertJ is on the classpath.
 */
public final class SoftAssertionsBridge {
  private SoftAssertionsBridge() {}

  /** Whether {@code SoftAssertionsExtension} is collecting for this test; if so, {@code error} is now collected. */
  public static boolean collect(ExtensionContext context, AssertionError error) {
    if (!softAssertionsRegistered(context)) {
      // The collector would be created on demand and never reported: the failure must be thrown.
      return false;
    }
    SoftAssertionsExtension.getAssertionErrorCollector(context).collectAssertionError(error);
    return true;
  }

  /**
   * Whether the extension is registered where JUnit looks: {@code @ExtendWith} on the test method, its class or an
   * enclosing class of a {@code @Nested} one (also meta-present, as in a composed annotation), or a
   * {@code @RegisterExtension} field of one of those classes.
   */
  private static boolean softAssertionsRegistered(ExtensionContext context) {
    Optional<Method> method = context.getTestMethod();
    if (method.isPresent() && extendsWithSoftAssertions(method.get())) {
      return true;
    }
    for (Class<?> type = context.getTestClass().orElse(null);
        type != null;
        type = type.getEnclosingClass()) {
      if (extendsWithSoftAssertions(type)
          || !AnnotationSupport.findAnnotatedFields(
                  type,
                  RegisterExtension.class,
                  field -> SoftAssertionsExtension.class.isAssignableFrom(field.getType()),
                  HierarchyTraversalMode.TOP_DOWN)
              .isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private static boolean extendsWithSoftAssertions(java.lang.reflect.AnnotatedElement element) {
    return AnnotationSupport.findRepeatableAnnotations(element, ExtendWith.class).stream()
        .flatMap(extendWith -> java.util.Arrays.stream(extendWith.value()))
        .anyMatch(SoftAssertionsExtension.class::isAssignableFrom);
  }
}
