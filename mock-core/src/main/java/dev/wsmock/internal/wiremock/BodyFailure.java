package dev.wsmock.internal.wiremock;

import dev.wsmock.internal.error.ServiceError;

/** Why a request body was refused before anything read it; each part of the server answers it in its own format. */
enum BodyFailure {
  /** More bytes than the limit, on the wire or after decoding. */
  TOO_LARGE(413, "RequestEntityTooLarge"),
  /** Not all there within the read deadline. */
  TOO_SLOW(408, "RequestTimeout"),
  /** Broken framing or encoding: a bad chunk, an early end, gzip that is not gzip, an unknown encoding. */
  UNREADABLE(400, "InvalidRequest");

  final int status;

  /** The {@code error} of the admin API's {@code {"error", "message"}} body. */
  final String adminCode;

  BodyFailure(int status, String adminCode) {
    this.status = status;
    this.adminCode = adminCode;
  }

  ServiceError awsError(String message) {
    return switch (this) {
      case TOO_LARGE -> new ServiceError.RequestEntityTooLarge(message);
      case TOO_SLOW -> new ServiceError.RequestTimeout(message);
      case UNREADABLE -> new ServiceError.Serialization(message);
    };
  }
}
