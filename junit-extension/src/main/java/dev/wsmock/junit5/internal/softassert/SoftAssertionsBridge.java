package dev.wsmock.junit5.internal.softassert;

import org.assertj.core.api.AssertionErrorCollector;
import org.assertj.core.api.junit.jupiter.SoftAssertionsExtension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;

/**
 * The only extension class that touches AssertJ (optional): it hands a strict-mode failure to the collector of
 * AssertJ's {@code SoftAssertionsExtension}, which reports it with the test's own soft assertions. Loaded only
 * after checking that AssertJ is on the classpath.
 */
public final class SoftAssertionsBridge {
  /** Where {@code SoftAssertionsExtension} keeps its collector; its {@code beforeEach} puts one there. */
  private static final Namespace SOFT = Namespace.create(SoftAssertionsExtension.class);

  private SoftAssertionsBridge() {}

  /** Whether {@code SoftAssertionsExtension} is collecting for this test; if so, {@code error} is now collected. */
  public static boolean collect(ExtensionContext context, AssertionError error) {
    AssertionErrorCollector collector =
        context.getStore(SOFT).get(AssertionErrorCollector.class, AssertionErrorCollector.class);
    if (collector == null) {
      return false;
    }
    collector.collectAssertionError(error);
    return true;
  }
}
