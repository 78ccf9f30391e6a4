package dev.wsmock;

import dev.wsmock.internal.journal.CallLog;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Every call the mock answered, oldest first, in {@link RecordedCall#sequence()} order, up to a bound. It is bounded
 * twice: by calls ({@link WorkSpacesMock.Builder#journalCapacity}, {@value #DEFAULT_CAPACITY} by default) and by the
 * bytes the held calls keep alive ({@link WorkSpacesMock.Builder#journalMaxBytes}, 32 MiB by default); past either
 * bound it drops the oldest calls and counts them in {@link #dropped()}, so an assertion can tell a complete journal
 * from a truncated one. Request members the operation's input declares are kept whole; members AWS ignores are kept
 * shortened, each cut marked with {@code …} in the value. Read-only: only the mock writes to it. Thread-safe.
 *
 * <pre>{@code
 * CallJournal journal = mock.journal();
 * List<RecordedCall> grants = journal.calls(Operation.UPDATE_WORKSPACE_IMAGE_PERMISSION);
 * RecordedCall copy = journal.awaitCall(c -> c.isOperation(Operation.COPY_WORKSPACE_IMAGE), Duration.ofSeconds(5));
 * }</pre>
 */
public final class CallJournal {
  /** The default bound in calls: plenty for a test, small enough to keep a long-running server's memory flat. */
  public static final int DEFAULT_CAPACITY = 10_000;

  /** The default bound in bytes the held calls keep alive (an estimate on the high side): 32 MiB. */
  public static final long DEFAULT_MAX_BYTES = 32L << 20;

  private final CallLog log;

  CallJournal(CallLog log) {
    this.log = log;
  }

  /**
   * Calls {@code listener} with every call appended from now on, on the thread that served it (outside the
   * journal's lock), before the client has its answer. The standalone server's {@code --verbose} log is such a
   * listener. Listeners outlive {@code mock.reset()} and {@link #clear()} (a log must not stop at a reset), so on a
   * mock shared by several tests, add one once per mock, not once per test.
   */
  public void addListener(Consumer<RecordedCall> listener) {
    log.addListener(listener);
  }

  /** All calls still held, oldest first. */
  public List<RecordedCall> all() {
    return log.all();
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

  public List<RecordedCall> matching(Predicate<? super RecordedCall> filter) {
    return log.matching(filter);
  }

  public Optional<RecordedCall> last() {
    return log.last();
  }

  public int size() {
    return log.size();
  }

  /** The bound in calls. */
  public int capacity() {
    return log.capacity();
  }

  /** The bound in bytes the held calls keep alive, as the journal estimates them. */
  public long maxBytes() {
    return log.maxBytes();
  }

  /** How many calls were dropped to keep the bounds since the last {@link #clear()}. */
  public long dropped() {
    return log.dropped();
  }

  /** Forgets every call and the dropped count. */
  public void clear() {
    log.clear();
  }

  /**
   * Blocks until a call matching {@code filter} is in the journal (one already there counts), or fails after
   * {@code timeout} with the calls that did arrive.
   */
  public RecordedCall awaitCall(Predicate<? super RecordedCall> filter, Duration timeout) {
    return log.awaitCall(filter, timeout);
  }

  /** The journal as readable lines, one per call, with a note of what was dropped. */
  public String timeline() {
    return log.timeline();
  }
}
