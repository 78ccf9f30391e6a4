package dev.wsmock.internal.error;

/**
 * Carries a {@link ServiceError} from wherever a rule is broken to the one place that renders it.
 * No stack trace is filled: this is control flow for an expected answer, not a bug.
 */
public final class ServiceException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient ServiceError error;

  public ServiceException(ServiceError error) {
    super(error.code() + ": " + error.message(), null, false, false);
    this.error = error;
  }

  public ServiceError error() {
    return error;
  }
}
