package dev.wsmock;

import dev.wsmock.fault.FiredFault;
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
 * One call the mock answered, as the journal keeps it. Immutable; the journal gives each call its {@link
 * #sequence()} as it appends it. {@link #builder()} makes one for a test of code that reads calls (e.g. a consumer
 * check); {@link #toBuilder()} a changed copy.
 *
 * <pre>{@code
 * RecordedCall call = mock.journal().calls(Operation.UPDATE_WORKSPACE_IMAGE_PERMISSION).get(0);
 * call.requestMember("SharedAccountId");   // "222222222222"
 * call.errorCode();                        // null on success
 * }</pre>
 */
public final class RecordedCall {
  private final long sequence;
  private final Instant time;
  private final String operationName;
  private final String accountId;
  private final String region;
  private final Map<String, Object> request;
  private final int status;
  private final String errorCode;
  private final String errorMessage;
  private final String requestId;
  private final FiredFault faultFired;
  private final Integer sdkAttempt;
  private final String sdkInvocationId;
  private final Duration latency;
  private final List<String> contractViolations;
  private final String responseNextToken;
  private final List<String> invisibleImageIds;
  private final String userAgent;

  private RecordedCall(Builder b) {
    this.sequence = b.sequence;
    this.time = Objects.requireNonNull(b.time, "time");
    this.operationName = b.operationName;
    this.accountId = b.accountId;
    this.region = b.region;
    this.request =
        b.request == null
            ? Map.of()
            : b.requestIsOurs
                ? b.request
                : Collections.unmodifiableMap(new LinkedHashMap<>(b.request));
    this.status = b.status;
    this.errorCode = b.errorCode;
    this.errorMessage = b.errorMessage;
    this.requestId = b.requestId;
    this.faultFired = b.faultFired;
    this.sdkAttempt = b.sdkAttempt;
    this.sdkInvocationId = b.sdkInvocationId;
    this.latency = b.latency;
    this.contractViolations =
        b.contractViolations == null ? List.of() : List.copyOf(b.contractViolations);
    this.responseNextToken = b.responseNextToken;
    this.invisibleImageIds =
        b.invisibleImageIds == null ? List.of() : List.copyOf(b.invisibleImageIds);
    this.userAgent = b.userAgent;
  }

  /** A call to fill in; only {@link Builder#time} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this call's members, to change some of them. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Position in the journal, from 1, in the order the calls were appended; never reused until a reset. */
  public long sequence() {
    return sequence;
  }

  /** When the call arrived, on the mock's clock. */
  public Instant time() {
    return time;
  }

  /** The AWS operation name from {@code X-Amz-Target}, or {@code null} when there was none. */
  public String operationName() {
    return operationName;
  }

  /** The caller's account, {@code null} if authentication failed. */
  public String accountId() {
    return accountId;
  }

  /** The credential scope's region, {@code null} if authentication failed. */
  public String region() {
    return region;
  }

  /**
   * The request's members as parsed JSON (maps, lists, strings, numbers, booleans); empty if unparsable. Members
   * the operation's input does not declare are kept shortened (see {@link CallJournal}).
   */
  public Map<String, Object> request() {
    return request;
  }

  /** The HTTP status sent (or the one a fault replaced); 0 when a transport fault sent no HTTP answer. */
  public int status() {
    return status;
  }

  /**
   * The AWS error code sent, {@code null} on success; a transport fault's name ({@code CONNECTION_RESET_BY_PEER},
   * ...) when no HTTP answer was sent.
   */
  public String errorCode() {
    return errorCode;
  }

  /** The error message sent, {@code null} on success. */
  public String errorMessage() {
    return errorMessage;
  }

  /** The {@code x-amzn-RequestId} sent. */
  public String requestId() {
    return requestId;
  }

  /** The fault rule that fired on this call, {@code null} if none. */
  public FiredFault faultFired() {
    return faultFired;
  }

  /** The attempt number from the SDK's {@code amz-sdk-request} header, if sent. */
  public Integer sdkAttempt() {
    return sdkAttempt;
  }

  /** The SDK's {@code amz-sdk-invocation-id}, the same for all attempts of one call. */
  public String sdkInvocationId() {
    return sdkInvocationId;
  }

  /** How long the mock took to answer (model and protocol; not network, not injected delays). */
  public Duration latency() {
    return latency;
  }

  /**
   * How the mock's own answer broke the service contract, found by the strict-mode self-check ({@link
   * WorkSpacesMock.Builder#strictResponses}); empty when it conformed. Non-empty means a mock bug, and the answer
   * actually sent was a 500 {@code InternalFailure} naming these violations.
   */
  public List<String> contractViolations() {
    return contractViolations;
  }

  /** The {@code NextToken} of a successful answer, {@code null} when it carried none (the listing was complete). */
  public String responseNextToken() {
    return responseNextToken;
  }

  /**
   * Image ids the request named that the caller could not see: every id of a call answered {@code
   * ResourceNotFoundException}, and the {@code ImageIds} a DescribeWorkspaceImages answer left out.
   */
  public List<String> invisibleImageIds() {
    return invisibleImageIds;
  }

  /**
   * The request's {@code User-Agent} as sent ({@code aws-sdk-java/2.40.2 ...}, {@code Boto3/1.43.11 ...}, {@code
   * aws-cli/1.45.11 ...}), {@code null} if it had none: which client made the call.
   */
  public String userAgent() {
    return userAgent;
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
      line.append(" [fault: ").append(faultFired.describe()).append(']');
    }
    if (!contractViolations.isEmpty()) {
      line.append(" [CONTRACT: ").append(String.join("; ", contractViolations)).append(']');
    }
    if (latency != null) {
      line.append(" in ").append(latency.toNanos() / 1000).append(" µs");
    }
    return line.toString();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RecordedCall that
        && sequence == that.sequence
        && status == that.status
        && time.equals(that.time)
        && Objects.equals(operationName, that.operationName)
        && Objects.equals(accountId, that.accountId)
        && Objects.equals(region, that.region)
        && request.equals(that.request)
        && Objects.equals(errorCode, that.errorCode)
        && Objects.equals(errorMessage, that.errorMessage)
        && Objects.equals(requestId, that.requestId)
        && Objects.equals(faultFired, that.faultFired)
        && Objects.equals(sdkAttempt, that.sdkAttempt)
        && Objects.equals(sdkInvocationId, that.sdkInvocationId)
        && Objects.equals(latency, that.latency)
        && contractViolations.equals(that.contractViolations)
        && Objects.equals(responseNextToken, that.responseNextToken)
        && invisibleImageIds.equals(that.invisibleImageIds)
        && Objects.equals(userAgent, that.userAgent);
  }

  @Override
  public int hashCode() {
    return Objects.hash(sequence, time, operationName, accountId, requestId);
  }

  @Override
  public String toString() {
    return describe();
  }

  /** Fills in a {@link RecordedCall}; every member but {@code time} may stay unset (null, 0 or empty). */
  public static final class Builder {
    private long sequence;
    private Instant time;
    private String operationName;
    private String accountId;
    private String region;
    private Map<String, Object> request;
    private int status;
    private String errorCode;
    private String errorMessage;
    private String requestId;
    private FiredFault faultFired;
    private Integer sdkAttempt;
    private String sdkInvocationId;
    private Duration latency;
    private List<String> contractViolations;
    private String responseNextToken;
    private List<String> invisibleImageIds;
    private String userAgent;

    /** The request map is a call's own, already unmodifiable copy: building shares it (the journal's numbering). */
    private boolean requestIsOurs;

    private Builder() {}

    private Builder(RecordedCall c) {
      sequence = c.sequence;
      time = c.time;
      operationName = c.operationName;
      accountId = c.accountId;
      region = c.region;
      request = c.request;
      requestIsOurs = true;
      status = c.status;
      errorCode = c.errorCode;
      errorMessage = c.errorMessage;
      requestId = c.requestId;
      faultFired = c.faultFired;
      sdkAttempt = c.sdkAttempt;
      sdkInvocationId = c.sdkInvocationId;
      latency = c.latency;
      contractViolations = c.contractViolations;
      responseNextToken = c.responseNextToken;
      invisibleImageIds = c.invisibleImageIds;
      userAgent = c.userAgent;
    }

    /** Set by the journal when it appends the call; settable for calls built in a test. */
    public Builder sequence(long sequence) {
      this.sequence = sequence;
      return this;
    }

    public Builder time(Instant time) {
      this.time = time;
      return this;
    }

    public Builder operationName(String operationName) {
      this.operationName = operationName;
      return this;
    }

    /** Sets {@link #operationName} to {@code operation}'s AWS name. */
    public Builder operation(Operation operation) {
      return operationName(operation.awsName());
    }

    public Builder accountId(String accountId) {
      this.accountId = accountId;
      return this;
    }

    public Builder region(String region) {
      this.region = region;
      return this;
    }

    public Builder request(Map<String, Object> request) {
      this.request = request;
      this.requestIsOurs = false;
      return this;
    }

    public Builder status(int status) {
      this.status = status;
      return this;
    }

    public Builder errorCode(String errorCode) {
      this.errorCode = errorCode;
      return this;
    }

    public Builder errorMessage(String errorMessage) {
      this.errorMessage = errorMessage;
      return this;
    }

    public Builder requestId(String requestId) {
      this.requestId = requestId;
      return this;
    }

    public Builder faultFired(FiredFault faultFired) {
      this.faultFired = faultFired;
      return this;
    }

    public Builder sdkAttempt(Integer sdkAttempt) {
      this.sdkAttempt = sdkAttempt;
      return this;
    }

    public Builder sdkInvocationId(String sdkInvocationId) {
      this.sdkInvocationId = sdkInvocationId;
      return this;
    }

    public Builder latency(Duration latency) {
      this.latency = latency;
      return this;
    }

    public Builder contractViolations(List<String> contractViolations) {
      this.contractViolations = contractViolations;
      return this;
    }

    public Builder responseNextToken(String responseNextToken) {
      this.responseNextToken = responseNextToken;
      return this;
    }

    public Builder invisibleImageIds(List<String> invisibleImageIds) {
      this.invisibleImageIds = invisibleImageIds;
      return this;
    }

    public Builder userAgent(String userAgent) {
      this.userAgent = userAgent;
      return this;
    }

    public RecordedCall build() {
      return new RecordedCall(this);
    }
  }
}
