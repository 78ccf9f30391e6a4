package dev.wsmock.scenarios.internal.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.wsmock.scenarios.contract.Exchange;

/** The cassette's JSON: one mapper per user, lines without pretty printing, errors with file and line. */
public final class CassetteJson {
  private final ObjectMapper mapper =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  public ObjectMapper mapper() {
    return mapper;
  }

  public JsonNode readLine(String text, String source, int lineNumber) {
    try {
      JsonNode node = mapper.readTree(text);
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

  public Exchange exchange(JsonNode line, String source, int lineNumber) {
    try {
      return mapper.treeToValue(line, Exchange.class);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      String why = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
      throw new IllegalArgumentException(
          source + ":" + lineNumber + ": not an exchange: " + why, e);
    }
  }

  public String line(Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cassette values always serialize", e);
    }
  }

  /** The body as JSON; an empty body is {@code {}}, a non-JSON body a string node holding the text. */
  public JsonNode body(byte[] bytes) {
    if (bytes == null || bytes.length == 0) {
      return mapper.createObjectNode();
    }
    try {
      JsonNode node = mapper.readTree(bytes);
      return node == null || node.isMissingNode() ? mapper.createObjectNode() : node;
    } catch (java.io.IOException e) {
      return mapper
          .getNodeFactory()
          .textNode(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
    }
  }
}
