package dev.wsmock.scenarios.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * One request and its answer, as a line of a {@link Cassette}. Never holds headers, keys or signatures.
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
 * @param request the request body as JSON
 * @param status the HTTP status of the answer
 * @param errorCode the AWS error code ({@code __type} without namespace), {@code null} on success
 * @param response the answer body as JSON ({@code {}} for an empty body)
 * @param note where the exchange came from, when it matters (golden cassettes say which recording)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
  "Operation",
  "AccountId",
  "Region",
  "Request",
  "Status",
  "ErrorCode",
  "Response",
  "Note"
})
public record Exchange(
    @JsonProperty("Operation") String operation,
    @JsonProperty("AccountId") String accountId,
    @JsonProperty("Region") String region,
    @JsonProperty("Request") JsonNode request,
    @JsonProperty("Status") int status,
    @JsonProperty("ErrorCode") String errorCode,
    @JsonProperty("Response") JsonNode response,
    @JsonProperty("Note") String note) {

  public Exchange {
    if (operation == null || operation.isBlank()) {
      throw new IllegalArgumentException("an exchange needs its Operation");
    }
    request = request == null ? JsonNodeFactory.instance.objectNode() : request;
    response = response == null ? JsonNodeFactory.instance.objectNode() : response;
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
        + request
        + " -> "
        + status
        + (errorCode == null ? "" : " " + errorCode);
  }
}
