package dev.wsmock;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One call the mock answered, as the journal keeps it. Immutable.
 *
 * <pre>{@code
 * RecordedCall call = mock.journal().calls(Operation.UPDATE_WORKSPACE_IMAGE_PERMISSION).get(0);
 * call.requestMember("SharedAccountId");   // "222222222222"
 * call.errorCode();                        // null on success
 * }</pre>
 *
 * @param sequence position in the journal, from 1, never reused until a reset
 * @param time when the call arrived, on the mock's clock
 * @param operationName the AWS operation name from {@code X-Amz-Target}, or {@code null} when there was none
 * @param accountId the caller's account, {@code null} if authentication failed
 * @param region the credential scope's region, {@code null} if authentication failed
 * @param request the request's members as parsed JSON (maps, lists, strings, numbers, booleans); empty if unparsable
 * @param status the HTTP status sent (or the one a fault replaced); 0 when a transport fault sent no HTTP answer
 * @param errorCode the AWS error code sent, {@code null} on success; a transport fault's name
 *     ({@code CONNECTION_RESET_BY_PEER}, ...) when no HTTP answer was sent
 * @param errorMessage the error message sent, {@code null} on success
 * @param requestId the {@code x-amzn-RequestId} sent
 * @param faultFired the fault rule that fired on this call and its effect, e.g.
 *     {@code "throttle-describe: 400 ThrottlingException"}; {@code null} if none
 * @param sdkAttempt the attempt number from the SDK's {@code amz-sdk-request} header, if sent
 * @param sdkInvocationId the SDK's {@code amz-sdk-invocation-id}, the same for all attempts of one call
 * @param latency how long the mock took to answer (model and protocol; not network, not injected delays)
 * @param contractViolations how the mock's own answer broke the service contract, found by the strict-mode
 *     self-check ({@link WorkSpacesMock.Builder#strictResponses}); empty when it conformed. Non-empty means a mock
 *     bug, and the answer actually sent was a 500 {@code InternalFailure} naming these violations
 * @param responseNextToken the {@code NextToken} of a successful answer, {@code null} when it carried none (the
 *     listing was complete)
 * @param invisibleImageIds image ids the request named that the caller could not see: every id of a call answered
 *     {@code ResourceNotFoundException}, and the {@code ImageIds} a DescribeWorkspaceImages answer left out
 * @param userAgent the request's {@code User-Agent} as sent ({@code aws-sdk-java/2.40.2 ...}, {@code Boto3/1.43.11
 *     ...}, {@code aws-cli/1.45.11 ...}), {@code null} if it had none: which client made the call
 */
public record RecordedCall(
    long sequence,
    Instant time,
    String operationName,
    String accountId,
    String region,
    Map<String, Object> request,
    int status,
    String errorCode,
    String errorMessage,
    String requestId,
    String faultFired,
    Integer sdkAttempt,
    String sdkInvocationId,
    Duration latency,
    List<String> contractViolations,
    String responseNextToken,
    List<String> invisibleImageIds,
    String userAgent) {

  public RecordedCall {
    Objects.requireNonNull(time, "time");
    request =
        request == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(request));
    contractViolations = contractViolations == null ? List.of() : List.copyOf(contractViolations);
    invisibleImageIds = invisibleImageIds == null ? List.of() : List.copyOf(invisibleImageIds);
  }

  /** A call without self-check results, next token or visibility facts (as recorded before these existed). */
  public RecordedCall(
      long sequence,
      Instant time,
      String operationName,
      String accountId,
      String region,
      Map<String, Object> request,
      int status,
      String errorCode,
      String errorMessage,
      String requestId,
      String faultFired,
      Integer sdkAttempt,
      String sdkInvocationId,
      Duration latency) {
    this(
        sequence,
        time,
        operationName,
        accountId,
        region,
        request,
        status,
        errorCode,
        errorMessage,
        requestId,
        faultFired,
        sdkAttempt,
        sdkInvocationId,
        latency,
        List.of(),
        null,
        List.of(),
        null);
  }

  /** The modelled operation, if the target named one. */
  public Optional<Operation> operation() {
    return operationName == null ? Optional.empty() : Operation.fromAwsName(operationName);
  }

  public boolean isOperation(Operation operation) {
    return operation.awsName().equals(operationName);
  }

  public boolean succeeded() {
    return errorCode == null && status < 300;
  }

  /** A top-level request member, e.g. {@code requestMember("SharedAccountId")}. */
  public Object requestMember(String name) {
    return request.get(name);
  }

  /** Every image id the request names: {@code ImageId}, {@code SourceImageId}, {@code ImageIds}, a {@code wsi-} {@code ResourceId}. */
  public List<String> imageIds() {
    return imageIdsIn(request);
  }

  /** The image ids a request's members name; see {@link #imageIds()}. */
  public static List<String> imageIdsIn(Map<String, Object> request) {
    List<String> ids = new ArrayList<>();
    for (String member : List.of("ImageId", "SourceImageId", "ResourceId")) {
      if (request.get(member) instanceof String id && id.startsWith("wsi-")) {
        ids.add(id);
      }
    }
    if (request.get("ImageIds") instanceof List<?> list) {
      list.stream().filter(String.class::isInstance).map(String.class::cast).forEach(ids::add);
    }
    return ids;
  }

  /**
   * One readable line: time (to the millisecond, as AWS writes timestamps; the clock's nanoseconds are noise here),
   * account, region, operation, key members, outcome, fault.
   */
  public String describe() {
    StringBuilder line =
        new StringBuilder()
            .append('#')
            .append(sequence)
            .append(' ')
            .append(time.truncatedTo(ChronoUnit.MILLIS))
            .append(' ')
            .append(accountId == null ? "-" : accountId)
            .append(' ')
            .append(region == null ? "-" : region)
            .append(' ')
            .append(operationName == null ? "<no target>" : operationName);
    Map<String, Object> keys = new LinkedHashMap<>();
    for (String member :
        List.of(
            "ImageId",
            "ImageIds",
            "SourceImageId",
            "SourceRegion",
            "SharedAccountId",
            "AllowCopyImage",
            "ImageType",
            "Name",
            "ResourceId",
            "BundleId",
            "MaxResults",
            "NextToken")) {
      if (request.containsKey(member)) {
        keys.put(member, request.get(member));
      }
    }
    if (!keys.isEmpty()) {
      line.append(' ').append(keys);
    }
    line.append(" -> ").append(status);
    if (errorCode != null) {
      line.append(' ').append(errorCode);
    }
    if (sdkAttempt != null) {
      line.append(" (attempt ").append(sdkAttempt).append(')');
    }
    if (faultFired != null) {
      line.append(" [fault: ").append(faultFired).append(']');
    }
    if (!contractViolations.isEmpty()) {
      line.append(" [CONTRACT: ").append(String.join("; ", contractViolations)).append(']');
    }
    if (latency != null) {
      line.append(" in ").append(latency.toNanos() / 1000).append(" µs");
    }
    return line.toString();
  }
}
