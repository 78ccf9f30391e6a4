package dev.wsmock.scenarios.internal.cassettes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wsmock.AwsIdentifiers;
import dev.wsmock.scenarios.cassettes.Exchange;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns one raw HTTP exchange into an {@link Exchange}, for the SDK interceptor and the recording proxy alike. It
 * reads only the target, the credential scope, the bodies and the status: headers, access keys and signatures are
 * never copied, and mapped account ids are replaced wherever they occur (also inside ARNs).
 */
public final class ExchangeCapture {
  private static final Pattern SCOPE =
      Pattern.compile("Credential=([^/,\\s]+)/\\d{8}/([^/]+)/[^/]+/aws4_request");
  private static final String TARGET_PREFIX = "WorkspacesService.";

  private final Map<String, String> accountPlaceholders;
  private final String fixedAccountId;

  /**
   * @param accountPlaceholders real account id to the placeholder written instead
   * @param fixedAccountId the account to write when the access key is not a 12-digit account id (real AWS keys), or null
   */
  public ExchangeCapture(Map<String, String> accountPlaceholders, String fixedAccountId) {
    this.accountPlaceholders = Map.copyOf(accountPlaceholders);
    this.fixedAccountId = fixedAccountId;
  }

  /** The operation of an {@code X-Amz-Target} header, or null if it names no WorkSpaces operation. */
  public static String operation(String target) {
    return target != null && target.startsWith(TARGET_PREFIX)
        ? target.substring(TARGET_PREFIX.length())
        : null;
  }

  /** The region of an {@code Authorization} header's credential scope, or null if it has none. */
  public static String scopeRegion(String authorization) {
    Matcher scope = authorization == null ? null : SCOPE.matcher(authorization);
    return scope != null && scope.find() ? scope.group(2) : null;
  }

  public Exchange capture(
      String operation,
      String authorization,
      byte[] requestBody,
      int status,
      String errorTypeHeader,
      byte[] responseBody) {
    String accountId = fixedAccountId;
    String region = null;
    Matcher scope = authorization == null ? null : SCOPE.matcher(authorization);
    if (scope != null && scope.find()) {
      region = scope.group(2);
      if (AwsIdentifiers.isAccountId(scope.group(1))) {
        accountId = scope.group(1);
      }
    }
    JsonNode response = CassetteJson.body(responseBody);
    String errorCode = status >= 300 ? errorCode(errorTypeHeader, response, status) : null;
    JsonNode request = mask(CassetteJson.body(requestBody));
    return new Exchange(
        operation,
        mask(accountId),
        region,
        request.isObject() ? members(request) : Map.of("(body)", CassetteJson.plain(request)),
        status,
        errorCode,
        CassetteJson.plain(mask(response)),
        null);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> members(JsonNode object) {
    return (Map<String, Object>) CassetteJson.plain(object);
  }

  /** Like botocore: {@code __type} without namespace or suffix; else the header; else the status. */
  private static String errorCode(String header, JsonNode body, int status) {
    String raw = body.path("__type").isTextual() ? body.path("__type").textValue() : header;
    if (raw == null || raw.isEmpty()) {
      return String.valueOf(status);
    }
    String code = raw.substring(raw.lastIndexOf('#') + 1);
    int colon = code.indexOf(':');
    return colon < 0 ? code : code.substring(0, colon);
  }

  private String mask(String text) {
    if (text == null) {
      return null;
    }
    String masked = text;
    for (Map.Entry<String, String> e : accountPlaceholders.entrySet()) {
      masked = masked.replace(e.getKey(), e.getValue());
    }
    return masked;
  }

  private JsonNode mask(JsonNode node) {
    if (accountPlaceholders.isEmpty()) {
      return node;
    }
    if (node.isTextual()) {
      return CassetteJson.nodes().textNode(mask(node.textValue()));
    }
    if (node.isArray()) {
      ArrayNode copy = CassetteJson.nodes().arrayNode();
      node.forEach(item -> copy.add(mask(item)));
      return copy;
    }
    if (node.isObject()) {
      ObjectNode copy = CassetteJson.nodes().objectNode();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        copy.set(mask(field.getKey()), mask(field.getValue()));
      }
      return copy;
    }
    return node;
  }
}
