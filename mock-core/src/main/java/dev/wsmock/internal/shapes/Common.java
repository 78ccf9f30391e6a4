package dev.wsmock.internal.shapes;

/** Shapes shared by several operations. */
public final class Common {
  private Common() {}

  /** The output of operations AWS answers with an empty result: rendered as {@code {}}. */
  public record EmptyResult() {
    public static final EmptyResult INSTANCE = new EmptyResult();
  }

  public record Tag(String key, String value) {}

  public record OperatingSystem(String type) {}
}
