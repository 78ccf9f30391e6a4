package dev.wsmock.internal.protocol;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.wsmock.AwsIdentifiers;
import dev.wsmock.MockBehaviour;
import dev.wsmock.Operation;
import dev.wsmock.internal.contract.InputCheck;
import dev.wsmock.internal.contract.ServiceContract;
import dev.wsmock.internal.error.ServiceError;
import dev.wsmock.internal.error.ServiceException;
import dev.wsmock.internal.json.JsonCodec;
import dev.wsmock.internal.model.ServiceState;
import dev.wsmock.internal.operations.Caller;
import dev.wsmock.internal.operations.OperationHandler;
import dev.wsmock.internal.operations.OperationHandlers;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * AWS JSON 1.1 in the order Coral checks it: method and content type, body size, JSON parse, {@code X-Amz-Target},
 * authentication, member types, shape constraints, then the operation's business rules and mutation. Every step
 * fails with an AWS-format 4xx; nothing a client sends can produce a 5xx.
 */
public final class RequestPipeline {
  public static final int DEFAULT_MAX_BODY_BYTES = 1 << 20;
  private static final Pattern ATTEMPT = Pattern.compile("attempt=(\\d{1,9})");

  private final JsonCodec json;
  private final ServiceContract contract;
  private final OperationHandlers handlers;
  private final ServiceState state;
  private final MockBehaviour behaviour;
  private final ErrorResponses responses;
  private final int maxBodyBytes;
  private final CallInterceptor interceptor;
  private final SigV4Verifier signatures;

  /** One reader per operation, built once: request members AWS does not know are ignored, as AWS ignores them. */
  private final Map<Operation, ObjectReader> inputReaders = new EnumMap<>(Operation.class);

