package com.example.goldenimage;

import java.time.Duration;
import java.util.Objects;

/**
 * How hard the SDK retries before the service sees an error. WorkSpaces allows about two calls per second (burst 5),
 * so distributing an image to many accounts is throttled as a matter of course; the SDK's default of 4 attempts
 * (legacy mode) gives up too soon.
 *
 * <pre>{@code
 * WorkSpacesClient client = GoldenImageClients.builder(RetrySettings.production()).region(Region.US_EAST_1).build();
 * }</pre>
 *
 * @param maxAttempts attempts per call, the first included
 * @param baseDelay backoff base for transient errors (5xx, resets)
 * @param throttlingBaseDelay backoff base for throttling errors
 * @param maxBackoff the longest single wait between attempts
 */
public record RetrySettings(
    int maxAttempts, Duration baseDelay, Duration throttlingBaseDelay, Duration maxBackoff) {
  public RetrySettings {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1, not " + maxAttempts);
    }
    Objects.requireNonNull(baseDelay, "baseDelay");
    Objects.requireNonNull(throttlingBaseDelay, "throttlingBaseDelay");
    Objects.requireNonNull(maxBackoff, "maxBackoff");
  }

  /** 8 attempts, the SDK's standard delays (100 ms, throttled 1 s, at most 20 s). */
  public static RetrySettings production() {
    return new RetrySettings(
        8, Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofSeconds(20));
  }

  /** The same attempts with {@code delay} as every base and cap: for tests, which should not wait seconds. */
  public RetrySettings withDelays(Duration delay) {
    return new RetrySettings(maxAttempts, delay, delay, delay);
  }
}
