package dev.wsmock.internal.error;

/**
 * Every error the mock can answer with, one record per AWS error code. Rendering happens in exactly one
 * place ({@code internal.protocol.ErrorResponses}); handlers only choose which record to throw.
 *
 * <p>All WorkSpaces-modelled exceptions are HTTP 400 (the service model declares no other status);
 * protocol-level codes follow the Coral framework every AWS JSON service shares.
 */
public sealed interface ServiceError {

  /** The short AWS code, written to {@code __type} and {@code x-amzn-ErrorType}. */
  String code();

  String message();

  default int httpStatus() {
    return 400;
  }

  // ---- WorkSpaces-modelled exceptions ----

  record ResourceNotFound(String message) implements ServiceError {
    public String code() {
      return "ResourceNotFoundException";
    }
  }

  record ResourceUnavailable(String message) implements ServiceError {
    public String code() {
      return "ResourceUnavailableException";
    }
  }

  record InvalidParameterValues(String message) implements ServiceError {
    public String code() {
      return "InvalidParameterValuesException";
    }
  }

  record OperationNotSupported(String message) implements ServiceError {
    public String code() {
      return "OperationNotSupportedException";
    }
  }

  record ResourceAlreadyExists(String message) implements ServiceError {
    public String code() {
      return "ResourceAlreadyExistsException";
    }
  }

  record ResourceAssociated(String message) implements ServiceError {
    public String code() {
      return "ResourceAssociatedException";
    }
  }

  record ResourceLimitExceeded(String message) implements ServiceError {
    public String code() {
      return "ResourceLimitExceededException";
    }
  }

  record InvalidResourceState(String message) implements ServiceError {
    public String code() {
      return "InvalidResourceStateException";
    }
  }

  record Validation(String message) implements ServiceError {
    public String code() {
      return "ValidationException";
    }
  }

  // ---- Protocol- and authentication-level errors (Coral) ----

  record Serialization(String message) implements ServiceError {
    public String code() {
      return "SerializationException";
    }
  }

  record UnknownOperation(String message, int httpStatus) implements ServiceError {
    public String code() {
      return "UnknownOperationException";
    }
  }

  record MissingAuthenticationToken(String message) implements ServiceError {
    public String code() {
      return "MissingAuthenticationTokenException";
    }
  }

  record IncompleteSignature(String message) implements ServiceError {
    public String code() {
      return "IncompleteSignatureException";
    }
  }

  record UnrecognizedClient(String message) implements ServiceError {
    public String code() {
      return "UnrecognizedClientException";
    }
  }

  record InvalidSignature(String message) implements ServiceError {
    public String code() {
      return "InvalidSignatureException";
    }
  }

  record RequestEntityTooLarge(String message) implements ServiceError {
    public String code() {
      return "RequestEntityTooLargeException";
    }

    public int httpStatus() {
      return 413;
    }
  }

  /** The request body did not arrive within the read deadline: SDKs retry this code at any status. */
  record RequestTimeout(String message) implements ServiceError {
    public String code() {
      return "RequestTimeoutException";
    }

    public int httpStatus() {
      return 408;
    }
  }

  /**
   * HTTP the server cannot read as a request at all (request line, headers, URI, framing), answered before any
   * AWS check. AWS's front end answers these with an HTML page; the mock keeps its promise of AWS-format answers.
   *
   * @param httpStatus the 4xx that names the problem (400, 414, 417, 431, ...)
   */
  record MalformedHttpRequest(int httpStatus, String message) implements ServiceError {
    public String code() {
      return "MalformedHttpRequestException";
    }
  }

  /** A defect in the mock itself: the only 5xx a request can cause without a fault rule asking for one. */
  record InternalFailure(String message) implements ServiceError {
    public String code() {
      return "InternalFailure";
    }

    public int httpStatus() {
      return 500;
    }
  }

  /** An error a fault rule asks for: any code, any status (throttling, InternalFailure 500, ...). */
  record Injected(String code, int httpStatus, String message) implements ServiceError {}
}
