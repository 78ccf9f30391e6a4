package dev.wsmock.junit5.internal;

import dev.wsmock.RecordedCall;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Calls as indented {@link RecordedCall#describe()} lines, without the mock's latency: failure messages must be
 * reproducible, and the latency changes from run to run.
 */
public final class CallLines {
  private CallLines() {}

  public static String of(List<RecordedCall> calls) {
    if (calls.isEmpty()) {
      return "  (no calls)";
    }
    return calls.stream().map(c -> "  " + line(c)).collect(Collectors.joining("\n"));
  }

  /** One call's line, as every failure message quotes it. */
  public static String line(RecordedCall call) {
    return withoutLatency(call).describe();
  }

  /** The calls as recorded, but without latency: for messages that quote them ({@code ConsumerChecks}' too). */
  public static List<RecordedCall> withoutLatency(List<RecordedCall> calls) {
    return calls.stream().map(CallLines::withoutLatency).toList();
  }

  private static RecordedCall withoutLatency(RecordedCall c) {
    return c.latency() == null ? c : c.toBuilder().latency(null).build();
  }
}
