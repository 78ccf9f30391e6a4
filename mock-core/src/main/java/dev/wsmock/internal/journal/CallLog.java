package dev.wsmock.internal.journal;

import dev.wsmock.RecordedCall;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The store behind the public, read-only {@code CallJournal}: the runtime is its only writer. One lock numbers and
 * appends a call, so the journal's order is its sequence order. Bounded twice: by entries ({@code capacity}) and by
 * the estimated bytes the held calls retain ({@code maxBytes}); past either bound the oldest calls are dropped and
 * counted. The newest call is always kept, even alone over the byte bound.
 */
public final class CallLog {
  private final int capacity;
  private final long maxBytes;
  private final List<Consumer<RecordedCall>> listeners = new CopyOnWriteArrayList<>();

  // A ring of calls and their retained bytes, oldest at head; guarded by this.
  private RecordedCall[] calls;
  private long[] sizes;
  private int head;
  private int size;
  private long bytes;
  private long dropped;
  private long nextSequence = 1;

  public CallLog(int capacity, long maxBytes) {
    if (capacity < 1) {
      throw new IllegalArgumentException("journal capacity must be at least 1, not " + capacity);
    }
    if (maxBytes < 1) {
      throw new IllegalArgumentException("journal byte bound must be at least 1, not " + maxBytes);
    }
    this.capacity = capacity;
    this.maxBytes = maxBytes;
    int initial = Math.min(capacity, 1024);
    this.calls = new RecordedCall[initial];
    this.sizes = new long[initial];
  }

  /**
   * Numbers {@code call} and appends it in one step, dropping the oldest calls that no longer fit, then tells the
   * listeners (outside the lock, on the calling thread).
   *
   * @param retainedBytes what the call keeps alive, as {@link RetainedCalls#bytes} estimates it
   * @return the call as appended, with its sequence
   */
  public RecordedCall append(RecordedCall call, long retainedBytes) {
    RecordedCall numbered;
    synchronized (this) {
      numbered = call.toBuilder().sequence(nextSequence++).build();
      while (size > 0 && (size == capacity || bytes + retainedBytes > maxBytes)) {
        dropOldest();
      }
      if (size == calls.length) {
        grow();
      }
      int slot = (head + size) % calls.length;
      calls[slot] = numbered;
      sizes[slot] = retainedBytes;
      size++;
      bytes += retainedBytes;
      notifyAll();
    }
    for (Consumer<RecordedCall> listener : listeners) {
      listener.accept(numbered);
    }
    return numbered;
  }

  private void dropOldest() {
    bytes -= sizes[head];
    calls[head] = null;
    head = (head + 1) % calls.length;
    size--;
    dropped++;
  }

  private void grow() {
    int length = (int) Math.min(capacity, 2L * calls.length);
    RecordedCall[] newCalls = new RecordedCall[length];
    long[] newSizes = new long[length];
    for (int i = 0; i < size; i++) {
      newCalls[i] = calls[(head + i) % calls.length];
      newSizes[i] = sizes[(head + i) % calls.length];
    }
    calls = newCalls;
    sizes = newSizes;
    head = 0;
  }

  public void addListener(Consumer<RecordedCall> listener) {
    listeners.add(listener);
  }

  public synchronized List<RecordedCall> all() {
    return matching(c -> true);
  }

  public synchronized List<RecordedCall> matching(Predicate<? super RecordedCall> filter) {
    List<RecordedCall> found = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      RecordedCall call = calls[(head + i) % calls.length];
      if (filter.test(call)) {
        found.add(call);
      }
    }
    return List.copyOf(found);
  }

  public synchronized Optional<RecordedCall> last() {
    return size == 0 ? Optional.empty() : Optional.of(calls[(head + size - 1) % calls.length]);
  }

  public synchronized int size() {
    return size;
  }

  public int capacity() {
    return capacity;
  }

  public long maxBytes() {
    return maxBytes;
  }

  /** The estimated bytes the held calls retain; never above {@link #maxBytes()} unless one call alone is. */
  public synchronized long retainedBytes() {
    return bytes;
  }

  public synchronized long dropped() {
    return dropped;
  }

  /** Forgets every call and the dropped count; the sequence goes on. */
  public synchronized void clear() {
    Arrays.fill(calls, null);
    head = 0;
    size = 0;
    bytes = 0;
    dropped = 0;
  }

  public synchronized RecordedCall awaitCall(
      Predicate<? super RecordedCall> filter, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      for (int i = 0; i < size; i++) {
        RecordedCall call = calls[(head + i) % calls.length];
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

  public synchronized String timeline() {
    List<String> lines = new ArrayList<>();
    if (dropped > 0) {
      lines.add(
          "("
              + dropped
              + " older calls dropped; journal bound "
              + capacity
              + " calls, "
              + RetainedCalls.readable(maxBytes)
              + ")");
    }
    for (int i = 0; i < size; i++) {
      lines.add(calls[(head + i) % calls.length].describe());
    }
    return lines.isEmpty() ? "(no calls)" : String.join("\n", lines);
  }
}
