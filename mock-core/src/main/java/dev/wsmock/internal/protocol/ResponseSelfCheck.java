package dev.wsmock.internal.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wsmock.MockBehaviour;
import dev.wsmock.internal.contract.ServiceContract;
import dev.wsmock.internal.contract.ShapeViolation;
import dev.wsmock.internal.error.ServiceError;
import dev.wsmock.internal.json.JsonCodec;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The serve-time guard of strict mode: every answer the model produced is checked against the operation's output
 * shape, or its declared error codes plus the protocol-level ones and {@link ContractAllowList}. A breach is a mock
 * bug, so the answer is replaced by a 500 {@code InternalFailure} whose message lists each breach with its member
 * path: the SDK call fails where the test made it, instead of a client quietly unmarshalling a wrong shape.
 */
public final class ResponseSelfCheck {
  /** Starts the message of every replacement answer, so a reader knows it is the mock's fault, not AWS's. */
  public static final String MESSAGE_PREFIX = "wsmock contract self-check failed";

  private final JsonCodec json;
  private final ServiceContract contract;
  private final MockBehaviour behaviour;
  private final ErrorResponses responses;

  public ResponseSelfCheck(JsonCodec json, ServiceContract contract, MockBehaviour behaviour) {
    this.json = json;
    this.contract = contract;
    this.behaviour = behaviour;
    this.responses = new ErrorResponses(json);
  }

  /**
   * The call to record and answer, and what was wrong with the model's answer.
   *
   * @param served the call unchanged when its answer conforms, else with the 500 replacement answer
   * @param violations empty when the answer conformed
   * @param answerBody the parsed body of {@code served}'s answer when the check parsed it, else {@code null}; the
   *     journal reads its facts from it instead of parsing the same bytes again
   */
  public record Outcome(ServedCall served, List<String> violations, JsonNode answerBody) {
    public Outcome {
      violations = List.copyOf(violations);
    }

    /** Nothing was checked (strict responses off). */
    public static Outcome unchecked(ServedCall served) {
      return new Outcome(served, List.of(), null);
    }
  }

  /** Checks the model's answer; on a breach the answer becomes a 500 {@code InternalFailure} naming every breach. */
  public Outcome check(ServedCall served) {
    JsonNode body;
    try {
      body = json.readTree(served.answer().body());
    } catch (IOException e) {
      return replaced(served, List.of(notJson(e)));
    }
    List<String> violations = violations(served.operationName(), served.answer(), body);
    return violations.isEmpty()
        ? new Outcome(served, violations, body)
        : replaced(served, violations);
  }

  private Outcome replaced(ServedCall served, List<String> violations) {
    String message =
        MESSAGE_PREFIX
            + " for "
            + served.operationName()
            + " (status "
            + served.answer().status()
            + (served.answer().errorCode() == null ? "" : ", " + served.answer().errorCode())
            + "): "
            + String.join("; ", violations);
    HttpAnswer replacement =
        responses.error(new ServiceError.Injected("InternalFailure", 500, message));
    return new Outcome(
        new ServedCall(
            served.operationName(),
            served.accountId(),
            served.region(),
            served.request(),
            replacement,
            served.sdkInvocationId(),
            served.sdkAttempt()),
        violations,
        null);
  }

  private static String notJson(IOException e) {
    return "(body): not JSON: " + e.getMessage().lines().findFirst().orElse("");
  }

  /** Each breach as {@code path: what is wrong}; the path is {@code (body)} for the body as a whole. */
  private List<String> violations(String operationName, HttpAnswer answer, JsonNode body) {
    List<String> found = new ArrayList<>();
    String errorType = answer.headers().get("x-amzn-ErrorType");
    if (answer.errorCode() != null && !answer.errorCode().equals(errorType)) {
      found.add(
          "x-amzn-ErrorType: header '"
              + errorType
              + "' differs from the error code '"
              + answer.errorCode()
              + "'");
    }
    boolean modelled = operationName != null && contract.isModelledOperation(operationName);
    if (answer.isSuccess()) {
      if (!modelled) {
        found.add(
            "(body): a success answer to " + operationName + ", which the mock does not model");
      } else {
        contract.checkOutput(operationName, body).forEach(v -> found.add(render(v)));
      }
    } else if (modelled) {
      contract
          .checkError(
              operationName,
              answer.errorCode(),
              body,
              ContractAllowList.extraCodes(operationName, behaviour))
          .forEach(v -> found.add(render(v)));
    } else {
      checkUnmodelledError(operationName, answer.errorCode(), body, found);
    }
    return found;
  }

  private void checkUnmodelledError(
      String operationName, String code, JsonNode body, List<String> found) {
    boolean allowed =
        contract.isProtocolError(code)
            || (operationName != null
                && contract.isKnownOperation(operationName)
                && ContractAllowList.UNMODELLED_OPERATION.errorCode().equals(code));
    if (!allowed) {
      found.add(
          "(body): Error code '"
              + code
              + "' is not a protocol-level error, the only kind an unmodelled"
              + " operation may get");
    }
    if (body == null
        || !body.isObject()
        || !body.path("__type").isTextual()
        || !body.path("message").isTextual()) {
      found.add("(body): Error body must be an object with a string __type and a string message");
    }
  }

  private static String render(ShapeViolation v) {
    return (v.path().isEmpty() ? "(body)" : v.path()) + ": " + v.message();
  }
}
