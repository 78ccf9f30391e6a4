package dev.wsmock.junit5.internal;

import dev.wsmock.RecordedCall;
import java.util.List;

/**
 * The WorkSpaces calls a failed test made, attached to its failure as a suppressed exception so the report shows
 * what the code under test actually sent and got back, followed by the scenarios and fault seed that replay it. It
 * carries no stack trace: the lines are the point.
 */
public final class CallTimeline extends RuntimeException {
  private static final long serialVersionUID = 1L;

  CallTimeline(List<RecordedCall> calls, AppliedFaults applied, int unattributed) {
    super(render(calls, applied, unattributed), null, false, false);
  }

  static String render(List<RecordedCall> calls, AppliedFaults applied, int unattributed) {
    String text =
        calls.isEmpty()
            ? "WorkSpaces calls during this test: none"
            : "WorkSpaces calls during this test (" + calls.size() + "):\n" + CallLines.of(calls);
    if (unattributed > 0) {
      text +=
          "\n(and "
              + unattributed
              + " call"
              + (unattributed == 1 ? "" : "s")
              + " to this shared mock, made while other tests ran and not by an injected client on this"
              + " test's thread, that cannot be told apart and are left out)";
    }
    List<String> trailer = applied.timelineLines(calls);
    return trailer.isEmpty() ? text : text + "\n" + String.join("\n", trailer);
  }
}
