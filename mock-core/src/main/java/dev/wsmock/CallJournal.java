package dev.wsmock;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Every call the mock answered, oldest first, up to a bound. When full it drops the oldest call and counts it in
 * {@link #dropped()}, so an assertion can tell a complete journal from a truncated one. Thread-safe.
 *
 * <pre>{@code
 * CallJournal journal = mock.journal();
 * List<RecordedCall> grants = journal.calls(Operation.UPDATE_WORKSPACE_IMAGE_PERMISSION);
 * RecordedCall copy = journal.awaitCall(c -> c.isOperation(Operation.COPY_WORKSPACE_IMAGE), Duration.ofSeconds(5));
 * }</pre>
 */
public final class CallJournal {
  /** The default bound: plenty for a test, small enough to keep a long-running server's memory flat. */
  public static final int DEFAULT_CAPACITY = 10_000;

  private final int capacity;
  private final ArrayDeque<RecordedCall> calls;
  private final List<Consumer<RecordedCall>> listeners = new CopyOnWriteArrayList<>();
  private long dropped;
  private long nextSequence = 1;

  public CallJournal(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("journal capacity must be at least 1, not " + capacity);
    }
    this.capacity = capacity;
    this.calls = new ArrayDeque<>(Math.min(capacity, 1024));
  }

  /** Reserves the next sequence number; the caller then {@link #append}s the call carrying it. */
  public synchronized long nextSequence() {
    return nextSequence++;
  }

  public void append(RecordedCall call) {
    synchronized (this) {
      if (calls.size() == capacity) {
        calls.pollFirst();
        dropped++;
      }
      calls.addLast(call);
      notifyAll();
    }
    listeners.forEach(listener -> listener.accept(call));
  }

  /**
   * Calls {@code listener} with every call appended from now on, on the thread that served it (outside the
   * journal's lock), before the client has its answer. The standalone server's {@code --verbose} log is such a
   * listener. Listeners outlive {@code mock.reset()} and {@link #clear()} (a log must not stop at a reset), so on a
   * mock shared by several tests, add one once per mock, not once per test.
   */
  public void addListener(Consumer<RecordedCall> listener) {
    listeners.add(listener);
  }

  /** All calls still held, oldest first. */
  public synchronized List<RecordedCall> all() {
    return List.copyOf(calls);
  }

  public List<RecordedCall> calls(Operation operation) {
    return matching(c -> c.isOperation(operation));
  }

  public List<RecordedCall> callsBy(String accountId) {
    return matching(c -> accountId.equals(c.accountId()));
  }

  public List<RecordedCall> callsOnImage(String imageId) {
    return matching(c -> c.imageIds().contains(imageId));
  }

  public List<RecordedCall> failures() {
    return matching(c -> !c.succeeded());
  }

  public synchronized List<RecordedCall> matching(Predicate<? super RecordedCall> filter) {
    return calls.stream().filter(filter).collect(Collectors.toUnmodifiableList());
  }

  public synchronized Optional<RecordedCall> last() {
    return Optional.ofNullable(calls.peekLast());
  }

  public synchronized int size() {
    return calls.size();
  }

  public int capacity() {
    return capacity;
  }

  /** How many calls were dropped to keep the bound since the last {@link #clear()}. */
  public synchronized long dropped() {
    return dropped;
  }

  /** Forgets every call and the dropped count. */
  public synchronized void clear() {
    calls.clear();
    dropped = 0;
  }

  /**
   * Blocks until a call matching {@code filter} is in the journal (one already there counts), or fails after
   * {@code timeout} with the calls that did arrive.
   */
  public synchronized RecordedCall awaitCall(
      Predicate<? super RecordedCall> filter, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      for (RecordedCall call : calls) {
        if (filter.test(call)) {
          return call;
        }
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError(
            "No matching call arrived within " + timeout + ". Calls received:\n" + timeline());
      }
      try {
        wait(Math.max(1, left / 1_000_000), 0);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for a call", e);
      }
    }
  }

  /** The journal as readable lines, one per call, with a note of what was dropped. */
  public synchronized String timeline() {
    List<String> lines = new ArrayList<>();
    if (dropped > 0) {
      lines.add("(" + dropped + " older calls dropped; journal capacity " + capacity + ")");
    }
    calls.forEach(c -> lines.add(c.describe()));
    return lines.isEmpty() ? "(no calls)" : String.join("\n", lines);
  }
}
