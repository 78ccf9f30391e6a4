package dev.wsmock.internal.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wsmock.fault.FiredFault;

/**
 * What one request was and how it was answered; the raw material of the call journal.
 *
 * @param operationName the name from {@code X-Amz-Target}, or {@code null} when there was none
 * @param accountId {@code null} when authentication failed before an account was known
 * @param region {@code null} when authentication failed before a region was known
 * @param request the parsed body, or {@code null} when it did not parse
 * @param faultFired the fault rule that fired on this call, {@code null} if none
 */
public record ServedCall(
    String operationName,
    String accountId,
    String region,
    JsonNode request,
    HttpAnswer answer,
    String sdkInvocationId,
    Integer sdkAttempt,
    FiredFault faultFired) {

  public ServedCall(
      String operationName,
      String accountId,
      String region,
      JsonNode request,
      HttpAnswer answer,
      String sdkInvocationId,
      Integer sdkAttempt) {
    this(operationName, accountId, region, request, answer, sdkInvocationId, sdkAttempt, null);
  }
}
