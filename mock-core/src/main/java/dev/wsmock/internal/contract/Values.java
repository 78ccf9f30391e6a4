package dev.wsmock.internal.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/** Renders JSON values the way Coral prints them inside {@code Value '...'}: Java toString style. */
final class Values {

  private Values() {}

  static String render(JsonNode value) {
    StringBuilder sb = new StringBuilder();
    append(sb, value);
    return sb.toString();
  }

  private static void append(StringBuilder sb, JsonNode value) {
    if (value.isArray()) {
      sb.append('[');
      for (int i = 0; i < value.size(); i++) {
        if (i > 0) {
          sb.append(", ");
        }
        append(sb, value.get(i));
      }
      sb.append(']');
    } else if (value.isObject()) {
      sb.append('{');
      Iterator<Map.Entry<String, JsonNode>> it = value.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        sb.append(e.getKey()).append('=');
        append(sb, e.getValue());
        if (it.hasNext()) {
          sb.append(", ");
        }
      }
      sb.append('}');
    } else if (value.isNull()) {
      sb.append("null");
    } else {
      // Strings as-is (no JSON quoting), numbers and booleans as their literal text.
      sb.append(value.asText());
    }
  }

  /** Short name of a JSON value's kind, for type-mismatch reports. */
  static String kind(JsonNode value) {
    if (value.isTextual()) {
      return "string";
    }
    if (value.isBoolean()) {
      return "boolean";
    }
    if (value.isIntegralNumber()) {
      return "integer";
    }
    if (value.isNumber()) {
      return "decimal number";
    }
    if (value.isArray()) {
      return "array";
    }
    if (value.isObject()) {
      return "object";
    }
    return value.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
  }
}
