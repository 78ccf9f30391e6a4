package dev.wsmock.internal.hardening;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wsmock.internal.contract.ServiceContract;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Request bodies generated from the service contract's input shapes: mostly valid ones (values drawn from small
 * pools of ids and accounts, so requests hit real resources), and the mutations a hostile or buggy client sends.
 * Reads the same contract JSON resource the validator is built from, so a new modelled operation is fuzzed
 * without touching this class.
 */
final class ContractRequests {
  static final String[] ACCOUNTS = {"111111111111", "222222222222", "333333333333", "123456789012"};
  static final String[] REGIONS = {"us-east-1", "us-west-2", "eu-west-1"};
  static final String[] IMAGE_IDS = {
    "wsi-golden0001", "wsi-golden0002", "wsi-golden0003", "wsi-abcdefghi", "wsi-000000000"
  };
  static final String[] BUNDLE_IDS = {"wsb-golden001", "wsb-00000000"};
  private static final String NAME_CHARS =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_./()-";
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final JsonNode shapes;
  private final JsonNode operations;
  private final List<String> operationNames = new ArrayList<>();

  private ContractRequests(JsonNode contract) {
    this.shapes = contract.path("shapes");
    this.operations = contract.path("operations");
    operations.fieldNames().forEachRemaining(operationNames::add);
  }

  static ContractRequests load() {
    try (InputStream in =
        ContractRequests.class.getResourceAsStream(ServiceContract.DEFAULT_RESOURCE)) {
      return new ContractRequests(new ObjectMapper().readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  List<String> operationNames() {
    return operationNames;
  }

  String inputShape(String operation) {
    return operations.path(operation).path("input").asText();
  }

  /** A body that satisfies the input shape's types and constraints (ids may or may not exist). */
  ObjectNode valid(String operation, Random random) {
    return (ObjectNode) value(inputShape(operation), random, 0, true);
  }

  private JsonNode value(String shapeName, Random random, int depth, boolean allMembers) {
    JsonNode shape = shapes.path(shapeName);
    switch (shape.path("type").asText()) {
      case "structure":
        {
          ObjectNode node = NODES.objectNode();
          List<String> required = new ArrayList<>();
          shape.path("required").forEach(r -> required.add(r.asText()));
          for (Iterator<Map.Entry<String, JsonNode>> it = shape.path("members").fields();
              it.hasNext(); ) {
            Map.Entry<String, JsonNode> member = it.next();
            if (required.contains(member.getKey())
                || (allMembers ? random.nextInt(3) > 0 : random.nextBoolean())) {
              node.set(
                  member.getKey(),
                  value(member.getValue().path("shape").asText(), random, depth + 1, false));
            }
          }
          return node;
        }
      case "list":
        {
          int min = shape.path("min").asInt(0);
          int max = Math.min(shape.path("max").asInt(3), 3);
          int size = min + random.nextInt(Math.max(1, max - min + 1));
          ArrayNode list = NODES.arrayNode();
          for (int i = 0; i < size; i++) {
            list.add(value(shape.path("member").path("shape").asText(), random, depth + 1, false));
          }
          return list;
        }
      case "boolean":
        return NODES.booleanNode(random.nextBoolean());
      case "integer":
        return NODES.numberNode(
            shape.path("min").asInt(0)
                + random.nextInt(shape.path("max").asInt(100) - shape.path("min").asInt(0) + 1));
      case "timestamp":
        return NODES.numberNode(1767225600L + random.nextInt(1_000_000));
      default:
        return NODES.textNode(string(shapeName, shape, random));
    }
  }

  private static String string(String shapeName, JsonNode shape, Random random) {
    if (shape.has("enum")) {
      return shape.path("enum").get(random.nextInt(shape.path("enum").size())).asText();
    }
    switch (shapeName) {
      case "WorkspaceImageId":
        return IMAGE_IDS[random.nextInt(IMAGE_IDS.length)];
      case "AwsAccount":
        return ACCOUNTS[random.nextInt(ACCOUNTS.length)];
      case "Region":
        return REGIONS[random.nextInt(REGIONS.length)];
      case "BundleId":
        return BUNDLE_IDS[random.nextInt(BUNDLE_IDS.length)];
      case "WorkspaceId":
        return "ws-golden001";
      case "Ec2ImageId":
        return "ami-0123456789abcdef0";
      case "NonEmptyString":
        return random.nextBoolean() ? IMAGE_IDS[random.nextInt(IMAGE_IDS.length)] : "team";
      case "PaginationToken":
        return random.nextBoolean() ? "not-a-token" : Long.toString(random.nextLong(), 36);
      default:
        int min = Math.max(1, shape.path("min").asInt(1));
        int max = Math.min(shape.path("max").asInt(24), 24);
        int length = min + random.nextInt(Math.max(1, max - min + 1));
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
          text.append(NAME_CHARS.charAt(random.nextInt(NAME_CHARS.length())));
        }
        return text.toString();
    }
  }

  /** Replaces one member (at any depth) with a value of another JSON type; {@code false} if there is none. */
  boolean wrongType(ObjectNode body, Random random) {
    List<ObjectNode> parents = new ArrayList<>();
    collectObjects(body, parents);
    parents.removeIf(p -> p.size() == 0);
    if (parents.isEmpty()) {
      return false;
    }
    ObjectNode parent = parents.get(random.nextInt(parents.size()));
    List<String> names = new ArrayList<>();
    parent.fieldNames().forEachRemaining(names::add);
    String name = names.get(random.nextInt(names.size()));
    JsonNode old = parent.get(name);
    JsonNode[] candidates = {
      NODES.numberNode(42),
      NODES.textNode("text"),
      NODES.booleanNode(true),
      NODES.objectNode(),
      NODES.arrayNode().add(1),
      NODES.numberNode(1.5e300)
    };
    JsonNode replacement;
    do {
      replacement = candidates[random.nextInt(candidates.length)];
    } while (replacement.getNodeType() == old.getNodeType()
        || (old.isNumber() && replacement.isNumber()));
    parent.set(name, replacement);
    return true;
  }

  /** Pushes one string, integer or list member just past its contract's bound. */
  void outOfRange(String operation, ObjectNode body, Random random) {
    JsonNode members = shapes.path(inputShape(operation)).path("members");
    List<String> names = new ArrayList<>();
    members.fieldNames().forEachRemaining(names::add);
    String name = names.get(random.nextInt(names.size()));
    JsonNode shape = shapes.path(members.path(name).path("shape").asText());
    switch (shape.path("type").asText()) {
      case "string":
        body.put(
            name,
            shape.has("max")
                ? "a".repeat(shape.path("max").asInt() + 1)
                : shape.has("pattern") || shape.has("enum") ? "\u0000not valid\u202e" : "");
        break;
      case "integer":
        body.put(
            name,
            random.nextBoolean()
                ? shape.path("max").asInt(25) + 1
                : shape.path("min").asInt(1) - 1);
        break;
      case "list":
        ArrayNode list = NODES.arrayNode();
        int size = shape.has("max") ? shape.path("max").asInt() + 1 : 0;
        for (int i = 0; i < size; i++) {
          list.add(value(shape.path("member").path("shape").asText(), random, 1, false));
        }
        body.set(name, list);
        break;
      default:
        body.remove(name); // drops a member that may be required
    }
  }

  private static void collectObjects(JsonNode node, List<ObjectNode> into) {
    if (node.isObject()) {
      into.add((ObjectNode) node);
    }
    node.elements().forEachRemaining(child -> collectObjects(child, into));
  }
}
