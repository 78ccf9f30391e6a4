package dev.wsmock.internal.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Parsed AWS JSON as plain Java, for the journal. The mapper itself is {@code internal.json.Json.aws()}. */
public final class AwsJson {
  private AwsJson() {}

  /**
   * A parsed JSON object as plain Java (maps in member order, lists, strings, numbers, booleans, nulls): what
   * {@code convertValue(node, Map.class)} gives, by a direct walk of the tree instead of a serialize-and-bind round
   * trip, which was most of the cost of journaling a call.
   */
  public static Map<String, Object> members(JsonNode object) {
    Map<String, Object> members = new LinkedHashMap<>();
    object
        .fields()
        .forEachRemaining(member -> members.put(member.getKey(), plain(member.getValue())));
    return members;
  }

  private static Object plain(JsonNode node) {
    return switch (node.getNodeType()) {
      case OBJECT -> members(node);
      case ARRAY -> {
        List<Object> items = new ArrayList<>(node.size());
        node.forEach(item -> items.add(plain(item)));
        yield items;
      }
      case STRING -> node.textValue();
      case NUMBER -> node.numberValue();
      case BOOLEAN -> node.booleanValue();
      case NULL, MISSING -> null;
      case BINARY, POJO -> node.asText();
    };
  }
}
