package dev.wsmock.scenarios.cassettes;

import dev.wsmock.scenarios.internal.cassettes.CassetteJson;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One request and its answer, as a line of a {@link Cassette}. Never holds headers, keys or signatures. Bodies are
 * plain Java, as {@code RecordedCall.request()} is: maps in member order, lists, strings, numbers, booleans.
 *
 * <pre>{@code
 * {"Operation":"DeleteWorkspaceImage","AccountId":"111111111111","Region":"us-east-1",
 *  "Request":{"ImageId":"wsi-golden001"},"Status":400,"ErrorCode":"ResourceAssociatedException",
 *  "Response":{"__type":"ResourceAssociatedException","message":"One or more bundles are associated ..."}}
 * }</pre>
 *
 * @param operation the AWS operation name from {@code X-Amz-Target}
 * @param accountId the caller's account (from a 12-digit access key, or as the recorder was told), or {@code null}
 * @param region the credential scope's region
 * @param request the request body's members
 * @param status the HTTP status of the answer
 * @param errorCode the AWS error code ({@code __type} without namespace), {@code null} on success
 * @param response the answer body: its members ({@code {}} for an empty body), or its text when it is not JSON
 * @param note where the exchange came from, when it matters (golden cassettes say which recording)
 */
public record Exchange(
    String operation,
    String accountId,
    String region,
    Map<String, Object> request,
    int status,
    String errorCode,
    Object response,
    String note) {

  public Exchange {
    if (operation == null || operation.isBlank()) {
      throw new IllegalArgumentException("an exchange needs its Operation");
    }
    request =
        request == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(request));
    response = response == null ? Map.of() : response;
  }

  public boolean succeeded() {
    return errorCode == null && status < 300;
  }

  /** One readable line: operation, account, region, request, outcome. */
  public String describe() {
    return operation
        + " "
        + (accountId == null ? "-" : accountId)
        + " "
        + (region == null ? "-" : region)
        + " "
        + CassetteJson.text(request)
        + " -> "
        + status
        + (errorCode == null ? "" : " " + errorCode);
  }
}
