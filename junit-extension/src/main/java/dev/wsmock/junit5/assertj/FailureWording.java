package dev.wsmock.junit5.assertj;

import dev.wsmock.RecordedCall;
import dev.wsmock.junit5.internal.CallLines;
import java.util.List;

/** Wording shared by the assertions; every message quotes the calls it is about. */
final class FailureWording {
  private FailureWording() {}

  static String lines(List<RecordedCall> calls) {
    return CallLines.of(calls);
  }

  static String count(int n, String what) {
    return n + " " + what + " call" + (n == 1 ? "" : "s");
  }

  static String value(Object value) {
    return value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
  }

  /** AssertJ formats failure messages with {@code String.format}; ours are final text. */
  static String literal(String message) {
    return message.replace("%", "%%");
  }
}
