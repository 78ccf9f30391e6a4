package dev.wsmock.junit5.internal;

import dev.wsmock.RecordedCall;
import dev.wsmock.WorkSpacesMock;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The part of a mock's journal one test made. Calls are attributed to it as they are journaled ({@link
 * MockScope#attribute}): a call an injected client sent from the test's thread is the test's; any other call is the
 * test's only if no other test was running on the mock at the time. So a test sharing a mock with concurrent tests
 * never sees their calls, strict checks included; the calls nobody can claim are counted, not guessed.
 */
final class TestWindow {
  private final MockScope scope;
  private volatile AppliedFaults applied;

  // Sequences of this test's calls, bounded like the journal (older calls are gone from it anyway);
  // guarded by this.
  private final TreeSet<Long> sequences = new TreeSet<>();
  private final List<String> invocations = new ArrayList<>();
  private int unattributed;
  private boolean open = true;

  TestWindow(MockScope scope, AppliedFaults applied) {
    this.scope = scope;
    this.applied = applied;
  }

  WorkSpacesMock mock() {
    return scope.mock();
  }

  MockScope scope() {
    return scope;
  }

  AppliedFaults applied() {
    return applied;
  }

  void applied(AppliedFaults replacement) {
    this.applied = replacement;
  }

  /** This test's calls still in the journal, oldest first. */
  List<RecordedCall> calls() {
    TreeSet<Long> mine;
    synchronized (this) {
      mine = new TreeSet<>(sequences);
    }
    return scope.mock().journal().matching(c -> mine.contains(c.sequence()));
  }

  /** Calls made on the mock while this and other tests ran that no test could claim. */
  synchronized int unattributed() {
    return unattributed;
  }

  synchronized void add(RecordedCall call) {
    if (!open) {
      return;
    }
    sequences.add(call.sequence());
    if (sequences.size() > scope.mock().journal().capacity()) {
      sequences.pollFirst();
    }
  }

  synchronized void countUnattributed() {
    if (open) {
      unattributed++;
    }
  }

  /** Remembers an invocation sent on this test's behalf, so closing can forget it. */
  synchronized boolean claim(String invocationId) {
    if (open) {
      invocations.add(invocationId);
    }
    return open;
  }

  /** Stops attributing; returns the invocation ids to forget. */
  synchronized List<String> close() {
    open = false;
    return List.copyOf(invocations);
  }
}
