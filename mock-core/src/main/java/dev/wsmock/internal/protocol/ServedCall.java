package dev.wsmock.internal.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * What one request was and how it was answered; the raw material of the call journal.
 *
 * @param operationName the name from {@code X-Amz-Target}, or {@code null} when there was none
 * @param accountId {@code null} when authentication failed before an account was known
 * @param region {@code null} when authentication failed before a region was known
 * @param request the parsed body, or {@code null} when it did not parse
 * @param contractViolations how the model's own answer broke the service contract (serve-time self-check); empty
 *     when it conformed or was not checked
 */
public record ServedCall(
    String operationName,
    String accountId,
    String region,
    JsonNode request,
    HttpAnswer answer,
    String sdkInvocationId,
    Integer sdkAttempt,
    List<String> contractViolations) {

  public ServedCall {
    contractViolations = contractViolations == null ? List.of() : List.copyOf(contractViolations);
  }

  /** A call nobody has self-checked yet. */
  public ServedCall(String operationName, String accountId, String region, JsonNode request, HttpAnswer answer,
      String sdkInvocationId, Integer sdkAttempt) {
    this(operationName, accountId, region, request, answer, sdkInvocationId, sdkAttempt, List.of());
  }

  /** The same call answered differently (a self-check's replacement, a test's mutator). */
  public ServedCall withAnswer(HttpAnswer newAnswer, List<String> violations) {
    return new ServedCall(operationName, accountId, region, request, newAnswer, sdkInvocationId, sdkAttempt,
        violations);
  }
}
