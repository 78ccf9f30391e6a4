package dev.wsmock.junit5;

import dev.wsmock.CallJournal;
import dev.wsmock.ImageState;
import dev.wsmock.Operation;
import dev.wsmock.RecordedCall;
import dev.wsmock.WorkSpacesMock;
import dev.wsmock.WorkspaceImage;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;

/**
 * Conditions for Awaitility's own {@code until}, for state that changes in the background (a copied image ripening,
 * a call arriving from another thread). Nothing here waits by itself, and nothing wraps {@code until}.
 *
 * <pre>{@code
 * await("copy ready").atMost(Duration.ofSeconds(5)).until(imageState(mock, "us-west-2", copyId), is(ImageState.AVAILABLE));
 * awaitMock().until(callArrived(journal, Operation.COPY_WORKSPACE_IMAGE));
 * }</pre>
 *
 * <p>Tests that must not wait at all use {@code clock = MANUAL} and advance the injected {@code ManualClock} instead.
 *
 * @since 0.1
 */
public final class WorkSpacesConditions {
  private WorkSpacesConditions() {}

  /**
   * Awaitility's factory with defaults that suit an in-process mock (10 s at most, polled every 10 ms); it is
   * immutable, so refine it freely: {@code awaitMock().atMost(Duration.ofSeconds(2)).until(...)}.
   */
  public static ConditionFactory awaitMock() {
    return Awaitility.await("WorkSpaces mock")
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(10));
  }

  /** The image's state now, or {@code null} while it does not exist (yet). */
  public static Callable<ImageState> imageState(
      WorkSpacesMock mock, String region, String imageId) {
    return () -> mock.image(region, imageId).map(WorkspaceImage::state).orElse(null);
  }

  /** Whether the image exists and is AVAILABLE. */
  public static Callable<Boolean> imageIsAvailable(
      WorkSpacesMock mock, String region, String imageId) {
    return () ->
        mock.image(region, imageId).map(i -> i.state() == ImageState.AVAILABLE).orElse(false);
  }

  /** Whether the journal holds a call of {@code operation}. */
  public static Callable<Boolean> callArrived(CallJournal journal, Operation operation) {
    return callArrived(journal, c -> c.isOperation(operation));
  }

  /** Whether the journal holds a call matching {@code filter}. */
  public static Callable<Boolean> callArrived(
      CallJournal journal, Predicate<? super RecordedCall> filter) {
    return () -> !journal.matching(filter).isEmpty();
  }
}
