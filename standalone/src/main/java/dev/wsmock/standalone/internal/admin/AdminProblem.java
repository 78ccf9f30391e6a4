package dev.wsmock.standalone.internal.admin;

/** An admin request that cannot be served; rendered as {@code {"error": ..., "message": ...}} with {@code status}. */
final class AdminProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;
  private final String error;

  AdminProblem(int status, String error, String message) {
    super(message);
    this.status = status;
    this.error = error;
  }

  int status() {
    return status;
  }

  String error() {
    return error;
  }
}
