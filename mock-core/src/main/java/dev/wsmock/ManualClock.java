package dev.wsmock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that moves only when a test moves it, so PENDING → AVAILABLE happens exactly when the test says and no
 * test ever waits.
 *
 * <pre>{@code
 * ManualClock clock = ManualClock.at(Instant.parse("2026-01-01T00:00:00Z"));
 * WorkSpacesMock mock = WorkSpacesMock.builder().clock(clock).imageReadyAfter(Duration.ofMinutes(45)).start();
 * // ... copy an image: it is PENDING
 * clock.advance(Duration.ofMinutes(45));
 * // ... now it is AVAILABLE
 * }</pre>
 */
public final class ManualClock extends Clock {
  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  private ManualClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  /** A clock standing at {@code start}. */
  public static ManualClock at(Instant start) {
    return new ManualClock(new AtomicReference<>(start), ZoneOffset.UTC);
  }

  /** A clock standing at the current system time, with millisecond precision (as AWS timestamps have). */
  public static ManualClock atNow() {
    return at(Instant.ofEpochMilli(System.currentTimeMillis()));
  }

  /** Moves the clock forward by {@code duration}; returns the new time. */
  public Instant advance(Duration duration) {
    if (duration.isNegative()) {
      throw new IllegalArgumentException("a manual clock only moves forward; got " + duration);
    }
    return now.updateAndGet(t -> t.plus(duration));
  }

  /** Sets the clock to {@code instant}, which must not be before the current time. */
  public void set(Instant instant) {
    now.updateAndGet(
        t -> {
          if (instant.isBefore(t)) {
            throw new IllegalArgumentException(
                "a manual clock only moves forward; " + instant + " is before " + t);
          }
          return instant;
        });
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  /** The same clock (moving together) seen in another zone. */
  @Override
  public Clock withZone(ZoneId zone) {
    return new ManualClock(now, zone);
  }
}
