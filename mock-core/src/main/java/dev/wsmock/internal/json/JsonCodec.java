package dev.wsmock.internal.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;

/**
 * One configured JSON dialect, built by {@link Json}. Its mapper never leaves this class, so nobody can reconfigure
 * it; what it hands out (readers, writers, trees) is immutable or new. Thread-safe; build once, share.
 */
public final class JsonCodec {
  private final ObjectMapper mapper;
  private final ObjectWriter writer;
  private final ObjectWriter prettyWriter;

  JsonCodec(ObjectMapper mapper) {
    this.mapper = mapper;
    this.writer = mapper.writer();
    this.prettyWriter = mapper.writerWithDefaultPrettyPrinter();
  }

  /** A tree, {@code MissingNode} for empty content. */
  public JsonNode readTree(byte[] json) throws IOException {
    return mapper.readTree(json);
  }

  public JsonNode readTree(String json) throws JsonProcessingException {
    return mapper.readTree(json);
  }

  /** Does not close {@code in}. */
  public JsonNode readTree(InputStream in) throws IOException {
    return mapper.readTree(in);
  }

  /** A reader binding {@code type}; build it once where it is used per request. */
  public ObjectReader readerFor(Class<?> type) {
    return mapper.readerFor(type);
  }

  public ObjectWriter writer() {
    return writer;
  }

  public ObjectWriter prettyWriter() {
    return prettyWriter;
  }

  public byte[] writeBytes(Object value) throws JsonProcessingException {
    return writer.writeValueAsBytes(value);
  }

  /** {@code value} as a tree, through this dialect's names and formats. */
  public JsonNode valueToTree(Object value) {
    return mapper.valueToTree(value);
  }

  /**
   * A tree as plain Java: maps in member order, lists, strings, numbers, booleans, {@code null}; what public types
   * hold instead of Jackson's trees.
   */
  public Object toPlain(JsonNode tree) {
    return tree == null ? null : mapper.convertValue(tree, Object.class);
  }

  /** Plain Java (as {@link #toPlain} gives it) as a tree. */
  public JsonNode fromPlain(Object value) {
    return mapper.valueToTree(value);
  }

  /** {@code tree} bound to {@code type}; a binding error is a {@link JsonProcessingException}. */
  public <T> T treeToValue(JsonNode tree, Class<T> type) throws JsonProcessingException {
    return mapper.treeToValue(tree, type);
  }

  public JsonNodeFactory nodes() {
    return mapper.getNodeFactory();
  }

  public ObjectNode objectNode() {
    return mapper.createObjectNode();
  }

  public ArrayNode arrayNode() {
    return mapper.createArrayNode();
  }
}
