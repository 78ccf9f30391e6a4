package dev.wsmock.internal.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Turns the contract's {@code shapes} object into validator nodes, once. Slots for every shape are
 * made first and filled afterwards, so member references resolve without caring about order.
 */
final class ShapeTreeBuilder {

  private final JsonNode shapes;
  private final Map<String, NodeRef> refs = new LinkedHashMap<>();
  private final List<String> skippedPatterns = new ArrayList<>();

  private ShapeTreeBuilder(JsonNode shapes) {
    this.shapes = shapes;
  }

  /** Builds every shape; returns the bound slots by shape name. */
  static ShapeTreeBuilder build(JsonNode shapes) {
    ShapeTreeBuilder b = new ShapeTreeBuilder(shapes);
    shapes.fieldNames().forEachRemaining(name -> b.refs.put(name, new NodeRef(name)));
    b.refs.forEach((name, ref) -> ref.bind(b.node(name, shapes.get(name))));
    return b;
  }

  Map<String, NodeRef> refs() {
    return refs;
  }

  /** Model patterns java.util.regex rejected; those constraints are not enforced. */
  List<String> skippedPatterns() {
    return List.copyOf(skippedPatterns);
  }

  private ShapeNode node(String name, JsonNode shape) {
    String type = shape.path("type").asText();
    switch (type) {
      case "structure":
        return structure(name, shape);
      case "list":
        return new ListNode(ref(shape.path("member")), LengthRule.of(shape));
      case "map":
        return new MapNode(ref(shape.path("key")), ref(shape.path("value")), LengthRule.of(shape));
      case "string":
        return new StringNode(LengthRule.of(shape), pattern(shape), enumValues(shape));
      case "integer":
      case "long":
        return new IntegralNode(type, ValueRule.of(shape));
      case "float":
      case "double":
        return new FloatingNode(type, ValueRule.of(shape));
      case "boolean":
        return new BooleanNode();
      case "timestamp":
        return new TimestampNode();
      case "blob":
        return new BlobNode(LengthRule.of(shape));
      default:
        throw new IllegalArgumentException(
            "shape " + name + " has unsupported type '" + type + "'");
    }
  }

  private StructureNode structure(String name, JsonNode shape) {
    Set<String> required = new HashSet<>();
    shape.path("required").forEach(r -> required.add(r.asText()));
    List<StructureNode.Member> members = new ArrayList<>();
    shape
        .path("members")
        .fields()
        .forEachRemaining(
            e -> {
              JsonNode memberRef = e.getValue();
              String wire =
                  memberRef.has("locationName")
                      ? memberRef.get("locationName").asText()
                      : e.getKey();
              members.add(
                  new StructureNode.Member(
                      wire, coralName(e.getKey()), required.contains(e.getKey()), ref(memberRef)));
            });
    for (String r : required) {
      if (!shape.path("members").has(r)) {
        throw new IllegalArgumentException("shape " + name + " requires unknown member " + r);
      }
    }
    return new StructureNode(members);
  }

  private NodeRef ref(JsonNode memberRef) {
    String target = memberRef.path("shape").asText();
    NodeRef ref = refs.get(target);
    if (ref == null) {
      throw new IllegalArgumentException("reference to missing shape '" + target + "'");
    }
    return ref;
  }

  private Pattern pattern(JsonNode shape) {
    if (!shape.has("pattern")) {
      return null;
    }
    String text = shape.get("pattern").asText();
    try {
      return Pattern.compile(text);
    } catch (PatternSyntaxException e) {
      // Smithy patterns are ECMA-262; the rare one Java rejects is skipped, not fatal.
      skippedPatterns.add(text);
      return null;
    }
  }

  private static List<String> enumValues(JsonNode shape) {
    if (!shape.has("enum")) {
      return null;
    }
    List<String> values = new ArrayList<>();
    shape.get("enum").forEach(v -> values.add(v.asText()));
    return values;
  }

  /** Coral names members in paths with the first letter lower-cased: MaxResults → maxResults. */
  static String coralName(String memberName) {
    if (memberName.isEmpty()) {
      return memberName;
    }
    return memberName.substring(0, 1).toLowerCase(Locale.ROOT) + memberName.substring(1);
  }
}
