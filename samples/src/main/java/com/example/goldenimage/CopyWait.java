package com.example.goldenimage;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import software.amazon.awssdk.services.workspaces.model.WorkspaceImage;
import software.amazon.awssdk.services.workspaces.model.WorkspaceImageState;

/**
 * How {@link ImageImporter} waits for a copy to leave PENDING. Production polls on the wall clock; a test plugs in
 * Awaitility or advances a manual clock between looks, so nothing in a test ever sleeps.
 *
 * <pre>{@code
 * CopyWait production = CopyWait.polling(Duration.ofSeconds(30), Duration.ofHours(2));
 * CopyWait inTests = latest -> await().atMost(ofSeconds(5)).until(latest::get, CopyWait::isSettled);
 * }</pre>
 */
@FunctionalInterface
public interface CopyWait {
  /**
   * Looks at {@code latest} until the image is settled (AVAILABLE or ERROR) or the strategy gives up; returns the
   * last image seen either way.
   */
  WorkspaceImage untilSettled(Supplier<WorkspaceImage> latest);

  /** Whether the image has finished copying, successfully or not. */
  static boolean isSettled(WorkspaceImage image) {
    return image.state() == WorkspaceImageState.AVAILABLE
        || image.state() == WorkspaceImageState.ERROR;
  }

  /** Looks every {@code interval} for at most {@code timeout} of wall-clock time. */
  static CopyWait polling(Duration interval, Duration timeout) {
    Objects.requireNonNull(interval, "interval");
    Objects.requireNonNull(timeout, "timeout");
    return latest -> {
      long deadline = System.nanoTime() + timeout.toNanos();
      WorkspaceImage image = latest.get();
      while (!isSettled(image) && System.nanoTime() < deadline) {
        try {
          TimeUnit.NANOSECONDS.sleep(interval.toNanos());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return image;
        }
        image = latest.get();
      }
      return image;
    };
  }
}
