package dev.wsmock;

/**
 * A seed could not be loaded: the message names the source (a file, or "Java seed"), the JSON path inside it and
 * what was expected, e.g. {@code demo-seed.json: $.Images[0].Nmae: unknown member; expected one of ImageId, ...}.
 */
public final class SeedException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String source;
  private final String path;

  public SeedException(String source, String path, String problem) {
    super(source + ": " + path + ": " + problem);
    this.source = source;
    this.path = path;
  }

  /** The file (or "Java seed") the problem is in. */
  public String source() {
    return source;
  }

  /** The JSON path of the offending member, e.g. {@code $.Images[0].ImageId}. */
  public String path() {
    return path;
  }
}
