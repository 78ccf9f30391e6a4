package dev.wsmock.junit5.internal;

import dev.wsmock.RecordedCall;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The WorkSpaces calls a failed test made, attached to its failure as a suppressed exception so the report shows
 * what the code under test actually sent and got back, followed by the scenarios and fault seed that replay it. A
 * call the failure's own message already quotes is listed by number only, so no line is printed twice. It carries no
 * stack trace: the lines are the point.
 */
public final class CallTimeline extends RuntimeException {
  private static final long serialVersionUID = 1L;

  CallTimeline(
      List<RecordedCall> calls, AppliedFaults applied, int unattributed, Throwable failure) {
    super(render(calls, applied, unattributed, failure), null, false, false);
  }

  static String render(
      List<RecordedCall> calls, AppliedFaults applied, int unattributed, Throwable failure) {
    String quotedText = text(failure);
    List<Boolean> quoted = calls.stream().map(c -> quotedText.contains(CallLines.line(c))).toList();
    String text;
    if (calls.isEmpty()) {
      text = "WorkSpaces calls during this test: none";
    } else if (!quoted.contains(false)) {
      text = "WorkSpaces calls during this test (" + calls.size() + "): all quoted above";
    } else {
      text = "WorkSpaces calls during this test (" + calls.size() + "):\n" + lines(calls, quoted);
    }
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

  /** Each call's line, except that a run of calls quoted above becomes one {@code #3, #4: quoted above}. */
  private static String lines(List<RecordedCall> calls, List<Boolean> quoted) {
    List<String> lines = new ArrayList<>();
    List<String> run = new ArrayList<>();
    for (int i = 0; i < calls.size(); i++) {
      if (quoted.get(i)) {
        run.add("#" + calls.get(i).sequence());
        continue;
      }
      if (!run.isEmpty()) {
        lines.add("  " + String.join(", ", run) + ": quoted above");
        run.clear();
      }
      lines.add("  " + CallLines.line(calls.get(i)));
    }
    if (!run.isEmpty()) {
      lines.add("  " + String.join(", ", run) + ": quoted above");
    }
    return String.join("\n", lines);
  }

  /** Every message the report prints for {@code failure}: its own, its causes' and its suppressed exceptions'. */
  private static String text(Throwable failure) {
    StringBuilder text = new StringBuilder();
    collect(failure, text, Collections.newSetFromMap(new IdentityHashMap<>()));
    return text.toString();
  }

  private static void collect(Throwable t, StringBuilder text, Set<Throwable> seen) {
    if (t == null || t instanceof CallTimeline || !seen.add(t)) {
      return;
    }
    if (t.getMessage() != null) {
      text.append(t.getMessage()).append('\n');
    }
    collect(t.getCause(), text, seen);
    for (Throwable suppressed : t.getSuppressed()) {
      collect(suppressed, text, seen);
    }
  }
}
