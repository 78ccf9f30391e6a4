package dev.wsmock.scenarios;

import dev.wsmock.DocumentException;

/**
 * A scenario file could not be loaded. The message names the file, the path inside it and what was expected, e.g.
 * {@code flaky.yaml: $.Faults[1].When.Probability: expected a number within 0..1, got 1.5}.
 */
public final class ScenarioException extends DocumentException {
  private static final long serialVersionUID = 1L;

  public ScenarioException(String source, String path, String problem) {
    super(source, path, problem);
  }
}
