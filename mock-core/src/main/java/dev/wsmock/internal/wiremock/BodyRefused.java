package dev.wsmock.internal.wiremock;

/** A body that cannot be accepted, with the sentence the client is told. */
final class BodyRefused extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient BodyFailure failure;

  BodyRefused(BodyFailure failure, String message) {
    super(message, null, false, false);
    this.failure = failure;
  }

  BodyFailure failure() {
    return failure;
  }
}