  /**
   * @param interceptor sees each identified call before it mutates anything (fault injection)
   * @param signatures the authentication step: {@link SigV4Verifier#off()} unless strict auth is on
   */
  public RequestPipeline(
      JsonCodec json,
      ServiceContract contract,
      OperationHandlers handlers,
      ServiceState state,
      MockBehaviour behaviour,
      int maxBodyBytes,
      CallInterceptor interceptor,
      SigV4Verifier signatures) {
    this.interceptor = interceptor;
    this.signatures = signatures;
    this.json = json;
    this.contract = contract;
    this.handlers = handlers;
    for (Operation operation : Operation.values()) {
      inputReaders.put(
          operation,
          json.readerFor(handlers.handler(operation).inputType())
              .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
    }
    this.state = state;
    this.behaviour = behaviour;
    this.responses = new ErrorResponses(json);
    this.maxBodyBytes = maxBodyBytes;
  }

  public ErrorResponses responses() {
    return responses;
  }

  /** A request on its way through the checks; fields fill in as each check passes. */
  private static final class Progress {
    String operationName;
    String accountId;
    String region;
    JsonNode body;
    FaultDecision fault = FaultDecision.NONE;
  }

  public ServedCall serve(HttpCall call, Instant now) {
    Progress progress = new Progress();
    HttpAnswer answer;
    try {
      answer = answer(call, now, progress);
    } catch (ServiceException e) {
      answer = responses.error(e.error());
    } catch (RuntimeException bug) {
      // A defect in the mock, never the client's fault: answer in AWS's format and let the journal
      // (and strict
      // mode) show it, rather than WireMock's HTML 500 and a call missing from the journal.
      answer =
          responses.error(
              new ServiceError.InternalFailure(
                  "wsmock internal error while serving " + progress.operationName + ": " + bug));
    }
    return new ServedCall(
        progress.operationName,
        progress.accountId,
        progress.region,
        progress.body,
        answer,
        call.header("amz-sdk-invocation-id"),
        attempt(call.header("amz-sdk-request")),
        progress.fault.fired());
  }

  /**
   * A request the transport refused before this pipeline could read its body (too large on the wire or decoded,
   * too slow to arrive, unreadable), answered with {@code error} like any other call.
   */
  public ServedCall refused(HttpCall call, ServiceError error) {
    return new ServedCall(
        null,
        null,
        null,
        null,
        responses.error(error),
        call.header("amz-sdk-invocation-id"),
        attempt(call.header("amz-sdk-request")),
        null);
  }

  private HttpAnswer answer(HttpCall call, Instant now, Progress progress) {
    checkMethodAndContentType(call);
    if (call.body().length > maxBodyBytes) {
      throw new ServiceException(
          new ServiceError.RequestEntityTooLarge(
              "Request body of "
                  + call.body().length
                  + " bytes exceeds the limit of "
                  + maxBodyBytes
                  + " bytes."));
    }
    progress.body = parse(call.body());
    progress.operationName = operationName(call.header("X-Amz-Target"));
    Operation operation = resolve(progress.operationName);
    SigV4Credential credential = signatures.authenticate(call, now);
    progress.region = credential.region();
    progress.accountId = accountFor(credential.accessKeyId());

    InputCheck check = contract.checkInput(operation.awsName(), progress.body);
    if (check instanceof InputCheck.TypeMismatch mismatch) {
      throw new ServiceException(new ServiceError.Serialization(mismatch.message()));
    }
    if (check instanceof InputCheck.ConstraintViolations violations) {
      throw new ServiceException(
          behaviour.constraintErrors() == MockBehaviour.ConstraintErrors.VALIDATION_EXCEPTION
              ? new ServiceError.Validation(violations.message())
              : new ServiceError.InvalidParameterValues(violations.message()));
    }
    // Faults: the call is identified and nothing has changed yet; the fired fault decides whether
    // the handler runs.
    progress.fault =
        interceptor.intercept(
            new IdentifiedCall(
                operation,
                progress.accountId,
                progress.region,
                progress.body,
                call.header("amz-sdk-invocation-id"),
                attempt(call.header("amz-sdk-request")),
                now));
    return progress.fault.around(
        () ->
            responses.success(
                invoke(
                    handlers.handler(operation),
                    new Caller(progress.accountId, progress.region, now),
                    progress.body)),
        responses);
  }

  private static void checkMethodAndContentType(HttpCall call) {
    if (!"POST".equalsIgnoreCase(call.method()) || !"/".equals(call.path())) {
      throw new ServiceException(
          new ServiceError.UnknownOperation(
              "AWS JSON 1.1 accepts only POST / ; got " + call.method() + " " + call.path(), 404));
    }
    String contentType = call.header("Content-Type");
    if (contentType != null
        && !contentType.toLowerCase(Locale.ROOT).startsWith("application/x-amz-json-1.")
        && !contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
      throw new ServiceException(
          new ServiceError.Serialization(
              "Content-Type must be application/x-amz-json-1.1, not " + contentType));
    }
  }

  private JsonNode parse(byte[] body) {
    if (body.length == 0) {
      return JsonNodeFactory.instance
          .objectNode(); // both SDKs send {} for empty input; tolerate nothing at all
    }
    try {
      JsonNode node = json.readTree(body);
      if (node == null || node.isMissingNode()) {
        return JsonNodeFactory.instance.objectNode();
      }
      if (!node.isObject()) {
        throw new ServiceException(
            new ServiceError.Serialization(
                "The request body must be a JSON object, not "
                    + node.getNodeType().name().toLowerCase(Locale.ROOT)));
      }
      return node;
    } catch (JacksonException e) {
      throw new ServiceException(
          new ServiceError.Serialization(
              "The request body is not valid JSON: " + firstLine(e.getOriginalMessage())));
    } catch (java.io.IOException e) {
      throw new ServiceException(
          new ServiceError.Serialization("The request body could not be read."));
    }
  }

  private static String operationName(String target) {
    if (target == null || !target.startsWith(Operation.TARGET_PREFIX)) {
      return null;
    }
    return target.substring(Operation.TARGET_PREFIX.length());
  }

  private Operation resolve(String operationName) {
    if (operationName == null) {
      throw new ServiceException(
          new ServiceError.UnknownOperation(
              "Missing or unknown X-Amz-Target; expected WorkspacesService.<Operation>",
              behaviour.unknownOperationStatus()));
    }
    return Operation.fromAwsName(operationName)
        .orElseThrow(
            () ->
                contract.isKnownOperation(operationName)
                    ? new ServiceException(
                        new ServiceError.OperationNotSupported(
                            "wsmock does not model the WorkSpaces operation "
                                + operationName
                                + "; it models the image operations"
                                + " listed in its README."))
                    : new ServiceException(
                        new ServiceError.UnknownOperation(
                            "WorkspacesService."
                                + firstLine(operationName)
                                + " is not a WorkSpaces operation.",
                            behaviour.unknownOperationStatus())));
  }

  /** A mapped access key, else a 12-digit access key is the account itself, else the default account. */
  private String accountFor(String accessKeyId) {
    return state.read(
        () ->
            state
                .accountForAccessKey(accessKeyId)
                .orElseGet(
                    () ->
                        AwsIdentifiers.isAccountId(accessKeyId)
                            ? accessKeyId
                            : state.defaultAccountId()));
  }

  @SuppressWarnings("unchecked")
  private <I, O> O invoke(OperationHandler<I, O> handler, Caller caller, JsonNode body) {
    I input;
    try {
      input = inputReaders.get(handler.operation()).readValue(body);
    } catch (java.io.IOException e) {
      throw new ServiceException(
          new ServiceError.Serialization(
              "The request body does not match the input of "
                  + handler.operation().awsName()
                  + ": "
                  + firstLine(e.getMessage())));
    }
    // Imports that ended since the last call put their outcome in the state first, so every handler
    // sees it.
    state.settleImports(caller.now());
    return handler.handle(caller, input);
  }

  private static Integer attempt(String sdkRequest) {
    if (sdkRequest == null) {
      return null;
    }
    Matcher m = ATTEMPT.matcher(sdkRequest);
    return m.find() ? Integer.valueOf(m.group(1)) : null;
  }

  private static String firstLine(String text) {
    if (text == null) {
      return "";
    }
    int newline = text.indexOf('\n');
    String line = newline < 0 ? text : text.substring(0, newline);
    return line.length() > 200 ? line.substring(0, 200) + "..." : line;
  }
}
