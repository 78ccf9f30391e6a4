package dev.wsmock.scenarios;

/**
 * A scenario file could not be loaded. The message names the file, the path inside it and what was expected, e.g.
 * {@code flaky.yaml: $.Faults[1].When.Probability: expected a number within 0..1, got 1.5}.
 */
public final class ScenarioException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String source;
  private final String path;

  public ScenarioException(String source, String path, String problem) {
    super(source + ": " + path + ": " + problem);
    this.source = source;
    this.path = path;
  }

  /** The file or resource the problem is in. */
  public String source() {
    return source;
  }

  /** The path of the offending member, e.g. {@code $.Faults[0].Effect}. */
  public String path() {
    return path;
  }
}
