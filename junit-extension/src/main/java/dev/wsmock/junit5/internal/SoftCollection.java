package dev.wsmock.junit5.internal;

import dev.wsmock.junit5.internal.softassert.SoftAssertionsBridge;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Reports through AssertJ's soft-assertion collector when one is active, without needing AssertJ otherwise. */
final class SoftCollection {
  private static final String EXTENSION =
      "org.assertj.core.api.junit.jupiter.SoftAssertionsExtension";

  private SoftCollection() {}

  /** {@code true}: collected, AssertJ reports it after the test; {@code false}: the caller must throw it. */
  static boolean collect(ExtensionContext context, AssertionError error) {
    try {
      Class.forName(EXTENSION, false, SoftCollection.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      return false; // no AssertJ: nobody can be collecting
    }
    return SoftAssertionsBridge.collect(context, error);
  }
}
