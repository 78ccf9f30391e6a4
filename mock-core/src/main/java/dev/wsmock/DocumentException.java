package dev.wsmock;

/**
 * A document a user wrote (a seed, a scenario file) could not be loaded. The message is
 * {@code source: path: problem}, e.g. {@code demo-seed.json: $.Images[0].Nmae: unknown member; expected one of
 * ImageId, ...}: it names where, never quotes the file. Catch this to handle every such problem alike.
 */
public abstract class DocumentException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String source;
  private final String path;

  protected DocumentException(String source, String path, String problem) {
    super(source + ": " + path + ": " + problem);
    this.source = source;
    this.path = path;
  }

  /** The file, resource or "Java seed" the problem is in. */
  public String source() {
    return source;
  }

  /** The JSON path of the offending member, e.g. {@code $.Images[0].ImageId} or {@code $.Faults[0].Effect}. */
  public String path() {
    return path;
  }
}
