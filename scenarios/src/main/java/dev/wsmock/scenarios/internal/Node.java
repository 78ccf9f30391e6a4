package dev.wsmock.scenarios.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wsmock.scenarios.ScenarioException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A JSON/YAML node that knows where it is, so every complaint names the file, the path and what was expected. */
record Node(JsonNode value, String path, String source) {
  private static final Pattern MEMBER_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,63}");
  private static final Pattern SHORT_DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s)");

  ScenarioException error(String problem) {
    return new ScenarioException(source, path, problem);
  }

  boolean isMissing() {
    return value == null || value.isMissingNode() || value.isNull();
  }

  /** This node as an object with only {@code allowed} members. */
  Node object(String... allowed) {
    if (!value.isObject()) {
      throw error(
          "expected an object with members " + String.join(", ", allowed) + ", got " + kind());
    }
    List<String> known = Arrays.asList(allowed);
    Iterator<String> names = value.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!known.contains(name)) {
        // A key that is no member name at all is likely a line of some other file: not quoted.
        boolean nameLike = MEMBER_NAME.matcher(name).matches();
        throw new ScenarioException(
            source,
            nameLike ? path + "." + name : path,
            (nameLike ? "unknown member '" + name + "'" : "a key that is no member name")
                + "; expected one of "
                + String.join(", ", allowed));
      }
    }
    return this;
  }

  /** The member {@code name}; a missing one is a {@link com.fasterxml.jackson.databind.node.MissingNode}, never null. */
  Node member(String name) {
    return new Node(value.path(name), path + "." + name, source);
  }

  boolean has(String name) {
    return !member(name).isMissing();
  }

  List<Node> elements() {
    if (!value.isArray()) {
      throw error("expected a list, got " + kind());
    }
    List<Node> elements = new ArrayList<>();
    for (int i = 0; i < value.size(); i++) {
      elements.add(new Node(value.get(i), path + "[" + i + "]", source));
    }
    return elements;
  }

  String text() {
    if (!value.isTextual()) {
      throw error("expected a string, got " + kind());
    }
    return value.asText();
  }

  boolean bool() {
    if (!value.isBoolean()) {
      throw error("expected true or false, got " + kind());
    }
    return value.asBoolean();
  }

  int integer(int min) {
    if (!value.isIntegralNumber() || !value.canConvertToInt() || value.asInt() < min) {
      throw error("expected a whole number of at least " + min + ", got " + kind());
    }
    return value.asInt();
  }

  long longValue() {
    if (!value.isIntegralNumber() || !value.canConvertToLong()) {
      throw error("expected a whole number, got " + kind());
    }
    return value.asLong();
  }

  double number(double min, double max) {
    if (!value.isNumber() || value.asDouble() < min || value.asDouble() > max) {
      throw error("expected a number within " + min + ".." + max + ", got " + kind());
    }
    return value.asDouble();
  }

  /** ISO-8601 ({@code PT0.25S}) or short ({@code 250ms}, {@code 2s}). */
  Duration duration() {
    String text = value.isTextual() ? value.asText().trim() : null;
    if (text != null) {
      Matcher m = SHORT_DURATION.matcher(text.toLowerCase(Locale.ROOT));
      if (m.matches()) {
        double amount = Double.parseDouble(m.group(1));
        return Duration.ofNanos((long) (amount * ("ms".equals(m.group(2)) ? 1e6 : 1e9)));
      }
      try {
        return Duration.parse(text);
      } catch (DateTimeParseException e) {
        // fall through to the complaint
      }
    }
    throw error("expected a duration like \"250ms\", \"2s\" or \"PT0.25S\", got " + kind());
  }

  Instant instant() {
    if (value.isTextual()) {
      try {
        return Instant.parse(value.asText());
      } catch (DateTimeParseException e) {
        // fall through to the complaint
      }
    }
    throw error("expected an ISO-8601 instant like \"2026-01-01T00:00:00Z\", got " + kind());
  }

  <E extends Enum<E>> E enumValue(Class<E> type) {
    if (value.isTextual()) {
      for (E constant : type.getEnumConstants()) {
        if (constant.name().equals(value.asText())) {
          return constant;
        }
      }
    }
    throw error("expected one of " + Arrays.toString(type.getEnumConstants()) + ", got " + kind());
  }

  /**
   * What the node holds, for a complaint: its JSON type, and the value itself only for numbers and booleans. No
   * message quotes a string: a file read by mistake must not be echoed into a log.
   */
  private String kind() {
    if (isMissing()) {
      return "nothing";
    }
    String type = value.getNodeType().name().toLowerCase(Locale.ROOT);
    return value.isNumber() || value.isBoolean() ? type + " " + value.asText() : type;
  }
}
