package dev.wsmock.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wsmock.Operation;
import dev.wsmock.internal.json.JsonCodec;
import dev.wsmock.internal.protocol.HttpAnswer;
import dev.wsmock.internal.protocol.ServedCall;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the journal keeps about an answer beyond status and code, for the consumer checks: whether a listing said
 * more remained, and which named images the caller could not see.
 */
record ResponseFacts(String nextToken, List<String> invisibleImageIds) {
  private static final String NOT_FOUND = "ResourceNotFoundException";

  /** The operations whose output can carry a NextToken; no other answer needs parsing again. */
  private static final Set<String> PAGINATED =
      Set.of(
          Operation.DESCRIBE_WORKSPACE_IMAGES.awsName(),
          Operation.DESCRIBE_WORKSPACE_IMAGE_PERMISSIONS.awsName(),
          Operation.DESCRIBE_WORKSPACE_BUNDLES.awsName(),
          Operation.DESCRIBE_WORKSPACE_DIRECTORIES.awsName());

  /** @param parsedBody the answer's body if a check already parsed it, else {@code null} (parsed here if needed) */
  static ResponseFacts of(
      ServedCall served, JsonNode parsedBody, List<String> requestImageIds, JsonCodec json) {
    HttpAnswer answer = served.answer();
    if (NOT_FOUND.equals(answer.errorCode())) {
      return new ResponseFacts(null, requestImageIds);
    }
    if (!answer.isSuccess()
        || answer.status() >= 300
        || !PAGINATED.contains(served.operationName())) {
      return new ResponseFacts(null, List.of());
    }
    JsonNode body = parsedBody;
    if (body == null) {
      try {
        body = json.readTree(answer.body());
      } catch (IOException e) {
        return new ResponseFacts(null, List.of());
      }
    }
    if (body == null) {
      return new ResponseFacts(null, List.of());
    }
    JsonNode token = body.get("NextToken");
    String nextToken =
        token != null && token.isTextual() && !token.textValue().isEmpty()
            ? token.textValue()
            : null;
    return new ResponseFacts(nextToken, leftOut(served, body));
  }

  /** The ImageIds a DescribeWorkspaceImages asked for and did not get (unknown, deleted, foreign or unshared). */
  private static List<String> leftOut(ServedCall served, JsonNode body) {
    JsonNode asked = served.request() == null ? null : served.request().get("ImageIds");
    if (!Operation.DESCRIBE_WORKSPACE_IMAGES.awsName().equals(served.operationName())
        || asked == null
        || !asked.isArray()
        || served.request().hasNonNull("NextToken")) {
      return List.of();
    }
    Set<String> seen = new HashSet<>();
    body.path("Images").forEach(image -> seen.add(image.path("ImageId").asText()));
    List<String> missing = new ArrayList<>();
    asked.forEach(
        id -> {
          if (id.isTextual() && !seen.contains(id.textValue())) {
            missing.add(id.textValue());
          }
        });
    // A page-limited answer may leave ids for the next page; only a complete answer proves
    // invisibility.
    return body.hasNonNull("NextToken") ? List.of() : missing;
  }
}
