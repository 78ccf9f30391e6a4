package dev.wsmock.scenarios.internal.cassettes;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wsmock.internal.json.Json;
import dev.wsmock.internal.json.JsonCodec;
import dev.wsmock.scenarios.cassettes.Cassette;
import dev.wsmock.scenarios.cassettes.Exchange;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The cassette's JSON, in {@code Json.plain()}: lines without pretty printing, errors with file and line. The line
 * format of an {@link Exchange} is {@link Line}'s; the public record knows no JSON.
 */
public final class CassetteJson {
  private static final JsonCodec JSON = Json.plain();

  private CassetteJson() {}

  /** One exchange line; unknown members are refused. */
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
  record Line(
      @JsonProperty("Operation") String operation,
      @JsonProperty("AccountId") String accountId,
      @JsonProperty("Region") String region,
      @JsonProperty("Request") JsonNode request,
      @JsonProperty("Status") int status,
      @JsonProperty("ErrorCode") String errorCode,
      @JsonProperty("Response") JsonNode response,
      @JsonProperty("Note") String note) {

    static Line of(Exchange e) {
      return new Line(
          e.operation(),
          e.accountId(),
          e.region(),
          JSON.fromPlain(e.request()),
          e.status(),
          e.errorCode(),
          JSON.fromPlain(e.response()),
          e.note());
    }

    @SuppressWarnings("unchecked")
    Exchange toExchange() {
      Object requestMembers = request == null ? null : JSON.toPlain(request);
      if (requestMembers != null && !(requestMembers instanceof Map)) {
        throw new IllegalArgumentException("Request must be a JSON object");
      }
      return new Exchange(
          operation,
          accountId,
          region,
          (Map<String, Object>) requestMembers,
          status,
          errorCode,
          response == null ? null : JSON.toPlain(response),
          note);
    }
  }

  /** A cassette's JSON Lines: an optional first {@code Setup} line, then exchanges; blank lines are skipped. */
  public static Cassette cassette(String text, String source) {
    Map<String, Object> setup = null;
    List<Exchange> exchanges = new ArrayList<>();
    String[] lines = text.split("\r?\n");
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      JsonNode line = readLine(lines[i], source, i + 1);
      if (line.has(Cassette.SETUP)) {
        if (setup != null || !exchanges.isEmpty()) {
          throw new IllegalArgumentException(
              source + ":" + (i + 1) + ": the Setup line must be the first line");
        }
        if (!line.get(Cassette.SETUP).isObject()) {
          throw new IllegalArgumentException(
              source + ":" + (i + 1) + ": the Setup must be a seed-file JSON object");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> seed = (Map<String, Object>) plain(line.get(Cassette.SETUP));
        setup = seed;
      } else {
        exchanges.add(exchange(line, source, i + 1));
      }
    }
    return new Cassette(setup, exchanges);
  }

  public static JsonNode readLine(String text, String source, int lineNumber) {
    try {
      JsonNode node = JSON.readTree(text);
      if (node == null || !node.isObject()) {
        throw new IllegalArgumentException(
            source + ":" + lineNumber + ": each line must be a JSON object");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          source + ":" + lineNumber + ": not JSON: " + e.getOriginalMessage(), e);
    }
  }

  public static Exchange exchange(JsonNode line, String source, int lineNumber) {
    try {
      return JSON.treeToValue(line, Line.class).toExchange();
    } catch (JsonProcessingException | IllegalArgumentException e) {
      String why = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
      throw new IllegalArgumentException(
          source + ":" + lineNumber + ": not an exchange: " + why, e);
    }
  }

  /** The exchange as one line of JSON. */
  public static String line(Exchange exchange) {
    return write(Line.of(exchange));
  }

  /** The Setup line: {@code {"Setup": <seed file JSON>}}. */
  public static String setupLine(String member, Map<String, Object> setup) {
    ObjectNode line = JSON.objectNode();
    line.set(member, JSON.fromPlain(setup));
    return write(line);
  }

  /** Plain Java (a body, a seed) as compact JSON text. */
  public static String text(Object plain) {
    return write(plain);
  }

  private static String write(Object value) {
    try {
      return JSON.writer().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cassette values always serialize", e);
    }
  }

  /** Plain Java as a tree, for comparing and rewriting bodies. */
  public static JsonNode tree(Object plain) {
    return JSON.fromPlain(plain);
  }

  /** A tree as plain Java. */
  public static Object plain(JsonNode tree) {
    return JSON.toPlain(tree);
  }

  /** The body as JSON; an empty body is {@code {}}, a non-JSON body a string node holding the text. */
  public static JsonNode body(byte[] bytes) {
    if (bytes == null || bytes.length == 0) {
      return JSON.objectNode();
    }
    try {
      JsonNode node = JSON.readTree(bytes);
      return node == null || node.isMissingNode() ? JSON.objectNode() : node;
    } catch (java.io.IOException e) {
      return JSON.nodes().textNode(new String(bytes, StandardCharsets.UTF_8));
    }
  }

  /** Nodes for building trees. */
  public static com.fasterxml.jackson.databind.node.JsonNodeFactory nodes() {
    return JSON.nodes();
  }
}
