package dev.wsmock.internal.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wsmock.Operation;
import java.time.Instant;

/**
 * A call that passed the protocol checks: what a fault rule can match on.
 *
 * @param sdkInvocationId {@code amz-sdk-invocation-id}, the same for every attempt of one SDK call; may be null
 * @param sdkAttempt the attempt from {@code amz-sdk-request}, from 1; may be null
 */
public record IdentifiedCall(
    Operation operation,
    String accountId,
    String region,
    JsonNode request,
    String sdkInvocationId,
    Integer sdkAttempt,
    Instant now) {}
