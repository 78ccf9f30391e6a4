package dev.wsmock.internal.contract;

import java.util.Set;

/**
 * Error codes produced by the AWS request framework (Coral) below any operation, so they are legal
 * answers to every operation although no operation declares them.
 */
final class ProtocolErrors {

  static final Set<String> CODES =
      Set.of(
          "SerializationException",
          "UnknownOperationException",
          "MissingAuthenticationTokenException",
          "IncompleteSignatureException",
          "UnrecognizedClientException",
          "InvalidSignatureException",
          "ExpiredTokenException",
          "ValidationException",
          "ThrottlingException",
          "InternalFailure",
          "ServiceUnavailable",
          "AccessDeniedException",
          "RequestEntityTooLargeException",
          "RequestTimeoutException",
          "MalformedHttpRequestException");

  private ProtocolErrors() {}
}
