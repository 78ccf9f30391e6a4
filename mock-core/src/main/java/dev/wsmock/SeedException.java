package dev.wsmock;

/**
 * A seed could not be loaded: the message names the source (a file, or "Java seed"), the JSON path inside it and
 * what was expected, e.g. {@code demo-seed.json: $.Images[0].Nmae: unknown member; expected one of ImageId, ...}.
 */
public final class SeedException extends DocumentException {
  private static final long serialVersionUID = 1L;

  public SeedException(String source, String path, String problem) {
    super(source, path, problem);
  }
}
