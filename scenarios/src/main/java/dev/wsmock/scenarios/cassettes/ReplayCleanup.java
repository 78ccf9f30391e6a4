package dev.wsmock.scenarios.cassettes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wsmock.scenarios.internal.cassettes.ReplayClient;
import dev.wsmock.scenarios.internal.cassettes.ResponseComparer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A replay with mutations against an endpoint: prefixes the name of each resource a request creates, learns the
 * created ids from the answers, and removes those resources afterwards. One instance per replay.
 */
final class ReplayCleanup implements ContractVerifier.Replay {
  /** WorkspaceImageName and WorkspaceBundleName in the service model: the same pattern and length. */
  private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9_./()\\-]+");

  private static final int MAX_NAME = 64;

  /** The member of each creating operation's request that names the new resource. */
  private static final Map<String, String> NAME_MEMBER =
      Map.of(
          "CopyWorkspaceImage", "Name",
          "CreateWorkspaceImage", "Name",
          "CreateUpdatedWorkspaceImage", "Name",
          "ImportWorkspaceImage", "ImageName",
          "ImportCustomWorkspaceImage", "ImageName",
          "CreateWorkspaceBundle", "BundleName");

  private static final String CREATE_BUNDLE = "CreateWorkspaceBundle";

  /** A resource the replay created, with the account and region of the call that created it. */
  private record Created(String id, String accountId, String region) {}

  private final String prefix;
  private final List<Created> images = new ArrayList<>();
  private final List<Created> bundles = new ArrayList<>();

  ReplayCleanup(String prefix) {
    this.prefix = prefix;
  }

  static void checkPrefix(Cassette cassette, String prefix) {
    if (!NAME.matcher(prefix).matches()) {
      throw new IllegalArgumentException(
          "name prefix \""
              + prefix
              + "\" is not a valid resource name start: only letters, digits and _./()- are allowed; nothing was sent");
    }
    for (Exchange e : cassette.exchanges()) {
      String name = recordedName(e);
      if (name != null && prefix.length() + name.length() > MAX_NAME) {
        throw new IllegalArgumentException(
            "name prefix \""
                + prefix
                + "\" makes "
                + e.operation()
                + "'s name \""
                + name
                + "\" longer than the "
                + MAX_NAME
                + " characters the API allows; nothing was sent");
      }
    }
  }

  private static String recordedName(Exchange e) {
    String member = NAME_MEMBER.get(e.operation());
    Object name = member == null ? null : e.request().get(member);
    return name instanceof String text ? text : null;
  }

  @Override
  public JsonNode rewrite(Exchange recorded, JsonNode request, ResponseComparer comparer) {
    String member = NAME_MEMBER.get(recorded.operation());
    if (member == null || !request.path(member).isTextual()) {
      return request;
    }
    String name = request.get(member).textValue();
    ObjectNode prefixed = ((ObjectNode) request).deepCopy();
    prefixed.put(member, prefix + name);
    comparer.mapName(name, prefix + name);
    return prefixed;
  }

  @Override
  public void answered(Exchange recorded, ReplayClient.Answer answer) {
    if (answer.status() >= 300 || !NAME_MEMBER.containsKey(recorded.operation())) {
      return;
    }
    if (CREATE_BUNDLE.equals(recorded.operation())) {
      JsonNode id = answer.body().path("WorkspaceBundle").path("BundleId");
      if (id.isTextual()) {
        bundles.add(new Created(id.textValue(), recorded.accountId(), recorded.region()));
      }
    } else if (answer.body().path("ImageId").isTextual()) {
      images.add(
          new Created(
              answer.body().get("ImageId").textValue(), recorded.accountId(), recorded.region()));
    }
  }

  /**
   * Removes what the replay created, newest first: bundles (an image a bundle uses cannot be deleted), then images,
   * each unshared from every account first (a shared image cannot be deleted). Every step is tried whatever the
   * others did.
   *
   * @return one line per step that failed
   */
  List<String> removeAll(ReplayClient client) {
    List<String> failures = new ArrayList<>();
    for (Created bundle : newestFirst(bundles)) {
      call(client, bundle, "DeleteWorkspaceBundle", request("BundleId", bundle.id()), failures);
    }
    for (Created image : newestFirst(images)) {
      for (String account : sharedAccounts(client, image, failures)) {
        ObjectNode unshare = request("ImageId", image.id());
        unshare.put("SharedAccountId", account);
        unshare.put("AllowCopyImage", false);
        call(client, image, "UpdateWorkspaceImagePermission", unshare, failures);
      }
      call(client, image, "DeleteWorkspaceImage", request("ImageId", image.id()), failures);
    }
    return failures;
  }

  private static List<String> sharedAccounts(
      ReplayClient client, Created image, List<String> failures) {
    List<String> accounts = new ArrayList<>();
    String token = null;
    do {
      ObjectNode describe = request("ImageId", image.id());
      if (token != null) {
        describe.put("NextToken", token);
      }
      JsonNode page = call(client, image, "DescribeWorkspaceImagePermissions", describe, failures);
      if (page == null) {
        break;
      }
      page.path("ImagePermissions").forEach(p -> accounts.add(p.path("SharedAccountId").asText()));
      token = page.path("NextToken").isTextual() ? page.get("NextToken").textValue() : null;
    } while (token != null);
    return accounts;
  }

  /** The answer's body, or null after adding why the call failed to {@code failures}. */
  private static JsonNode call(
      ReplayClient client,
      Created resource,
      String operation,
      ObjectNode request,
      List<String> failures) {
    try {
      ReplayClient.Answer answer =
          client.send(operation, resource.accountId(), resource.region(), request);
      if (answer.status() < 300) {
        return answer.body();
      }
      failures.add(
          operation
              + " "
              + resource.id()
              + ": "
              + answer.status()
              + " "
              + answer.errorCode()
              + " "
              + answer.body().path("message").asText(answer.body().path("Message").asText("")));
    } catch (RuntimeException e) {
      failures.add(operation + " " + resource.id() + ": " + e.getMessage());
    }
    return null;
  }

  private static List<Created> newestFirst(List<Created> created) {
    List<Created> copy = new ArrayList<>(created);
    java.util.Collections.reverse(copy);
    return copy;
  }

  private static ObjectNode request(String member, String value) {
    ObjectNode request = JsonNodeFactory.instance.objectNode();
    request.put(member, value);
    return request;
  }
}
